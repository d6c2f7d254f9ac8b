using Kabuto.TestSupport;
using Kabuto.Writing.Checking;
using Kabuto.Writing.Composing;
using Xunit.Abstractions;

namespace Kabuto.Writing.Tests;

public sealed class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        if (RealData.Market is not { } data || Environment.GetEnvironmentVariable("SMOKE") is null)
        {
            return;
        }

        var writer = WrapWriter.Over(data);
        foreach (var d in (Environment.GetEnvironmentVariable("SMOKE_DATES") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            output.WriteLine(writer.Render("tokyo", DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), WrapEdition.Close, Documents.ArticleFormat.Markdown));
        }

        var seeds = SharedData.RequireSeeds()!;
        foreach (var file in Directory.GetFiles(seeds).Order())
        {
            var reading = ClaimExtractor.Read(File.ReadAllText(file));
            output.WriteLine($"=== {Path.GetFileName(file)} date={reading.StatedDate} weekday={reading.Weekday} session={reading.DefaultSession}");
            foreach (var c in reading.Claims)
            {
                output.WriteLine($"  {c.Kind,-14} {c.Index,-7} {c.Session,-9} back={c.DaysBack} v={c.Value} d={c.Decimals} {c.Hedge} {c.Subject} | {Trim(c.Text)}");
            }
        }
    }

    private static string Trim(string s) => s.Length > 90 ? s[..90] : s;
}
