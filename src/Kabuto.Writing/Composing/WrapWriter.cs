using Kabuto.Analytics.Day;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Writing.Composing.Japanese;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Composing;

/// <summary>The wrap use case: gather the facts of a market's day (its indices, the region on the same date, Wall
/// Street's last session before it, the yen) and compose the article. The market's own indices are read from
/// <paramref name="facts"/> (the analytics fact book); the regional, overnight and yen lines, which need only a close,
/// a change and a record flag, from <paramref name="context"/> (default: the same source).</summary>
public sealed class WrapWriter(IMarketDataReader reader, IDayFacts facts, IDayFacts? context = null)
{
    private readonly IDayFacts _context = context ?? facts;
    private IReadOnlyList<SeriesCoverage>? _coverage;

    /// <summary>Asian benchmarks in the region paragraph, in wire order.</summary>
    public static IReadOnlyList<string> RegionIndices { get; } =
        [IndexIds.Kospi, IndexIds.Hsi, IndexIds.Csi300, IndexIds.Ssec, IndexIds.Asx200, IndexIds.Sti, IndexIds.Nifty50];

    public static IReadOnlyList<string> WallStreetIndices { get; } = [IndexIds.Spx, IndexIds.Djia, IndexIds.Nasdaq];

    /// <summary>A writer over a store: the analytics fact book for the market's indices, bar-derived facts for the
    /// other lines (a full fact-book history of every regional series would cost a cold wrap about a second).</summary>
    public static WrapWriter Over(IMarketDataReader reader) => new(reader, FactBookDayFacts.Over(reader), new BarFactBook(reader, rankings: false));

    public Article Write(string market, DateOnly date, WrapEdition edition = WrapEdition.Close) =>
        WrapComposer.Compose(Gather(market, date, edition));

    /// <summary>The wrap in <paramref name="language"/>: the same gathered facts and story plan, told by the English or
    /// the Japanese composer (Tokyo only; docs/adr/0006-japanese-writer.md).</summary>
    public Article Write(string market, DateOnly date, WrapEdition edition, ArticleLanguage language, JapaneseStyle? style = null)
    {
        if (language == ArticleLanguage.English)
        {
            return Write(market, date, edition);
        }

        ParseMarket(market, language);
        return JapaneseComposer.Compose(JapaneseFacts.Gather(reader, Gather(Markets.Tokyo, date, edition), style));
    }

    public string Render(string market, DateOnly date, WrapEdition edition, ArticleFormat format) =>
        ArticleRenderer.Render(Write(market, date, edition), format);

    /// <summary>The market a wrap is asked for, in a language written for it (Japanese: Tokyo only).</summary>
    public static MarketInfo ParseMarket(string market, ArticleLanguage language)
    {
        var info = Markets.Find(market)
            ?? throw Fail.User($"market '{market}' is unknown; use one of {string.Join(", ", Markets.All.Select(m => m.Id))}");
        return language == ArticleLanguage.Japanese && info.Id != Markets.Tokyo
            ? throw Fail.User($"--lang ja is written for the tokyo market only, not '{market}'; use --lang en for {market}")
            : info;
    }

