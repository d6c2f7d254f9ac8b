using System.Globalization;
using Kabuto.Analytics.Facts;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Text;

/// <summary>The labels of the day's facts in Japanese, for tables (`kabuto day --lang ja`, the dashboard, the API's
/// `?lang=ja`): each fact kind, session and unit as a Japanese market page names it (終値, 前日比, 寄与度, 騰落率,
/// 値上がり銘柄数), and the digest's sections. A label names a number; it never states one. A kind without a label here
/// keeps its id, so a new kind shows up untranslated rather than hidden.</summary>
public static class JapaneseLabels
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        [FactKinds.Open] = "始値",
        [FactKinds.High] = "高値",
        [FactKinds.Low] = "安値",
        [FactKinds.Close] = "終値",
        [FactKinds.PreviousClose] = "前日終値",
        [FactKinds.ChangePoints] = "前日比(幅)",
        [FactKinds.ChangePercent] = "前日比(率)",
        [FactKinds.GapAtOpenPoints] = "寄り付きの窓(幅)",
        [FactKinds.RangePosition] = "値幅内の終値の位置",
        [FactKinds.IntradayHighChangePercent] = "高値の前日比(率)",
        [FactKinds.IntradayLowChangePercent] = "安値の前日比(率)",
        [FactKinds.MissingSessionsBefore] = "直前の欠けた営業日数",
        [FactKinds.ChangeSinceLastHeldPoints] = "保有する直近終値からの変化(幅)",
        [FactKinds.ChangeSinceLastHeldPercent] = "保有する直近終値からの変化(率)",
        [FactKinds.RecordClose] = "終値ベースの史上最高値",
        [FactKinds.RecordIntradayHigh] = "取引時間中の史上最高値",
        [FactKinds.RecordCloseLow] = "終値ベースの史上最安値",
        [FactKinds.HighestCloseSince] = "…以来の高値",
        [FactKinds.LowestCloseSince] = "…以来の安値",
        [FactKinds.FirstRecordSince] = "…以来の最高値更新",
        [FactKinds.DistanceToRecordPercent] = "最高値までの距離(率)",
        [FactKinds.RecordCloseStreak] = "最高値更新の連続日数",
        [FactKinds.FirstCloseAbove] = "終値で初めて上回った節目",
        [FactKinds.FirstCloseBelow] = "終値で初めて下回った節目",
        [FactKinds.FirstPrintAbove] = "取引時間中に初めて上回った節目",
        [FactKinds.DistanceToNextLevel] = "次の節目までの幅",
        [FactKinds.GainStreak] = "連騰日数",
        [FactKinds.LossStreak] = "連続下落日数",
        [FactKinds.WeekChangePercent] = "週間騰落率",
        [FactKinds.MonthChangePercent] = "月間騰落率",
        [FactKinds.YearToDateChangePercent] = "年初来騰落率",
        [FactKinds.FiftyTwoWeekHigh] = "52週高値",
        [FactKinds.FiftyTwoWeekLow] = "52週安値",
        [FactKinds.RankGainPoints] = "上げ幅の順位",
        [FactKinds.RankGainPercent] = "上昇率の順位",
        [FactKinds.RankFallPoints] = "下げ幅の順位",
        [FactKinds.RankFallPercent] = "下落率の順位",
        [FactKinds.LargestGainSincePoints] = "…以来の上げ幅",
        [FactKinds.LargestFallSincePoints] = "…以来の下げ幅",
        [FactKinds.MemberContributionPoints] = "寄与度",
        [FactKinds.MemberChangePercent] = "騰落率",
        [FactKinds.MemberClose] = "構成銘柄の終値",
        [FactKinds.ContributionResidualPoints] = "寄与度の残差(除数変更など)",
        [FactKinds.SectorChangePercent] = "業種別騰落率",
        [FactKinds.SectorRank] = "業種の順位",
        [FactKinds.Sector17ChangePercent] = "TOPIX-17業種別騰落率",
        [FactKinds.Sector17Rank] = "TOPIX-17業種の順位",
        [FactKinds.Advancers] = "値上がり銘柄数",
        [FactKinds.Decliners] = "値下がり銘柄数",
        [FactKinds.Unchanged] = "変わらず銘柄数",
        [FactKinds.Turnover] = "売買代金",
        [FactKinds.TurnoverPartial] = "売買代金(売買代金のある銘柄だけの合計)",
        [FactKinds.TopContributorsSharePercent] = "上位寄与銘柄の占める割合",
        [FactKinds.ChangeExcludingTopPoints] = "上位寄与銘柄を除いた変化幅",
        [FactKinds.RegionalClose] = "終値",
        [FactKinds.RegionalChangePercent] = "前日比(率)",
        [FactKinds.RegionalChangePoints] = "前日比(幅)",
        [FactKinds.NikkeiTopixRatio] = "NT倍率",
        [FactKinds.NikkeiTopixDivergencePoints] = "日経平均とTOPIXの騰落率の差",
        [FactKinds.YenLevel] = "円相場(1ドル)",
        [FactKinds.YenChange] = "円相場の前日比",
        [FactKinds.YenChangePercent] = "円相場の前日比(率)",
        [FactKinds.YenWeaker] = "円安",
        [FactKinds.TopDriverRank] = "プラス寄与度の順位",
        [FactKinds.TopDraggerRank] = "マイナス寄与度の順位",
        [FactKinds.SectorContributionPoints] = "業種の寄与度",
        [FactKinds.MemberCount] = "価格のある構成銘柄数", // the members priced on both days, not the basket's 225
        [FactKinds.MemberUnpricedCount] = "価格のない構成銘柄数",
        [FactKinds.WeekChangePoints] = "週間変化幅",
        [FactKinds.MonthChangePoints] = "月間変化幅",
        [FactKinds.YearToDateChangePoints] = "年初来変化幅",
        [FactKinds.MonthlyChangePoints] = "月間変化幅",
        [FactKinds.MonthlyChangePercent] = "月間騰落率",
        [FactKinds.RecordMonthlyGainPoints] = "月間上げ幅の最大",
        [FactKinds.RecordMonthlyFallPoints] = "月間下げ幅の最大",
        [FactKinds.RecordMonthEndClose] = "月末終値の最高値",
        [FactKinds.YearEndClose] = "年末終値(大納会)",
        [FactKinds.YearChangePoints] = "年間変化幅",
        [FactKinds.YearChangePercent] = "年間騰落率",
        [FactKinds.RecordYearEndClose] = "年末終値の最高値",
        [FactKinds.HighestCloseInHeldHistory] = "保有データ内の終値の最高値",
        [FactKinds.LowestCloseInHeldHistory] = "保有データ内の終値の最安値",
        [WritingFactKinds.HistoryStart] = "保有データの開始日",
        [WritingFactKinds.MoveCount] = "続伸・続落の日数 / …日ぶり",
        [WritingFactKinds.IntradayExtremeChangePoints] = "取引時間中の最大変化幅",
        [WritingFactKinds.CloseBackAbove] = "回復した節目",
        [WritingFactKinds.CloseBackBelow] = "割り込んだ節目",
        [WritingFactKinds.SectorsHeld] = "業種数",
        [WritingFactKinds.SectorsUp] = "上昇業種数",
        [WritingFactKinds.SectorsDown] = "下落業種数",
    };

    /// <summary>The fact kind's label, or its id when none is kept.</summary>
    public static string Kind(string kind) => Kinds.GetValueOrDefault(kind, kind);

    /// <summary>True when every kind in the list has a Japanese label (a test keeps the table complete).</summary>
    public static bool HasKind(string kind) => Kinds.ContainsKey(kind);

    public static string Session(string session) => session switch
    {
        Sessions.Close => "大引け",
        Sessions.Morning => "前場",
        Sessions.Afternoon => "後場",
        Sessions.Intraday => "取引時間中",
        Sessions.Overnight => "前日の米国市場",
        Sessions.History => "過去",
        "open" => "寄り付き",
        _ => session,
    };

    /// <summary>The digest's sections (<see cref="Analytics.Day.DayDigest"/> keys).</summary>
    public static string DigestSection(string key) => key switch
    {
        Analytics.Day.DayDigest.IndexKey => "指数",
        Analytics.Day.DayDigest.DriversKey => "寄与度上位・下位の銘柄",
        Analytics.Day.DayDigest.SectorsKey => string.Create(CultureInfo.InvariantCulture,
            $"業種別騰落率の上位{Analytics.Day.DayDigest.SectorsEachWay}・下位{Analytics.Day.DayDigest.SectorsEachWay}"),
        Analytics.Day.DayDigest.MarketIndicesKey => "東証グロース市場250指数・東証プライム市場指数",
        Analytics.Day.DayDigest.RegionKey => "アジア・海外市場",
        Analytics.Day.DayDigest.YenKey => "円相場",
        _ => key,
    };

    /// <summary>The subject of a fact as a Japanese table shows it: a sector by its 33業種 name, a member by its short
    /// name and code (「SBG &lt;9984&gt;」), else the code and the given name.</summary>
    public static string Subject(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Kind.StartsWith("sector_", StringComparison.Ordinal) && JapaneseNames.Sector(fact.Subject) is { } sector)
        {
            return sector;
        }

        if (fact.Kind.StartsWith("sector17_", StringComparison.Ordinal)
            && Core.Market.JpxIndices.Topix17.FirstOrDefault(i => i.SectorCode == fact.Subject) is { } topix17)
        {
            return topix17.JapaneseName;
        }

        if (fact.Kind.StartsWith("member_", StringComparison.Ordinal) || fact.Kind == FactKinds.MemberContributionPoints)
        {
            return fact.Subject is null ? string.Empty : $"{JapaneseNames.Company(fact.Subject, null, fact.SubjectName)} <{fact.Subject}>";
        }

        return fact.Subject is null ? string.Empty : fact.SubjectName is null ? fact.Subject : $"{fact.Subject} {fact.SubjectName}";
    }

    public static string Index(string index) => JapaneseNames.Short(index);
}

/// <summary>The Japanese labels a day's JSON carries with `--lang ja` / `?lang=ja`: each kind, session and index present,
/// as id and label pairs (lists, not objects, so the JSON's key policy never rewrites an id such as N225); the facts
/// themselves stay as the contract has them.</summary>
public static class DayLabels
{
    public static DayLabelsJson Japanese(IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts as IReadOnlyCollection<Fact> ?? facts.ToList();
        static IReadOnlyList<LabelJson> Of(IEnumerable<string> ids, Func<string, string> label) =>
            ids.Distinct().Order(StringComparer.Ordinal).Select(id => new LabelJson(id, label(id))).ToList();
        return new DayLabelsJson(Of(list.Select(f => f.Kind), JapaneseLabels.Kind), Of(list.Select(f => f.Session), JapaneseLabels.Session),
            Of(list.Select(f => f.Index), JapaneseLabels.Index));
    }
}

/// <summary>Japanese labels of the kinds, sessions and index ids of a day's facts.</summary>
public sealed record DayLabelsJson(IReadOnlyList<LabelJson> Kinds, IReadOnlyList<LabelJson> Sessions, IReadOnlyList<LabelJson> Indices);

/// <summary>An id and its label.</summary>
public sealed record LabelJson(string Id, string Label);
