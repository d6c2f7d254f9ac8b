using System.Globalization;

namespace Kabuto.Analytics.Shadow;

/// <summary>The reconciliation as plain aligned text (the CLI's default output).</summary>
public static class ShadowText
{
    private const int NameWidth = 28;

    public static void Render(ShadowReport report, IReadOnlyList<AttributionSummary> attributions, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(output);
        void Line(FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture).TrimEnd());

        Line($"Shadow Nikkei 225, {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}: review {report.Review:yyyy-MM-dd}, price basis break {Date(report.BasisBreak)}");
        Line($"divisor before calibration {report.DivisorsBefore.BeforeReview:0.00000000} -> {report.DivisorsBefore.FromReview:0.00000000} (carried across the review)");
        Line($"divisor after calibration  {report.DivisorsAfter.BeforeReview:0.00000000} -> {report.DivisorsAfter.FromReview:0.00000000} (prior {(report.DivisorPrior is { } d ? d.ToString(CultureInfo.InvariantCulture) : "none")})");
        output.WriteLine();
        Line($"{"date",-10}  {"basis",-11}  {"official",9}  {"before",9}  {"diff",7}  {"after",9}  {"diff",7}  {"chg",8}  {"dchg0",7}  {"dchg1",7}  {"missing",-10}  factor effects");
        foreach (var day in report.Days)
        {
            Line($"{day.Date:yyyy-MM-dd}  {day.Basis,-11}  {day.Official,9:0.00}  {day.ShadowBefore,9:0.00}  {Signed(day.LevelDifferenceBefore),7}  {day.ShadowAfter,9:0.00}  {Signed(day.LevelDifferenceAfter),7}  {Signed(day.OfficialChange),8}  {Signed(day.ChangeDifferenceBefore),7}  {Signed(day.ChangeDifferenceAfter),7}  {Missing(day.Missing),-10}  {string.Join(", ", day.Explainers.Select(e => $"{e.Code} {Signed(e.Points)}"))}");
        }

        output.WriteLine();
        Line($"{"errors (points)",-26}  {"level MAE",9}  {"level RMSE",10}  {"change MAE",10}  {"change RMSE",11}  {"change max",10}");
        Errors("before calibration", report.ErrorsBefore, output);
        Errors("after calibration", report.ErrorsAfter, output);
        var unfitted = report.Days.Count(d => !d.Fitted);
        Line($"levels on {report.ErrorsAfter.LevelDays} raw days; changes on {report.ErrorsAfter.ChangeDays} daily changes (not the first day, the basis break, a day after a gap in the data, or an unfitted day)");
        if (unfitted > 0)
        {
            Line($"{unfitted} day(s) not fitted or scored: members with prices on other days but none that day weigh over {report.MaxMissingWeightPct:0.##}% of the basket");
        }

        var r = report.Reference;
        Line($"derived README reproduction (divisor fitted per basket {r.Divisors.BeforeReview:0.0000}/{r.Divisors.FromReview:0.0000}): level MAE {r.LevelMae:0.00}, change MAE adjusted days {r.ChangeMaeAdjusted:0.00} (max {r.ChangeMaxAdjusted:0.00}), raw days {r.ChangeMaeRaw:0.00} (max {r.ChangeMaxRaw:0.00})");
        output.WriteLine();
        Line($"{"code",-5}  {"name",-NameWidth}  {"prior",5}  {"estimate",8}  {"se",5}  {"grid range",-10}  {"explains",8}  prior source");
        foreach (var f in report.Factors)
        {
            Line($"{f.Code,-5}  {Short(f.Name),-NameWidth}  {f.Prior,5:0.0}  {f.Estimate,8:0.0}  {(f.StandardError is { } se ? se.ToString("0.00", CultureInfo.InvariantCulture) : "-"),5}  {$"{f.GridLow:0.0}..{f.GridHigh:0.0}",-10}  {f.ExplainedPoints,8:0.00}  {f.PriorSource}");
        }

        output.WriteLine();
        if (report.Findings.Count == 0)
        {
            output.WriteLine("no known (derived or announced) factor is contradicted strongly by the closes");
        }

        foreach (var f in report.Findings)
        {
            Line($"finding: {f.Code} {Short(f.Name)} {f.Provenance.ToString().ToLowerInvariant()} factor {f.Factor} but the closes prefer {f.DataOptimum:0.00} (se {f.StandardError:0.00}, z {f.ZScore:0.0}); not changed");
        }

        output.WriteLine();
        output.WriteLine("official moves attributed to members (calibrated factors, carried divisor):");
        foreach (var a in attributions)
        {
            var members = string.Join(", ", a.Drivers.Concat(a.Draggers).Select(m => $"{m.Code} {Signed(m.Points)}"));
            Line($"{a.Date:yyyy-MM-dd}  {Signed(a.OfficialChange),9}  members {Signed(a.MemberPoints),9}  residual {Signed(a.ResidualPoints),8}{(a.BasisBreak ? " (basis break)" : string.Empty)}  {members}");
        }
    }

    private static void Errors(string label, ShadowErrors e, TextWriter output) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-26}  {e.LevelMae,9:0.00}  {e.LevelRmse,10:0.00}  {e.ChangeMae,10:0.00}  {e.ChangeRmse,11:0.00}  {e.ChangeMax,10:0.00}"));

    private static string Missing(IReadOnlyList<string> codes) => codes.Count <= 4 ? string.Join(' ', codes) : $"{codes.Count} members";

    private static string Date(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none";

    private static string Signed(decimal? value) =>
        value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : string.Empty;

    private static string Short(string name) => name.Length <= NameWidth ? name : name[..(NameWidth - 1)] + "…";
}
