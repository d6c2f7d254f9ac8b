using BenchmarkDotNet.Attributes;
using Kabuto.Analytics.Members;
using Kabuto.Data.Store;
using Kabuto.Checking;
using Kabuto.Checking.Evaluation;

namespace Kabuto.Bench;

/// <summary>The checker from a warm process over the imported store at $KABUTO_DB (targets: `check` of a 1,000-word
/// article under 200 ms warm, `check-eval` of the dev corpus under 20 s). The article is the dev corpus's articles
/// joined until they pass 1,000 words, checked with its DATE header; the corpus at $KABUTO_CORPUS (default
/// ../shared/checker-corpus/dev). dotnet run -c Release --project bench/Kabuto.Bench -- --filter '*CheckBenchmarks*'</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private IMarketStore? _store;
    private ArticleChecker? _checker;
    private IReadOnlyList<LabelledArticle> _corpus = [];
    private string _article = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("KABUTO_DB");
        if (path is not { Length: > 0 } || !File.Exists(path))
        {
            throw new InvalidOperationException("set KABUTO_DB to a store imported from ../shared/data (kabuto import)");
        }

        var corpus = Environment.GetEnvironmentVariable("KABUTO_CORPUS") is { Length: > 0 } c ? c : Path.Combine("..", "shared", "checker-corpus", "dev");
        _store = MarketStore.Open(path);
        _checker = ArticleChecker.Over(_store, MemberAttributions.For(_store, [], _store));
        _corpus = LabelledCorpus.Read(corpus);
        var first = _corpus[0].Text;
        var words = first.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        var text = new System.Text.StringBuilder(first);
        foreach (var article in _corpus.Skip(1))
        {
            if (words >= 1000)
            {
                break;
            }

            var body = article.Text[ArticleHeader.Parse(article.Text).BodyStart..];
            text.Append("\n\n").Append(body);
            words += body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        }

        _article = text.ToString();
        _checker.Check(_article, "bench");
    }

    [Benchmark]
    public int CheckThousandWordArticle() => _checker!.Check(_article, "bench").Claims.Count;

    [Benchmark]
    public decimal CheckEvalDevCorpus() => CheckEvaluation.Run(_checker!, _corpus).Recall;

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();
}
