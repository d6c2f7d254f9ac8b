using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>Groups of markets an article speaks of without naming an index ("Asian markets", 「米国株」): the indices
/// that stand for them, one per market.</summary>
public static class MarketGroups
{
    /// <summary>Asia-Pacific outside Tokyo, one benchmark per market.</summary>
    public const string Asia = "asia";

    /// <summary>Wall Street's three main indices (the session before Tokyo's).</summary>
    public const string UnitedStates = "us";

    /// <summary>Asia-Pacific with Tokyo, as an English wire means it ("Asian markets", "Asia-Pacific markets").</summary>
    public const string AsiaPacific = "asia_pacific";

    /// <summary>Every market held, one benchmark each ("global markets", "stock markets around the world").</summary>
    public const string World = "world";

    public static IReadOnlyList<string> Indices(string? group) => group switch
    {
        Asia => Markets.All.Where(m => m.Id is not (Markets.Tokyo or Markets.NewYork)).Select(m => m.Indices[0]).ToList(),
        UnitedStates => Markets.Find(Markets.NewYork)!.Indices,
        AsiaPacific => Markets.All.Where(m => m.Id != Markets.NewYork).Select(m => m.Indices[0]).ToList(),
        World => Markets.All.Select(m => m.Indices[0]).ToList(),
        _ => [],
    };

    public static string Name(string? group) => group switch
    {
        Asia => "Asian markets",
        UnitedStates => "US stocks",
        AsiaPacific => "Asia-Pacific markets",
        World => "global markets",
        _ => group ?? "?",
    };
}

/// <summary>Shapes of a session's path that daily open, high, low and close can settle.</summary>
public static class SessionPaths
{
    /// <summary>Above the previous close, then below it ("turned lower", 「マイナスに転じた」).</summary>
    public const string TurnedDown = "turned_down";

    public const string TurnedUp = "turned_up";

    /// <summary>Below the previous close at a low it then rose from ("pared losses", 「下げ幅を縮めた」「下げ渋った」).</summary>
    public const string ParedLoss = "pared_loss";

    public const string ParedGain = "pared_gain";

    /// <summary>Below the previous close the whole session (「終日マイナス圏」).</summary>
    public const string BelowAllDay = "below_all_day";

    public const string AboveAllDay = "above_all_day";
}
