using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Planning;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Composing.Japanese;

/// <summary>The Japanese wrap (大引け and 前引け editions) from the same gathered facts and the same story plan as the
/// English one: headline (truncated figures), lede with the move word and its count, the comparison basis by the
/// calendar, records and round levels, the intraday range, 寄与度, sectors, breadth, TOPIX, Wall Street and the yen.
/// No causes, no quotes: a section whose facts are missing is left out (shared/docs/japanese-style.md).</summary>
public static class JapaneseComposer
{
    public static Article Compose(JapaneseDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var input = day.Input;
        var index = input.Main.SeriesId;
        var edition = input.Edition == WrapEdition.Midday ? "midday" : "close";
        var change = input.Main.Facts.Find(FactKinds.ChangePercent, index, input.Session);
        var points = input.Main.Facts.Find(FactKinds.ChangePoints, index, input.Session);
        var close = input.Main.Facts.Find(FactKinds.Close, index, input.Session);
        if ((change is null || points is null) && close is not null && AcrossGap.Since(input.Main.Facts, index, input.Session) is { } since)
        {
            return Finish(day, edition, JapaneseNotices.AfterMissingSessions(day, close, since));
        }

        if (change is null || points is null || close is null)
        {
            return Finish(day, edition, JapaneseNotices.NoSessionData(day));
        }

        var stories = StoryPlanner.Plan(input.Main.Facts, index, input.Second?.Facts, input.Second?.SeriesId, input.Session);
        var headline = Headline(day, stories[0], change, points, close);
        var lede = new List<Paragraph> { Lede(day, change, points, close) };
        lede.AddRange(new[] { Records(day, stories), Intraday(day, close) }.OfType<Paragraph>());
        if (JapaneseSections.Second(day) is { } second)
        {
            lede.Add(second);
        }

        if (JapaneseSections.Growth250(day) is { } growth)
        {
            lede.Add(growth);
        }

        var body = new List<Section?>
        {
            new(SectionKind.Lede, null, lede),
            JapaneseSections.Drivers(day),
            JapaneseSections.Sectors(day),
            JapaneseSections.WallStreet(day),
            JapaneseSections.Currency(day),
        };
        return Finish(day, edition, (headline, body.OfType<Section>().ToList()));
    }

    private static Article Finish(JapaneseDay day, string edition, (Paragraph Headline, IReadOnlyList<Section> Body) parts)
    {
        var input = day.Input;
        var cited = parts.Body.SelectMany(s => s.Paragraphs).Prepend(parts.Headline).SelectMany(p => p.Runs).OfType<NumberRun>()
            .Select(n => n.FactId).ToHashSet(StringComparer.Ordinal);
        var facts = input.Main.Facts.Concat(input.AllFacts.Where(f => cited.Contains(f.Id))).DistinctBy(f => f.Id).ToList();
        return new Article(input.Market.Id, input.Date, edition, parts.Headline, parts.Body, facts) { Language = ArticleLanguage.Japanese };
    }

    /// <summary>The move word with its size and count: 「大幅に3日続伸」, 「3日ぶりに急反発」, 「小幅反落」, 「上昇」.</summary>
    public static string MoveWords(Direction direction, MoveSize size, string? count)
    {
        ArgumentNullException.ThrowIfNull(direction);
        var (stem, sharp) = direction.Word switch
        {
            MoveWord.ContinuedRise => ("続伸", "大幅"),
            MoveWord.ContinuedFall => ("続落", "大幅"),
            MoveWord.Rebound => ("反発", "急"),
            MoveWord.Reversal => ("反落", "急"),
            MoveWord.Rise => ("上昇", "大幅に"),
            MoveWord.Fall => ("下落", "大幅に"),
            _ => ("変わらず", string.Empty),
        };
        if (direction.Word == MoveWord.Unchanged)
        {
            return stem;
        }

        var prefix = size switch
        {
            MoveSize.Small => direction.Word is MoveWord.Rise or MoveWord.Fall ? "小幅に" : "小幅",
            MoveSize.Large => direction.Word is MoveWord.Rise or MoveWord.Fall ? "大幅に" : "大幅",
            MoveSize.Sharp => sharp,
            _ => string.Empty,
        };
        if (count is null)
        {
            return prefix + stem;
        }

        // The count sits between the size and the word: 「大幅に3日続伸」, 「3日ぶりに急反発」.
        return direction.Word is MoveWord.ContinuedRise or MoveWord.ContinuedFall
            ? (prefix.Length == 0 ? string.Empty : prefix + "に") + count + "日" + stem
            : count + "日ぶりに" + prefix + stem;
    }

