namespace Kabuto.Core.Market;

/// <summary>Which side of an index's history a published extreme is about.</summary>
public enum ExtremeKind
{
    /// <summary>The highest close.</summary>
    HighestClose,

    /// <summary>The lowest close.</summary>
    LowestClose,

    /// <summary>The highest intraday print.</summary>
    HighestIntraday,
}

/// <summary>A published extreme of an index's official history: <paramref name="Value"/> on <paramref name="Date"/> was
/// the extreme of its kind over the whole history from the index's start through at least <paramref name="StoodUntil"/>
/// (null: still standing). The catalogue states only what its source establishes, so StoodUntil may be earlier than
/// the day the extreme was beaten.</summary>
/// <param name="Source">Where the value is published (shown in provenance and docs).</param>
public sealed record KnownExtreme(DateOnly Date, decimal Value, ExtremeKind Kind, DateOnly? StoodUntil, string Source)
{
    /// <summary>Whether this was the extreme of the history that precedes <paramref name="firstHeld"/>: set before it,
    /// and still standing the day before it.</summary>
    public bool Precedes(DateOnly firstHeld) => Date < firstHeld && (StoodUntil is null || firstHeld.AddDays(-1) <= StoodUntil);
}

/// <summary>What the catalogue knows about an index's official history.</summary>
/// <param name="IndexId">Series id (<see cref="IndexIds"/>).</param>
/// <param name="HistoryStart">The first date of its official history (base date, or the start of published
/// back-calculated values); null when not known.</param>
/// <param name="StartSource">Where the start date is published.</param>
/// <param name="KnownExtremes">Published extremes before dates a held history may start at.</param>
/// <param name="IsCurrencyPair">A currency pair: its records are those of the rows held, as for any series.</param>
public sealed record IndexHistoryInfo(
    string IndexId,
    DateOnly? HistoryStart,
    string StartSource,
    IReadOnlyList<KnownExtreme> KnownExtremes,
    bool IsCurrencyPair = false);

/// <summary>What a held history (rows from <paramref name="FirstHeld"/>) can say about all-time records. A complete
/// history (it starts within <see cref="IndexCatalogue.CompletenessDays"/> of the index's history start, or before it)
/// judges records by its own rows. An incomplete one uses the catalogue: an extreme that precedes its first row is the
/// extreme of everything before it (records are judged against it from the first row); an extreme dated inside the held
/// history was the all-time extreme on its date, so from the next row on the extreme of the whole history is known.
/// Until one of them is known for a side (highs, lows), that side makes no record claims.</summary>
/// <param name="HistoryStart">The index's history start, when known.</param>
/// <param name="Catalogue">The catalogue's extremes this history can use, in date order: those that precede the first
/// row held and those dated on or after it (empty for a complete history).</param>
public sealed record HistoryScope(
    string SeriesId,
    DateOnly FirstHeld,
    DateOnly? HistoryStart,
    bool IsComplete,
    IReadOnlyList<KnownExtreme> Catalogue)
{
    /// <summary>The highest close before the first row held (incomplete histories only).</summary>
    public KnownExtreme? PriorHighestClose => Prior(ExtremeKind.HighestClose);

    /// <summary>The highest print before the first row held: an intraday high, or a close (a close is a print).</summary>
    public KnownExtreme? PriorHighestPrint =>
        (PriorHighestClose, Prior(ExtremeKind.HighestIntraday)) switch
        {
            ({ } close, { } print) => close.Value > print.Value ? close : print,
            (var close, var print) => close ?? print,
        };

    /// <summary>The lowest close before the first row held.</summary>
    public KnownExtreme? PriorLowestClose => Prior(ExtremeKind.LowestClose);

    /// <summary>Record highs (closing and intraday) can be judged from the first row: the history is complete or a
    /// prior peak is known.</summary>
    public bool KnowsHighs => IsComplete || PriorHighestClose is not null;

    /// <summary>Record closing lows can be judged from the first row.</summary>
    public bool KnowsLows => IsComplete || PriorLowestClose is not null;

    /// <summary>When highs are not known from the first row: the catalogue peak inside the held history after whose
    /// date they are (null: never, within the catalogue).</summary>
    public KnownExtreme? HighsKnownAfter => KnowsHighs ? null : Catalogue.FirstOrDefault(k => k.Kind == ExtremeKind.HighestClose);

    /// <summary>When lows are not known from the first row: the catalogue trough after whose date they are.</summary>
    public KnownExtreme? LowsKnownAfter => KnowsLows ? null : Catalogue.FirstOrDefault(k => k.Kind == ExtremeKind.LowestClose);

    /// <summary>The rows held are the whole history (synthetic series, and series judged by their own rows).</summary>
    public static HistoryScope Whole(string seriesId, DateOnly firstHeld) => new(seriesId, firstHeld, firstHeld, true, []);

    private KnownExtreme? Prior(ExtremeKind kind) => IndexCatalogue.Best(Catalogue, FirstHeld, kind);
}

