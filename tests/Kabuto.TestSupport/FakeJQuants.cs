using System.Globalization;

namespace Kabuto.TestSupport;

/// <summary>Answers a fake J-Quants gives in the tests of what the indices unlock.</summary>
public static class FakeJQuants
{
    /// <summary>No issues (an empty master and empty daily bars) and TOPIX on each day: day i closes at 3,600 + 20 i.</summary>
    public static void ServeNoIssuesAndTopix(this FakeHttpServer server, IReadOnlyList<DateOnly> days)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(days);
        server.On("/v2/equities/master", FakeResponse.Json(SourcePayloads.JQuantsPage([])));
        server.On("/v2/equities/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage([])));
        server.On("/v2/indices/bars/daily/topix", FakeResponse.Json(SourcePayloads.JQuantsPage(
            days.Select((d, i) => SourcePayloads.JQuantsTopixRow(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 3600m + i, 3630m + i, 3590m + i, 3600m + (i * 20))))));
    }
}
