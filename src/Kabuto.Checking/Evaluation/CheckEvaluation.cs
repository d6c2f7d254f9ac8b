using System.Globalization;

namespace Kabuto.Checking.Evaluation;

/// <summary>One misjudged claim: a labelled claim given the wrong verdict (or missed), or a verdict on words no label
/// lists.</summary>
public sealed record EvaluationError(string File, string Quote, int Offset, string Expected, string Given, string? Kind, string Reason);

/// <summary>The figures of checker-corpus.md for one corpus. Confusion: expected row (supported, contradicted,
/// not_checkable, any, unlisted) → given column (supported, contradicted, not_checkable, missed) → count.</summary>
public sealed record EvaluationReport(
    int Articles,
    decimal ContradictionPrecision,
    decimal SupportPrecision,
    decimal Recall,
    decimal DateAccuracy,
    int DatesRight,
    int Contradicted,
    int Supported,
    int ExpectedVerdicts,
    int RecalledVerdicts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion,
    IReadOnlyList<EvaluationError> Errors,
    IReadOnlyList<DateOutcome> Dates,
    decimal ElapsedSeconds);

/// <summary>The date inferred for an article without its DATE header against its labelled session date.</summary>
public sealed record DateOutcome(string File, DateOnly? Expected, DateOnly? Inferred, string Explanation);

/// <summary>Runs the checker over a labelled corpus (with the DATE header for the verdicts, without it for the date)
/// and scores it: a checker claim matches a label when their spans in the article's text overlap.</summary>
public static class CheckEvaluation
{
    public const string Supported = "supported";
    public const string Contradicted = "contradicted";
    public const string NotCheckable = "not_checkable";
    public const string Any = "any";
    public const string Missed = "missed";
    public const string Unlisted = "unlisted";

    public static EvaluationReport Run(ArticleChecker checker, IReadOnlyList<LabelledArticle> corpus)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(corpus);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var confusion = new[] { Supported, Contradicted, NotCheckable, Any, Unlisted }
            .ToDictionary(r => r, _ => new[] { Supported, Contradicted, NotCheckable, Missed }.ToDictionary(c => c, _ => 0));
        var errors = new List<EvaluationError>();
        var dates = new List<DateOutcome>();
        int contradicted = 0, contradictedRight = 0, supported = 0, supportedRight = 0, expectedVerdicts = 0, recalled = 0;
        foreach (var article in corpus)
        {
            var name = Path.GetFileName(article.Path);
            var header = ArticleHeader.Parse(article.Text);
            var body = article.Text[header.BodyStart..];
            var report = checker.Check(article.Text, name);
            var given = report.Claims.Select(c => (Claim: c, Start: c.Offset - header.BodyStart, End: c.Offset - header.BodyStart + c.Quote.Length)).ToList();
            var labels = article.Expectation.Claims.Select(e => (Label: e, Start: Find(body, e.Quote, e.Nth))).ToList();
            foreach (var (label, start) in labels)
            {
                var end = start + label.Quote.Length;
                var matches = start < 0 ? [] : given.Where(g => g.Start < end && start < g.End).Select(g => g.Claim).ToList();
                var expected = label.Expected;
                var hit = matches.FirstOrDefault(m => Name(m.Verdict) == expected)
                          ?? matches.FirstOrDefault(m => m.Verdict != Verdict.NotCheckable)
                          ?? matches.FirstOrDefault();
                var verdict = hit is null ? Missed : Name(hit.Verdict);
                confusion[confusion.ContainsKey(expected) ? expected : Any][verdict]++;
                if (expected is Supported or Contradicted)
                {
                    expectedVerdicts++;
                    if (verdict == expected)
                    {
                        recalled++;
                    }
                }

                var wrong = expected is Supported or Contradicted ? verdict != expected
                    : expected == NotCheckable && verdict is Supported or Contradicted;
                if (wrong)
                {
                    errors.Add(new EvaluationError(name, label.Quote, start, expected, verdict, label.Kind,
                        hit is null ? (start < 0 ? "the label's quote is not in the article" : "no claim read from these words") : $"{hit.Kind} {hit.Index} {hit.Session} {hit.Date:yyyy-MM-dd}: {hit.Reason}"));
                }
            }

            foreach (var (claim, start, end) in given)
            {
                var listed = labels.Where(l => l.Start >= 0 && l.Start < end && start < l.Start + l.Label.Quote.Length).Select(l => l.Label.Expected).ToList();
                if (listed.Count == 0)
                {
                    confusion[Unlisted][Name(claim.Verdict)]++;
                }

                if (claim.Verdict == Verdict.Contradicted)
                {
                    contradicted++;
                    if (listed.Any(e => e is Contradicted or Any))
                    {
                        contradictedRight++;
                    }
                    else if (listed.Count == 0)
                    {
                        errors.Add(new EvaluationError(name, claim.Quote, start, Unlisted, Contradicted, claim.Kind, $"{claim.Index} {claim.Session} {claim.Date:yyyy-MM-dd}: {claim.Reason}"));
                    }
                }
                else if (claim.Verdict == Verdict.Supported)
                {
                    supported++;
                    if (listed.Any(e => e is Supported or Any))
                    {
                        supportedRight++;
                    }
                    else if (listed.Count == 0)
                    {
                        errors.Add(new EvaluationError(name, claim.Quote, start, Unlisted, Supported, claim.Kind, $"{claim.Index} {claim.Session} {claim.Date:yyyy-MM-dd}: {claim.Reason}"));
                    }
                }
            }

            var undated = checker.Check(body, name);
            dates.Add(new DateOutcome(name, article.Expectation.SessionDate, undated.Date.Date, undated.Date.Explanation));
        }

        var datesRight = dates.Count(d => d.Expected is not null && d.Expected == d.Inferred);
        return new EvaluationReport(
            corpus.Count,
            Ratio(contradictedRight, contradicted),
            Ratio(supportedRight, supported),
            Ratio(recalled, expectedVerdicts),
            Ratio(datesRight, dates.Count),
            datesRight,
            contradicted,
            supported,
            expectedVerdicts,
            recalled,
            confusion.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, int>)r.Value),
            errors,
            dates,
            Math.Round((decimal)clock.Elapsed.TotalSeconds, 2));
    }

    /// <summary>Start of the nth (1-based) occurrence of the quote, or -1.</summary>
    public static int Find(string text, string quote, int nth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        var at = -1;
        for (var k = 0; k < Math.Max(1, nth); k++)
        {
            at = text.IndexOf(quote, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }
        }

        return at;
    }

    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Supported => Supported,
        Verdict.Contradicted => Contradicted,
        _ => NotCheckable,
    };

    /// <summary>Nothing judged is nothing wrong: precision of zero verdicts is 1.</summary>
    private static decimal Ratio(int right, int total) => total == 0 ? 1m : Math.Round((decimal)right / total, 4);

    public static string Percent(decimal ratio) => (ratio * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