    /// <summary>The move words into a paragraph, the count printed from its fact (a 「N日ぶり」 of 2 is plain 反発).</summary>
    internal static ParagraphBuilder Move(this ParagraphBuilder p, JapaneseDay day, SeriesDay series, Direction direction, Fact change)
    {
        var count = series.Facts.FirstOrDefault(f => f.Kind == WritingFactKinds.MoveCount && f.Session == day.Input.Session && f.Index == series.SeriesId);
        var counted = count is not null && (direction.Word is MoveWord.ContinuedRise or MoveWord.ContinuedFall || count.Value >= 3);
        var text = MoveWords(direction, day.Style.Size(change.Value), counted ? "\u0001" : null);
        if (!counted)
        {
            return p.Text(text);
        }

        var at = text.IndexOf('\u0001', StringComparison.Ordinal);
        return p.Text(text[..at]).Count(count!).Text(text[(at + 1)..]);
    }

    private static Paragraph Headline(JapaneseDay day, Story lead, Fact change, Fact points, Fact close)
    {
        var input = day.Input;
        var name = JapaneseNames.Short(input.Main.SeriesId);
        var p = new ParagraphBuilder().Text(input.Edition == WrapEdition.Midday ? $"前引けの{name}は" : $"{name}は");
        p.Move(day, input.Main, day.MainDirection, change).Text("、");
        if (points.Value != 0)
        {
            p.YenTruncated(points, day.Style).Text(points.Value > 0 ? "高の" : "安の");
        }

        p.YenTruncated(close, day.Style);
        Tail(p, day, lead);
        return p.Build();
    }

