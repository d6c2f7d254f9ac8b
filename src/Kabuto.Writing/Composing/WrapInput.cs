using Kabuto.Analytics.Facts;
using Kabuto.Analytics.Day;
using Kabuto.Writing.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Composing;

/// <summary>The edition of a wrap: after the close, or at the lunch break (morning session).</summary>
public enum WrapEdition
{
    Close,
    Midday,
}

/// <summary>One series' facts on its own trading date.</summary>
public sealed record SeriesDay(string SeriesId, DateOnly Date, IReadOnlyList<Fact> Facts);

/// <summary>Everything a wrap may say, gathered before a word is written.</summary>
public sealed record WrapInput(
    MarketInfo Market,
    DateOnly Date,
    WrapEdition Edition,
    SeriesDay Main,
    SeriesDay? Second,
    IReadOnlyList<SeriesDay> Region,
    IReadOnlyList<SeriesDay> WallStreet,
    SeriesDay? Yen)
{
    /// <summary>The Growth Market 250 index's day (Tokyo, after the close), when its row is held.</summary>
    public SeriesDay? Growth250 { get; init; }

    /// <summary>The session the main facts are read from: close, or morning for the midday edition.</summary>
    public string Session => Edition == WrapEdition.Midday ? Sessions.Morning : Sessions.Close;

    /// <summary>The move verbs the article has printed so far, in order, so the next line says it another way.</summary>
    public IList<string> UsedVerbs { get; } = [];

    /// <summary>Whose sector ranking the wrap tells: the TSE's sector indices (TOPIX's sub-indices, on the second
    /// index's day) when they are held, otherwise the main index's members grouped by sector.</summary>
    public bool SectorsFromIndices => Second is { } topix && topix.Facts.Any(f => f.Kind == FactKinds.SectorChangePercent
        && f.Index == topix.SeriesId && f.Session == Session && f.Provenance?.StartsWith("sector_index:", StringComparison.Ordinal) == true);

    /// <summary>The Prime market's advancers, decliners and unchanged (every issue's bars, on TOPIX's day), when all three
    /// are held.</summary>
    public (Fact Up, Fact Down, Fact Flat)? PrimeBreadth =>
        Second is { } topix
        && topix.Facts.Find(FactKinds.Advancers, topix.SeriesId, Session, PrimeBreadthFacts.Subject) is { } up
        && topix.Facts.Find(FactKinds.Decliners, topix.SeriesId, Session, PrimeBreadthFacts.Subject) is { } down
        && topix.Facts.Find(FactKinds.Unchanged, topix.SeriesId, Session, PrimeBreadthFacts.Subject) is { } flat
            ? (up, down, flat)
            : null;

    /// <summary>The Prime market's turnover (every issue's bars, on TOPIX's day), only when every Prime issue that traded
    /// gave one (a partial sum is <see cref="FactKinds.TurnoverPartial"/> and never printed as the market's).</summary>
    public Fact? PrimeTurnover =>
        Second is { } topix ? topix.Facts.Find(FactKinds.Turnover, topix.SeriesId, Session, PrimeBreadthFacts.Subject) : null;

    public IEnumerable<Fact> AllFacts =>
        Main.Facts.Concat(Second?.Facts ?? []).Concat(Region.SelectMany(r => r.Facts))
            .Concat(WallStreet.SelectMany(r => r.Facts)).Concat(Yen?.Facts ?? []).Concat(Growth250?.Facts ?? []);
}