    public WrapInput Gather(string market, DateOnly date, WrapEdition edition)
    {
        var info = ParseMarket(market, ArticleLanguage.English);
        var mainIndex = info.Indices[0];
        // The midday edition says what was known at 11:30: the morning facts alone when the 11:30 level is held (else
        // the day's facts, and the composer says the morning is not held).
        var morning = edition == WrapEdition.Midday ? MorningSessionFacts.For(reader, facts, mainIndex, date) : [];
        var mainFacts = morning.Count > 0 ? morning : facts.Day(mainIndex, date);
        var main = new SeriesDay(mainIndex, date,
            mainFacts.Count == 0 || WritingFactKinds.HistoryStartFact(reader, mainIndex, date) is not { } start ? mainFacts : [.. mainFacts, start]);
        if (main.Facts.Count == 0)
        {
            // Said as the calendar and the data allow: "did not trade" only for a closure, else what is held.
            var held = reader.GetDailyBars(mainIndex).Select(b => b.Date).ToList();
            throw Fail.User(held.Count == 0
                ? $"no {mainIndex} rows are held; import {mainIndex} data first (kabuto import PATH)"
                : $"no {info.Name} wrap for {date:yyyy-MM-dd}: {NoSession.Explain(mainIndex, mainIndex, date, held, reader)}");
        }

        var second = info.Indices.Count < 2 ? null
            : morning.Count > 0 ? WithStart(MorningSessionFacts.For(reader, facts, info.Indices[1], date) is { Count: > 0 } m ? new SeriesDay(info.Indices[1], date, m) : null)
            : WithStart(SameDay(facts, info.Indices[1], date));
        var region = RegionIndices.Where(i => !info.Indices.Contains(i)).Select(i => WithStart(SameDay(_context, i, date))).OfType<SeriesDay>().ToList();
        var wallStreet = info.Id == Markets.NewYork
            ? []
            : WallStreetIndices.Select(i => WithStart(LastBefore(i, date))).OfType<SeriesDay>().ToList();

        // Wall Street's paragraph speaks of one session: keep the indices that share the latest US date.
        if (wallStreet.Count > 0)
        {
            var usDate = wallStreet.Max(d => d.Date);
            wallStreet = wallStreet.Where(d => d.Date == usDate && d.Date >= date.AddDays(-4)).ToList();
        }

        // At the lunch break the day's rate is not known yet: the midday edition quotes the last one before the date.
        var yen = info.Id != Markets.Tokyo ? null : edition == WrapEdition.Midday ? LastBefore(IndexIds.UsdJpy, date) : OnOrBefore(IndexIds.UsdJpy, date);
        // The Growth 250 line tells the close; at the lunch break its 11:30 level is not held.
        var growth = info.Id == Markets.Tokyo && edition == WrapEdition.Close ? SameDay(_context, JpxIndices.Growth250.SeriesId, date) : null;
        var input = new WrapInput(info, date, edition, main, second, region, wallStreet, yen) { Growth250 = growth };
        if (!input.SectorsFromIndices)
        {
            return input;
        }

        // "N of the 33 sectors rose": the counts of the sector indices, grounded as writer facts on TOPIX's day.
        var topix = input.Second!;
        var sectors = topix.Facts.All(FactKinds.SectorChangePercent, topix.SeriesId, input.Session).ToList();
        return input with { Second = topix with { Facts = [.. topix.Facts, .. WritingFactKinds.SectorCounts(topix.SeriesId, date, input.Session, sectors)] } };
    }

    /// <summary>Adds the series' history-start fact, which decides whether its record may be called one.</summary>
    private SeriesDay? WithStart(SeriesDay? day)
    {
        _coverage ??= reader.ListSeries();
        return day is null || WritingFactKinds.HistoryStartFact(_coverage, day.SeriesId, day.Date) is not { } start
            ? day
            : day with { Facts = [.. day.Facts, start] };
    }

    private static SeriesDay? SameDay(IDayFacts source, string series, DateOnly date)
    {
        var day = source.Day(series, date);
        return day.Count == 0 ? null : new SeriesDay(series, date, day);
    }

    private SeriesDay? LastBefore(string series, DateOnly date)
    {
        var bars = reader.GetDailyBars(series, date.AddDays(-7), date.AddDays(-1));
        return bars.Count == 0 ? null : SameDay(_context, series, bars[^1].Date);
    }

    private SeriesDay? OnOrBefore(string series, DateOnly date)
    {
        var bars = reader.GetDailyBars(series, date.AddDays(-3), date);
        return bars.Count == 0 ? null : SameDay(_context, series, bars[^1].Date);
    }

    /// <summary>Parses "close"/"midday" (the CLI's --edition).</summary>
    public static WrapEdition ParseEdition(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "close" => WrapEdition.Close,
        "midday" or "morning" => WrapEdition.Midday,
        _ => throw Fail.User($"--edition '{text}' is unknown; use close or midday"),
    };

    /// <summary>Parses "en"/"ja" (the CLI's --lang).</summary>
    public static ArticleLanguage ParseLanguage(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "en" or "english" => ArticleLanguage.English,
        "ja" or "japanese" => ArticleLanguage.Japanese,
        _ => throw Fail.User($"--lang '{text}' is unknown; use en or ja"),
    };

    public static ArticleFormat ParseFormat(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "md" or "markdown" => ArticleFormat.Markdown,
        "html" => ArticleFormat.Html,
        "json" => ArticleFormat.Json,
        _ => throw Fail.User($"--format '{text}' is unknown; use md, html or json"),
    };
}
