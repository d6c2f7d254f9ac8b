using System.Globalization;
using Kabuto.Analytics.Shadow;
using Kabuto.Core.Market;
using Kabuto.TestSupport;

namespace Kabuto.Analytics.Tests.Shadow;

/// <summary>The real window (2026-03-16..04-24) read with a test-local parser: yfinance member files (three header
/// lines; March year-end rows adjusted up to 03-27, so every bar before 03-30 is marked adjusted), the official
/// closes and the derived member table. Null when the shared data is missing outside CI.</summary>
internal static class RealNikkeiData
{
    private static readonly DateOnly RawFrom = new(2026, 3, 30);
    private static readonly DateOnly First = new(2026, 3, 16);
    private static readonly DateOnly Last = new(2026, 4, 24);
    private static readonly Lazy<(InMemoryMarketData Data, NikkeiMembership Members)?> Loaded = new(Load);
    private static readonly Lazy<ShadowReport?> Report = new(() =>
        Loaded.Value is { } real ? NikkeiShadow.Run(real.Data, real.Members) : null);

    public static (InMemoryMarketData Data, NikkeiMembership Members)? Value => Loaded.Value;

    /// <summary>The default run, shared by the golden tests (the fit takes about a second).</summary>
    public static ShadowReport? DefaultReport => Report.Value;

    private static (InMemoryMarketData, NikkeiMembership)? Load()
    {
        var prices = SharedData.Require("raw/tse-yfinance-singularity");
        var closes = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var members = SharedData.Require("derived/nikkei225-members.csv");
        if (prices is null || closes is null || members is null)
        {
            return null;
        }

        var data = new InMemoryMarketData();
        foreach (var file in Directory.GetFiles(prices, "*.T.csv"))
        {
            var code = Path.GetFileName(file).Split('.')[0];
            data.AddMemberBars(File.ReadLines(file).Skip(3).Select(line => MemberBarOf(code, line)));
        }

        data.AddBars(IndexIds.N225, File.ReadLines(closes).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => DailyBar.CloseOnly(DateOnly.Parse(f[0], CultureInfo.InvariantCulture), decimal.Parse(f[1], CultureInfo.InvariantCulture)))
            .Where(b => b.Date >= First && b.Date <= Last));
        return (data, NikkeiMembersCsv.Read(members));
    }

    private static MemberBar MemberBarOf(string code, string line)
    {
        var f = line.Split(',');
        var date = DateOnly.Parse(f[0], CultureInfo.InvariantCulture);
        var close = decimal.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture);
        return new MemberBar(code, date, null, null, null, close, null, date >= RawFrom ? PriceBasis.Raw : PriceBasis.Adjusted);
    }
}
