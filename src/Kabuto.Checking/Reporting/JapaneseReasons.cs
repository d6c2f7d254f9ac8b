using System.Globalization;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Text;

namespace Kabuto.Checking;

/// <summary>The checker's verdicts and reasons in Japanese (`kabuto check --lang ja`, `POST /api/check?lang=ja`). The
/// judge writes its reason in English; this renderer does not translate that text. It states, in Japanese, what the
/// verdict rests on: the claim's kind and verdict, and each piece of evidence (a fact id names its index, date, session
/// and kind; a published session level names its time), with the value as the data has it. That covers the common
/// cases (a level, a change, a record, a streak, a member's or a sector's move, the yen supported or contradicted by
/// facts). A verdict with no evidence (no data held, a reading the policy could not rule out) keeps the English reason
/// after 「詳細:」, so nothing the judge said is lost.</summary>
public static class JapaneseReasons
{
    public static string Verdict(Verdict verdict) => verdict switch
    {
        Checking.Verdict.Supported => "裏付けあり",
        Checking.Verdict.Contradicted => "データと矛盾",
        _ => "確認できず",
    };

    public static string Kind(string kind) => kind switch
    {
        "level" => "水準",
        "change_percent" or "change_pct" => "騰落率",
        "change_points" => "変化幅",
        "record" => "最高値",
        "near_record" => "最高値に接近",
        "previous_record" => "従来の最高値",
        "first_above" => "初の節目突破",
        "peak_beaten" => "過去の高値の更新",
        "above" => "節目の上",
        "near_level" => "節目に接近",
        "streak" => "連騰・連続下落",
        "flat" => "横ばい",
        "extreme_since" => "…以来の高値・安値",
        "direction" => "方向",
        "outperformed" => "他指数との比較",
        "led_region" => "地域で首位",
        "yen_level" => "円相場の水準",
        "yen_direction" => "円高・円安",
        "driver" => "寄与度",
        "member_move" => "銘柄の騰落",
        "sector_move" => "業種の騰落",
        "move_rank" => "値動きの順位",
        "year_end_record" => "年末終値の最高値",
        "cause" => "要因",
        _ => kind,
    };

    /// <summary>The claim with its reason in Japanese (the JSON of `check --lang ja`).</summary>
    public static CheckedClaim Translate(CheckedClaim claim) => claim with { Reason = Reason(claim) };

    /// <summary>The reason in Japanese: the verdict's ground from the evidence, else the English reason as 詳細.</summary>
    public static string Reason(CheckedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var grounds = claim.Evidence.Select(Evidence).OfType<string>().ToList();
        var lead = claim.Verdict switch
        {
            Checking.Verdict.Supported => "データと一致する",
            Checking.Verdict.Contradicted => "データと合わない",
            _ => "データでは確かめられない",
        };
        if (grounds.Count == 0)
        {
            return $"{lead}(詳細: {claim.Reason})";
        }

        var text = $"{lead}: {string.Join("、", grounds)}。";
        // Beyond a plain match, the judge's words say why a figure is not settled or not contradicted: kept in English.
        return claim.Verdict == Checking.Verdict.Supported ? text : $"{text}(詳細: {claim.Reason})";
    }

    /// <summary>One piece of evidence: 「日経平均の2026-02-10の大引けの終値は57,650.54」, 「日経平均の11:30の値は57,926.07」.</summary>
    public static string? Evidence(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var parts = evidence.Id.Split(':');
        if (parts.Length < 4 || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var index = JapaneseLabels.Index(parts[0]);
        var value = evidence.Value.ToString("#,##0.00##", CultureInfo.InvariantCulture);
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (parts[2] is PublishedSessions.MorningClose or PublishedSessions.Intraday && parts.Length >= 5)
        {
            var moment = parts[2] == PublishedSessions.MorningClose ? "前引け(11:30)" : $"{parts[3]}:{parts[4]}";
            return $"{index}の{day}の{moment}の値は{value}(報道された値)";
        }

        var kind = JapaneseLabels.Kind(parts[3]);
        var subject = parts.Length > 4 ? parts[4] : null;
        var about = subject is null ? string.Empty
            : parts[3].StartsWith("sector_", StringComparison.Ordinal) ? $"{JapaneseNames.Sector(subject) ?? subject}の"
            : parts[3] is FactKinds.MemberContributionPoints or FactKinds.MemberChangePercent or FactKinds.MemberClose ? $"{JapaneseNames.Company(subject, null, null)} <{subject}>の"
            : string.Empty;
        // Another subject (a round level, a market) follows the kind: 「終値で初めて上回った節目(51000)」.
        var qualifier = subject is not null && about.Length == 0 ? $"({subject})" : string.Empty;
        var unit = parts[3].EndsWith("_pct", StringComparison.Ordinal) ? "%" : string.Empty;
        return $"{index}の{day}の{JapaneseLabels.Session(parts[2])}の{about}{kind}{qualifier}は{value}{unit}";
    }
}
