namespace Kabuto.Analytics.Tests.Shadow;

public class NikkeiShadowGoldenTests
{
    [Fact]
    public void Run_RealWindow_PrintsSummary()
    {
        var report = RealNikkeiData.DefaultReport;
        if (report is null)
        {
            return;
        }

        var text = Kabuto.Core.Json.KabutoJson.Serialize(report);
        File.WriteAllText("/tmp/art-shadow/report.json", text);
        Assert.NotEmpty(report.Days);
    }
}