    /// <summary>The lead story after an ideographic space: 「終値で初の5万7000円台」, 「最高値を更新」, 「下げ幅は1965年以降で最大」.</summary>
    private static void Tail(ParagraphBuilder p, JapaneseDay day, Story lead)
    {
        var input = day.Input;
        switch (lead.Kind)
        {
            case StoryKind.FirstCloseAbove when HighestLevel(input, FactKinds.FirstCloseAbove) is { } level:
                p.Text(input.Edition == WrapEdition.Midday ? "\u3000前引けで初の" : "\u3000終値で初の").Level(level, day.Style).Text("円台");
                break;
            case StoryKind.FirstCloseBelow:
                p.Text("\u3000終値で初の").Level(lead.Fact, day.Style).Text("円割れ");
                break;
            case StoryKind.RecordClose:
                p.Text(input.Edition == WrapEdition.Midday ? "\u3000前引けで最高値を上回る" : "\u3000最高値を更新");
                break;
            case StoryKind.RecordIntradayHigh:
                p.Text("\u3000取引時間中の最高値を更新");
                break;
            case StoryKind.FirstPrintAbove:
                p.Text("\u3000一時初の").Level(lead.Fact, day.Style).Text("円台");
                break;
            case StoryKind.RecordStreak:
                p.Text("\u3000").Count(lead.Fact).Text("日連続で最高値");
                break;
            case StoryKind.TopRankedMove when lead.Fact.Value == 1 && RankStart(input, lead.Fact) is var (fact, from):
                p.Text("\u3000").Text(RankWhat(lead.Fact)).Text("は")
                    .Printed(fact, from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), from.Year).Text("年以降で最大");
                break;
            default:
                break;
        }
    }

    /// <summary>Where a ranking's history starts: the rank's own reference date, else the first date held.</summary>
    private static (Fact Fact, DateOnly From)? RankStart(WrapInput input, Fact rank) =>
        rank.ReferenceDate is { } own ? (rank, own)
        : input.Main.Facts.Find(WritingFactKinds.HistoryStart, input.Main.SeriesId, Sessions.History) is { ReferenceDate: { } first } start ? (start, first)
        : null;

    private static string RankWhat(Fact rank) => rank.Kind switch
    {
        FactKinds.RankGainPoints => "上げ幅",
        FactKinds.RankGainPercent => "上昇率",
        FactKinds.RankFallPoints => "下げ幅",
        _ => "下落率",
    };

    internal static Fact? HighestLevel(WrapInput input, string kind) =>
        input.Main.Facts.All(kind, input.Main.SeriesId, input.Session).MaxBy(f => f.ReferenceValue ?? 0m);

    /// <summary>「10日の東京株式市場で日経平均株価は大幅に3日続伸し、前日比1286円60銭(2.28%)高の5万7650円54銭で取引を
    /// 終えた。」 (前引け: 「10日午前の…で前場の取引を終えた」).</summary>
    private static Paragraph Lede(JapaneseDay day, Fact change, Fact points, Fact close)
    {
        var input = day.Input;
        var midday = input.Edition == WrapEdition.Midday;
        var p = new ParagraphBuilder().Date(close, input.Date, input.Date)
            .Text(midday ? "午前の東京株式市場で" : "の東京株式市場で").Text(JapaneseNames.Full(input.Main.SeriesId)).Text("は");
        if (points.Value == 0)
        {
            p.Text(Basis(input, points)).Text("変わらずの").Yen(close, day.Style);
        }
        else
        {
            p.Move(day, input.Main, day.MainDirection, change).Text("し、").Text(Basis(input, points))
                .Yen(points, day.Style).Text("(").Percent(change).Text(points.Value > 0 ? ")高の" : ")安の").Yen(close, day.Style);
        }

        return p.Text(midday ? "で前場の取引を終えた。" : "で取引を終えた。").Build();
    }

    /// <summary>前日比 / 前週末比 / 前営業日比, from the previous close's date and the calendar.</summary>
    internal static string Basis(WrapInput input, Fact points) =>
        points.ReferenceDate is { } previous ? JapaneseDirection.Basis(input.Date, previous) : "前日比";

    /// <summary>Records and round levels: 「終値ベースの最高値を更新し、初の5万7000円台に乗せた。これまでの最高値は9日の
    /// 5万6363円94銭だった。」, 「節目の5万7000円を回復した。」, 「2024年7月11日以来の高値となった。」, the rank of the move.</summary>
    private static Paragraph? Records(JapaneseDay day, IReadOnlyList<Story> stories)
    {
        var input = day.Input;
        var facts = input.Main.Facts;
        var index = input.Main.SeriesId;
        var session = input.Session;
        var style = day.Style;
        var p = new ParagraphBuilder();
        var record = facts.Find(FactKinds.RecordClose, index, session);
        var firstAbove = HighestLevel(input, FactKinds.FirstCloseAbove);
        var at = input.Edition == WrapEdition.Midday ? "前引けで" : "終値で";
        if (record is not null)
        {
            var midday = input.Edition == WrapEdition.Midday;
            if (firstAbove is not null)
            {
                p.Text(midday ? "前引けの水準は終値ベースの最高値を上回り" : "終値ベースの最高値を更新し").Text("、初の").Level(firstAbove, style).Text("円台に乗せた。");
            }
            else
            {
                p.Text(midday ? "前引けの水準は終値ベースの最高値を上回った。" : "終値ベースの最高値を更新した。");
            }

            p.Text("これまでの最高値は").Date(record, record.ReferenceDate ?? input.Date, input.Date).Text("の").YenReference(record, style).Text("だった。");
            if (facts.Find(FactKinds.RecordCloseStreak, index, session) is { Value: >= 2 } streak)
            {
                p.Text("最高値の更新は").Count(streak).Text("日連続。");
            }
        }
        else if (firstAbove is not null)
        {
            p.Text(at).Text("初めて").Level(firstAbove, style).Text("円台に乗せた。");
        }
        else if (facts.Find(FactKinds.HighestCloseInHeldHistory, index, session) is { ReferenceDate: { } heldFrom } held)
        {
            p.Text("保有するデータ(").Date(held, heldFrom, input.Date).Text("以降)では終値の最高値となった。");
        }

        if (HighestLevel(input, FactKinds.FirstCloseBelow) is { } below)
        {
            p.Text(at).Text("初めて").Level(below, style).Text("円を下回った。");
        }

        if (facts.Find(WritingFactKinds.CloseBackAbove, index, session) is { } regained)
        {
            p.Text("節目の").Level(regained, style).Text("円を回復した。");
        }
        else if (facts.Find(WritingFactKinds.CloseBackBelow, index, session) is { } lost)
        {
            p.Text("節目の").Level(lost, style).Text("円を割り込んだ。");
        }

        if (record is null && facts.Find(FactKinds.HighestCloseSince, index, session) is { ReferenceDate: { } highSince } higher)
        {
            p.Date(higher, highSince, input.Date).Text("以来の高値水準となった。");
        }
        else if (facts.Find(FactKinds.LowestCloseSince, index, session) is { ReferenceDate: { } lowSince } lower)
        {
            p.Date(lower, lowSince, input.Date).Text("以来の安値水準となった。");
        }

        if (stories.FirstOrDefault(s => s.Kind is StoryKind.TopRankedMove or StoryKind.RankedMove) is { } ranked)
        {
            p.Text(RankWhat(ranked.Fact)).Text("は");
            if (RankStart(input, ranked.Fact) is var (startFact, from))
            {
                p.Text("保有するデータの").Date(startFact, from, input.Date).Text("以降で");
            }

            if (ranked.Fact.Value == 1)
            {
                p.Text("最大となった。");
            }
            else
            {
                p.Count(ranked.Fact).Text("番目の大きさとなった。");
            }
        }

        return p.IsEmpty ? null : p.Build();
    }

    /// <summary>「上げ幅は一時1500円を超え、5万7960円19銭まで上昇する場面があった。」, the close at the day's high or low
    /// (高値引け / 安値引け), a record intraday high, a move below (above) the previous close during the session.</summary>
    private static Paragraph? Intraday(JapaneseDay day, Fact close)
    {
        var input = day.Input;
        var facts = input.Main.Facts;
        var index = input.Main.SeriesId;
        var session = input.Session;
        var high = facts.Find(FactKinds.High, index, session);
        var low = facts.Find(FactKinds.Low, index, session);
        var previous = facts.Find(FactKinds.PreviousClose, index, session);
        var change = facts.Find(FactKinds.ChangePoints, index, session);
        if (high is null || low is null || previous is null || change is null || change.Value == 0)
        {
            return null;
        }

        var up = change.Value > 0;
        var extreme = up ? high : low;
        var p = new ParagraphBuilder();
        if (facts.Find(WritingFactKinds.IntradayExtremeChangePoints, index, session) is { ReferenceValue: not null } wide)
        {
            p.Text(up ? "上げ幅は一時" : "下げ幅は一時").Level(wide, day.Style).Text("円を超え、").Yen(extreme, day.Style)
                .Text(up ? "まで上昇する場面があった。" : "まで下落する場面があった。");
        }
        else if (extreme.Value != close.Value)
        {
            p.Text("一時").Yen(extreme, day.Style).Text(up ? "まで上昇する場面があった。" : "まで下落する場面があった。");
        }

        if (close.Value == high.Value && high.Value != low.Value)
        {
            p.Text(input.Edition == WrapEdition.Midday ? "前場の高値で取引を終えた。" : "この日の高値で取引を終えた(高値引け)。");
        }
        else if (close.Value == low.Value && high.Value != low.Value)
        {
            p.Text(input.Edition == WrapEdition.Midday ? "前場の安値で取引を終えた。" : "この日の安値で取引を終えた(安値引け)。");
        }

        var recordHigh = facts.Find(FactKinds.RecordIntradayHigh, index, session);
        if (recordHigh is not null)
        {
            // On a down day the record was set above the previous close, so it also says the index was higher at one point.
            p.Text(up ? "取引時間中の史上最高値(" : "一時は取引時間中の史上最高値(").Yen(recordHigh, day.Style).Text(up ? ")も更新した。" : ")を更新する場面もあった。");
        }

        if (up && low.Value < previous.Value)
        {
            p.Text("一時はマイナス圏に沈む場面もあった。");
        }
        else if (!up && high.Value > previous.Value && recordHigh is null)
        {
            p.Text("一時はプラス圏に浮上する場面もあった。");
        }

        return p.IsEmpty ? null : p.Build();
    }
}
