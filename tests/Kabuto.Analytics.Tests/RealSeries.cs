using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.TestSupport;

namespace Kabuto.Analytics.Tests;

/// <summary>A tiny test-local reader for the two simple CSV layouts the golden tests use ("date,value" and the old
/// Yahoo "Date,Open,High,Low,Close,..."), so these tests do not depend on the importers. Yahoo's float32 noise is
/// rounded to 2 decimals, as the official levels are published.</summary>
internal static class RealSeries
{
    public static List<DailyBar>? Load(string relative)
    {
        var path = SharedData.Require(relative);
        return path is null ? null : Parse(File.ReadLines(path));
    }

    public static List<DailyBar> Parse(IEnumerable<string> lines)
    {
        var bars = new List<DailyBar>();
        string[]? header = null;
        foreach (var line in lines)
        {
            var fields = line.Split(',');
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length < 2 || fields.Skip(1).Any(f => f is "null" or ""))
            {
                continue;
            }

            var date = DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            bars.Add(header.Length == 2
                ? DailyBar.CloseOnly(date, Number(fields[1]))
                : new DailyBar(date, Number(fields[1]), Number(fields[2]), Number(fields[3]), Number(fields[4]), null));
        }

        return bars;
    }

    private static decimal Number(string text) =>
        Math.Round(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
}