/// <summary>The index catalogue: each index's official history start and the published extremes before the dates our
/// held histories start at. Held data often starts long after the index began (the Nikkei 225 is calculated from
/// 1949-05-16, our files start 1965-01-05; TOPIX from 1968-01-04, our files 2001-06-25), so "above every close held"
/// is not "a record". Only well-established values are listed.
/// <para>Sources. N225: Nikkei Inc., Nikkei Stock Average index guidebook and historical data (indexes.nikkei.co.jp):
/// calculated from 1949-05-16 (base 176.21), published since 1950-09-07; all-time closing low 85.25 on 1950-07-06;
/// closing high before 1965 1,829.74 on 1961-07-18 (first beaten 1968); the 1989-12-29 close 38,915.87 (intraday
/// 38,957.44) stood until 2024-02-22. TOPIX: JPX, TOPIX index guidebook and historical data: base 1968-01-04 = 100;
/// record close 2,884.80 and intraday 2,885.50 on 1989-12-18, first beaten on 2024-07-04 (close 2,898.47). Base dates:
/// DJIA 1896-05-26 (S&amp;P Dow Jones Indices), its record close 11,722.98 of 2000-01-14 stood until 2006-10-03;
/// S&amp;P 500 1957-03-04, S&amp;P publishes back-calculated values from 1928;
/// NASDAQ Composite 1971-02-05 = 100 (Nasdaq), its record close 16,057.44 of 2021-11-19 stood until 2024-02-29; KOSPI 1980-01-04 = 100 and KOSDAQ 1996-07-01 (Korea Exchange); Hang Seng
/// 1964-07-31 = 100 and Hang Seng TECH 2014-12-31 = 3,000 (Hang Seng Indexes); CSI 300 2004-12-31 = 1,000 (China
/// Securities Index); SSE Composite 1990-12-19 = 100 (Shanghai Stock Exchange); S&amp;P/ASX 200 2000-03-31 (S&amp;P Dow
/// Jones Indices; Yahoo's back data from 1992 counts as complete); Nifty 50 1995-11-03 = 1,000 (NSE Indices). STI: not
/// catalogued (relaunched 2008 with back data; treated as incomplete). See docs/facts.md.</para></summary>
public static class IndexCatalogue
{
    /// <summary>A held history whose first row is at most this many days after the history start is complete (the
    /// first sessions after a base date are often missing from files).</summary>
    public const int CompletenessDays = 10;

    private const string Nikkei = "Nikkei Inc., Nikkei Stock Average historical data (indexes.nikkei.co.jp)";
    private const string Jpx = "JPX, TOPIX historical data (jpx.co.jp)";

