namespace Kabuto.Core.Market;

/// <summary>An index level at a moment of a Tokyo session as an outlet printed it (a wire's 10:46 level, a market
/// site's 11:30 前引け figure): a secondary report, not the index provider's feed, so a verdict based on it names
/// <see cref="Source"/>.</summary>
/// <param name="Session"><see cref="PublishedSessions.MorningClose"/> or <see cref="PublishedSessions.Intraday"/>.</param>
/// <param name="TimeJst">The moment of the level; 11:30 for the morning close.</param>
/// <param name="ChangePoints">Change from the previous close as printed; null when the source printed none.</param>
/// <param name="ChangePct">Percent change as printed (2.05 means 2.05 %); null when the source printed none.</param>
/// <param name="Decimals">The precision the source printed the level with (0: to the point, so compare at that precision).</param>
/// <param name="Source">The outlet, e.g. "Jiji" or "Reuters via Business Times (by 0120 GMT)".</param>
public sealed record PublishedSessionLevel(
    string SeriesId,
    DateOnly Date,
    string Session,
    TimeOnly TimeJst,
    decimal Level,
    decimal? ChangePoints,
    decimal? ChangePct,
    int Decimals,
    string Source,
    string? Url);

/// <summary>The sessions a published level can belong to.</summary>
public static class PublishedSessions
{
    /// <summary>The level at the end of the morning session (11:30 in Tokyo).</summary>
    public const string MorningClose = "morning_close";

    /// <summary>The level at a stated time of day.</summary>
    public const string Intraday = "intraday";

    public static readonly TimeOnly MorningCloseJst = new(11, 30);

    public static bool IsKnown(string session) => session is MorningClose or Intraday;
}

/// <summary>Read side of the published session levels (what <c>kabuto import</c> stores from hand-collected reports).</summary>
public interface ISessionLevelReader
{
    /// <summary>Every level of the series on the date, ordered by time, then session, then source; empty when none.</summary>
    IReadOnlyList<PublishedSessionLevel> GetSessionLevels(string seriesId, DateOnly date);
}
