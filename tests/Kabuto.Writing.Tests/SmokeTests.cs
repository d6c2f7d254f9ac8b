using Xunit.Abstractions;
using Kabuto.Writing.Composing;

namespace Kabuto.Writing.Tests;

public sealed class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        if (RealData.Market is not { } data)
        {
            return;
        }

        var writer = WrapWriter.Over(data);
        foreach (var d in new[] { "2026-02-10", "2025-10-29", "2024-08-05", "2024-03-01", "2026-02-09" })
        {
            output.WriteLine(writer.Render("tokyo", DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), WrapEdition.Close, Documents.ArticleFormat.Markdown));
        }
    }
}
