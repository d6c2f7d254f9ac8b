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
            var report = ArticleChecker.Over(data).Check(File.ReadAllText(file), file);
            output.WriteLine($"=== {Path.GetFileName(file)} date={report.Date.Date} {report.Date.Explanation}");
            foreach (var c in report.Claims)
            {
                output.WriteLine($"  {c.Verdict,-13} {c.Kind,-14} {c.Index,-7} {c.Session,-9} {c.Date} | {Trim(c.Text, 60)} | {c.Reason} [{string.Join(",", c.Evidence.Select(e => e.Id))}]");
            }
        }
    }

    private static string Trim(string s, int n) => s.Length > n ? s[..n] : s;
}