    public static IReadOnlyList<IndexHistoryInfo> All { get; } =
    [
        new(IndexIds.N225, new DateOnly(1949, 5, 16), "Nikkei Inc.: calculated from 1949-05-16 (base 176.21), published since 1950-09-07",
        [
            new(new DateOnly(1950, 7, 6), 85.25m, ExtremeKind.LowestClose, null, Nikkei + ": all-time closing low"),
            new(new DateOnly(1961, 7, 18), 1829.74m, ExtremeKind.HighestClose, new DateOnly(1965, 1, 4), Nikkei + ": closing high before 1965"),
            new(new DateOnly(1989, 12, 29), 38915.87m, ExtremeKind.HighestClose, new DateOnly(2024, 2, 21), Nikkei + ": record close until 2024-02-22"),
            new(new DateOnly(1989, 12, 29), 38957.44m, ExtremeKind.HighestIntraday, new DateOnly(2024, 2, 21), Nikkei + ": record intraday high until 2024-02-22"),
        ]),
        new(IndexIds.Topix, new DateOnly(1968, 1, 4), "JPX: base date 1968-01-04 = 100",
        [
            new(new DateOnly(1989, 12, 18), 2884.80m, ExtremeKind.HighestClose, new DateOnly(2024, 7, 3), Jpx + ": record close until 2024-07-04"),
            new(new DateOnly(1989, 12, 18), 2885.50m, ExtremeKind.HighestIntraday, new DateOnly(2024, 6, 30), Jpx + ": record intraday high until July 2024"),
        ]),
        new(IndexIds.Djia, new DateOnly(1896, 5, 26), "S&P Dow Jones Indices: first published 1896-05-26",
        [
            new(new DateOnly(2000, 1, 14), 11722.98m, ExtremeKind.HighestClose, new DateOnly(2006, 10, 2),
                "S&P Dow Jones Indices, DJIA history: record close until 2006-10-03 (11,727.34)"),
        ]),
        new(IndexIds.Spx, new DateOnly(1957, 3, 4), "S&P Dow Jones Indices: launched 1957-03-04, back-calculated values published from 1928", []),
        new(IndexIds.Nasdaq, new DateOnly(1971, 2, 5), "Nasdaq: base date 1971-02-05 = 100",
        [
            new(new DateOnly(2021, 11, 19), 16057.44m, ExtremeKind.HighestClose, new DateOnly(2024, 2, 28),
                "Nasdaq, Composite history: record close until 2024-02-29 (16,091.92)"),
        ]),
        new(IndexIds.Kospi, new DateOnly(1980, 1, 4), "Korea Exchange: base date 1980-01-04 = 100", []),
        new(IndexIds.Kosdaq, new DateOnly(1996, 7, 1), "Korea Exchange: base date 1996-07-01", []),
        new(IndexIds.Hsi, new DateOnly(1964, 7, 31), "Hang Seng Indexes: base date 1964-07-31 = 100", []),
        new(IndexIds.HsTech, new DateOnly(2014, 12, 31), "Hang Seng Indexes: base date 2014-12-31 = 3,000", []),
        new(IndexIds.Csi300, new DateOnly(2004, 12, 31), "China Securities Index: base date 2004-12-31 = 1,000", []),
        new(IndexIds.Ssec, new DateOnly(1990, 12, 19), "Shanghai Stock Exchange: base date 1990-12-19 = 100", []),
        new(IndexIds.Asx200, new DateOnly(2000, 3, 31), "S&P Dow Jones Indices: base date 2000-03-31 (back data from 1992 counts as complete)", []),
        new(IndexIds.Sti, null, "not catalogued: relaunched 2008 with back data; its start is treated as unknown", []),
        new(IndexIds.Nifty50, new DateOnly(1995, 11, 3), "NSE Indices: base date 1995-11-03 = 1,000", []),
        new(IndexIds.UsdJpy, null, "currency pair: records are those of the rows held", [], IsCurrencyPair: true),
    ];

    public static IndexHistoryInfo? Find(string seriesId) =>
        All.FirstOrDefault(i => string.Equals(i.IndexId, seriesId, StringComparison.Ordinal));

    /// <summary>The scope of a history of <paramref name="seriesId"/> held from <paramref name="firstHeld"/>. A series
    /// the catalogue does not know is incomplete with no known extremes (nothing says its rows are its whole history).</summary>
    public static HistoryScope Scope(string seriesId, DateOnly firstHeld)
    {
        ArgumentException.ThrowIfNullOrEmpty(seriesId);
        var info = Find(seriesId);
        if (info is { IsCurrencyPair: true })
        {
            return HistoryScope.Whole(seriesId, firstHeld);
        }

        var start = info?.HistoryStart;
        if (start is { } s && firstHeld <= s.AddDays(CompletenessDays))
        {
            return new HistoryScope(seriesId, firstHeld, s, true, []);
        }

        var usable = (info?.KnownExtremes ?? []).Where(k => k.Date >= firstHeld || k.Precedes(firstHeld)).OrderBy(k => k.Date).ToList();
        return new HistoryScope(seriesId, firstHeld, start, false, usable);
    }

    /// <summary>The known extreme of a kind that precedes <paramref name="firstHeld"/> (the highest, or the lowest for
    /// lows, when several do).</summary>
    public static KnownExtreme? Best(IReadOnlyList<KnownExtreme> known, DateOnly firstHeld, ExtremeKind kind)
    {
        ArgumentNullException.ThrowIfNull(known);
        KnownExtreme? best = null;
        foreach (var k in known)
        {
            if (k.Kind != kind || !k.Precedes(firstHeld))
            {
                continue;
            }

            if (best is null || (kind == ExtremeKind.LowestClose ? k.Value < best.Value : k.Value > best.Value))
            {
                best = k;
            }
        }

        return best;
    }
}
