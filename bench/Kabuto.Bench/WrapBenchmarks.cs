using BenchmarkDotNet.Attributes;
using Kabuto.Analytics;
using Kabuto.Analytics.Members;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Bench;

/// <summary>The wrap from a warm store (target: under 100 ms), on the imported store at $KABUTO_DB (run
/// `kabuto import ../shared/data/raw ../shared/data/derived` first; without it the benchmark has nothing to write).
/// Warm process and open store; "FreshFacts" builds new fact books per wrap (no cached histories or day facts: the
/// cost a server pays for the first request of a date), "WarmFacts" reuses them across wraps of different dates.
/// The cold process start (target: under 1.5 s) is measured on the CLI: see docs/writer.md.
/// dotnet run -c Release --project bench/Kabuto.Bench -- --filter '*WrapBenchmarks*'</summary>
[MemoryDiagnoser]
public class WrapBenchmarks
{
    private IMarketStore? _store;
    private WrapWriter? _warm;
    private IAttributionSource? _members;

    /// <summary>A day without member prices (index, region, yen) and one with the Nikkei shadow's drivers and sectors.</summary>
    [Params("2026-02-10", "2026-03-18")]
    public string Date { get; set; } = "2026-02-10";

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("KABUTO_DB");
        if (path is not { Length: > 0 } || !File.Exists(path))
        {
            throw new InvalidOperationException("set KABUTO_DB to a store imported from ../shared/data (kabuto import)");
        }

        _store = MarketStore.Open(path);
        _members = MemberAttributions.For(_store, [], _store);
        _warm = NewWriter(_store, _members);
        _warm.Write(Markets.Tokyo, DateOnly.Parse(Date, System.Globalization.CultureInfo.InvariantCulture), WrapEdition.Close);
    }

    [Benchmark]
    public int FreshFacts()
    {
        var store = _store!;
        var writer = NewWriter(store, MemberAttributions.For(store, [], store));
        return Render(writer);
    }

    [Benchmark]
    public int WarmFacts() => Render(_warm!);

    /// <summary>The Japanese wrap (--lang ja) of the same day from the same warm fact books: the shared gather and plan
    /// plus the move-word history (daily bars before the date) and the members' Japanese names.</summary>
    [Benchmark]
    public int WarmFactsJapanese()
    {
        var article = _warm!.Write(Markets.Tokyo, DateOnly.Parse(Date, System.Globalization.CultureInfo.InvariantCulture), WrapEdition.Close, ArticleLanguage.Japanese);
        return ArticleRenderer.Render(article, ArticleFormat.Markdown).Length;
    }

    /// <summary>The Japanese 前引け edition: the published 11:30 level's morning facts (2026-02-10 holds one; on
    /// 2026-03-18 it is the one-line notice).</summary>
    [Benchmark]
    public int WarmFactsJapaneseMidday()
    {
        var article = _warm!.Write(Markets.Tokyo, DateOnly.Parse(Date, System.Globalization.CultureInfo.InvariantCulture), WrapEdition.Midday, ArticleLanguage.Japanese);
        return ArticleRenderer.Render(article, ArticleFormat.Markdown).Length;
    }

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    private int Render(WrapWriter writer)
    {
        var article = writer.Write(Markets.Tokyo, DateOnly.Parse(Date, System.Globalization.CultureInfo.InvariantCulture), WrapEdition.Close);
        return ArticleRenderer.Render(article, ArticleFormat.Markdown).Length;
    }

    private static WrapWriter NewWriter(IMarketStore store, IAttributionSource members) =>
        new(store, new FactBookDayFacts(new FactBook(store, members)), new BarFactBook(store, rankings: false));
}
