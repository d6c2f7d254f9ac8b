using Kabuto.Analytics.Day;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Composing.Japanese;

/// <summary>The Japanese wrap's paragraphs after the lede; each is null when its facts are missing.</summary>
internal static class JapaneseSections
{
    /// <summary>「東証株価指数(TOPIX)も3日続伸し、前日比71.71ポイント(1.90%)高の3855.28で終えた。終値ベースの最高値を
    /// 更新した。」 (も when it moved as the Nikkei did, は otherwise).</summary>
    public static Paragraph? Second(JapaneseDay day)
    {
        var input = day.Input;
        if (input.Second is not { } second || day.SecondDirection is not { } direction || second.Date != input.Date)
        {
            return null;
        }

        var index = second.SeriesId;
        var change = second.Facts.Find(FactKinds.ChangePercent, index, input.Session);
        var points = second.Facts.Find(FactKinds.ChangePoints, index, input.Session);
        var close = second.Facts.Find(FactKinds.Close, index, input.Session);
        if (close is null)
        {
            return null;
        }

        var p = new ParagraphBuilder();
        if (change is null || points is null)
        {
            if (AcrossGap.Since(second.Facts, index, input.Session) is not { } since)
            {
                return null;
            }

            // No close held for a session in between: the change since the last one held is not the day's move.
            p.Text(JapaneseNames.Full(index)).Text("の終値は").Decimal2(close, day.Style).Text("だった。");
            return JapaneseNotices.SinceLastHeld(p, day, second.Facts, since).Build();
        }

        var particle = direction.Word == day.MainDirection.Word ? "も" : "は";
        p.Text(JapaneseNames.Full(index)).Text(particle);
        if (points.Value == 0)
        {
            p.Text(JapaneseComposer.Basis(input, points)).Text("変わらずの").Decimal2(close, day.Style);
        }
        else
        {
            p.Move(day, second, direction, change).Text("し、").Text(JapaneseComposer.Basis(input, points))
                .Decimal2(points, day.Style).Text("ポイント(").Percent(change).Text(points.Value > 0 ? ")高の" : ")安の").Decimal2(close, day.Style);
        }

        p.Text(input.Edition == WrapEdition.Midday ? "で前場を終えた。" : "で終えた。");
        if (second.Facts.Find(FactKinds.RecordClose, index, input.Session) is { } record)
        {
            p.Text("終値ベースの最高値を更新した(これまでは").Date(record, record.ReferenceDate ?? input.Date, input.Date).Text("の")
                .Printed(record, JapaneseNumbers.Decimal2(record.ReferenceValue ?? record.Value, day.Style.PadAfterMan), record.ReferenceValue ?? record.Value).Text(")。");
        }
        else if (second.Facts.Find(FactKinds.HighestCloseInHeldHistory, index, input.Session) is { ReferenceDate: { } from } held)
        {
            p.Text("保有するデータ(").Date(held, from, input.Date).Text("以降)では終値の最高値となった。");
        }

        if (second.Facts.All(FactKinds.FirstCloseAbove, index, input.Session).MaxBy(f => f.ReferenceValue ?? 0m) is { } above)
        {
            p.Text("終値で初めて").Level(above, day.Style).Text("ポイント台に乗せた。");
        }

        return p.Build();
    }

    /// <summary>「東証グロース市場250指数は前日比3.64ポイント(0.54%)安の676.48で終えた。」 when its day's move is held
    /// (shared/docs/japanese-style.md, 7); nothing otherwise.</summary>
    public static Paragraph? Growth250(JapaneseDay day)
    {
        var input = day.Input;
        if (input.Growth250 is not { } growth || growth.Date != input.Date
            || growth.Facts.Find(FactKinds.ChangePercent, growth.SeriesId, Sessions.Close) is not { } change
            || growth.Facts.Find(FactKinds.ChangePoints, growth.SeriesId, Sessions.Close) is not { } points
            || growth.Facts.Find(FactKinds.Close, growth.SeriesId, Sessions.Close) is not { } close)
        {
            return null;
        }

        var p = new ParagraphBuilder().Text(JapaneseNames.Full(growth.SeriesId)).Text("は").Text(JapaneseComposer.Basis(input, points));
        if (points.Value == 0)
        {
            p.Text("変わらずの");
        }
        else
        {
            p.Decimal2(points, day.Style).Text("ポイント(").Percent(change).Text(points.Value > 0 ? ")高の" : ")安の");
        }

        return p.Decimal2(close, day.Style).Text("で終えた。").Build();
    }

    /// <summary>寄与度, the direction of the day first: 「日経平均プラス寄与度トップはSBG &lt;9984&gt;で、日経平均を363.27円押し上げた。
    /// 次いで東エレク &lt;8035&gt;が89.37円、アドテスト &lt;6857&gt;が85.48円と続いた。」 then the マイナス block (first on a down day).</summary>
    public static Section? Drivers(JapaneseDay day)
    {
        var input = day.Input;
        var index = input.Main.SeriesId;
        var contributions = input.Main.Facts.All(FactKinds.MemberContributionPoints, index, input.Session).ToList();
        if (contributions.Count == 0)
        {
            return null;
        }

        var rising = (input.Main.Facts.Find(FactKinds.ChangePoints, index, input.Session)?.Value ?? contributions.Sum(c => c.Value)) >= 0;
        var plus = Largest(contributions.Where(c => c.Value > 0));
        var minus = Largest(contributions.Where(c => c.Value < 0));
        // Without every member's price the top is the top of the members held, and the first block says so.
        var held = input.Main.Facts.MembersHeldWhenSomeAreNot(index, input.Session);
        List<Paragraph> blocks = [.. (rising
            ? new[] { Plus(day, plus, held), Minus(day, minus, plus.Count == 0 ? held : null) }
            : [Minus(day, minus, held), Plus(day, plus, minus.Count == 0 ? held : null)]).OfType<Paragraph>()];

        return blocks.Count == 0 ? null : new Section(SectionKind.Drivers, null, blocks);
    }

    private static List<Fact> Largest(IEnumerable<Fact> members) =>
        members.OrderByDescending(c => Math.Abs(c.Value)).ThenBy(c => c.Subject, StringComparer.Ordinal).Take(3).ToList();

    private static Paragraph? Plus(JapaneseDay day, IReadOnlyList<Fact> members, Fact? held)
    {
        if (members.Count == 0)
        {
            return null;
        }

        var p = AmongHeld(held).Text("日経平均プラス寄与度トップは").Text(Member(day, members[0])).Text("で、日経平均を")
            .Decimal2(members[0], day.Style).Text("円押し上げた。");
        return Followers(day, p, members, "と続いた。").Build();
    }

    private static Paragraph? Minus(JapaneseDay day, IReadOnlyList<Fact> members, Fact? held)
    {
        if (members.Count == 0)
        {
            return null;
        }

        var p = AmongHeld(held).Text("マイナス寄与度は").Decimal2(members[0], day.Style).Text("円の押し下げで")
            .Text(Member(day, members[0])).Text("がトップ。");
        return Followers(day, p, members, "と並んだ。").Build();
    }

    /// <summary>「価格を保有する198銘柄のうち、」 when members' prices are missing, else nothing.</summary>
    private static ParagraphBuilder AmongHeld(Fact? held) =>
        held is null ? new ParagraphBuilder() : new ParagraphBuilder().Text("価格を保有する").Count(held).Text("銘柄のうち、");

    private static ParagraphBuilder Followers(JapaneseDay day, ParagraphBuilder p, IReadOnlyList<Fact> members, string ending)
    {
        if (members.Count < 2)
        {
            return p;
        }

        p.Text(ending == "と続いた。" ? "次いで" : "以下、");
        for (var i = 1; i < members.Count; i++)
        {
            p.Text(i > 1 ? "、" : string.Empty).Text(Member(day, members[i])).Text("が").Decimal2(members[i], day.Style).Text("円");
        }

        return p.Text(ending);
    }

    /// <summary>「SBG &lt;9984&gt;」: the short name and the code.</summary>
    private static string Member(JapaneseDay day, Fact member)
    {
        var code = member.Subject ?? string.Empty;
        var name = day.MemberNames.TryGetValue(code, out var known) ? known : JapaneseNames.Company(code, null, member.SubjectName);
        return $"{name} <{code}>";
    }

    /// <summary>「日経平均の構成銘柄を東証33業種別にみると、31業種中27業種が上昇し、下落は…の4業種だった。値上がり率トップは
    /// 情報・通信(7.37%)で、以下、不動産(5.97%)、非鉄金属(5.41%)と続いた。」, then the members' breadth. The figures are the
    /// TSE's sector indices when held (「東証33業種別株価指数でみると」), else the members' moves as weighted in the index,
    /// and the text says which.</summary>
    public static Section? Sectors(JapaneseDay day)
    {
        var input = day.Input;
        var fromIndices = input.SectorsFromIndices;
        var index = fromIndices ? input.Second!.SeriesId : input.Main.SeriesId;
        var facts = fromIndices ? input.Second!.Facts : input.Main.Facts;
        var paragraphs = new List<Paragraph>();
        var sectors = facts.All(FactKinds.SectorChangePercent, index, input.Session)
            .OrderByDescending(f => f.Value).ThenBy(f => f.Subject, StringComparer.Ordinal).ToList();
        if (sectors.Count >= 2 && facts.Find(WritingFactKinds.SectorsHeld, index, input.Session) is { } held
            && facts.Find(WritingFactKinds.SectorsUp, index, input.Session) is { } up
            && facts.Find(WritingFactKinds.SectorsDown, index, input.Session) is { } down)
        {
            var p = new ParagraphBuilder();
            if (fromIndices)
            {
                p.Text("東証33業種別株価指数でみると、");
            }
            else
            {
                p.Text("日経平均の構成銘柄");
                if (facts.MembersHeldWhenSomeAreNot(index, input.Session) is { } members)
                {
                    p.Text("(価格を保有する").Count(members).Text("銘柄)");
                }

                p.Text("を東証33業種に分け、指数での加重で騰落率をみると、");
            }

            p.Count(held).Text("業種中");
            if (up.Value == held.Value)
            {
                p.Text("全業種が上昇した。");
            }
            else if (down.Value == held.Value)
            {
                p.Text("全業種が下落した。");
            }
            else
            {
                p.Count(up).Text("業種が上昇し、").Count(down).Text("業種が下落した。");
            }

            var rising = sectors.Where(s => s.Value > 0).Take(3).ToList();
            if (rising.Count > 0)
            {
                p.Text("値上がり率トップは").Text(SectorName(rising[0])).Text("(").Percent(rising[0]).Text(")");
                if (rising.Count > 1)
                {
                    p.Text("で、以下、");
                    for (var i = 1; i < rising.Count; i++)
                    {
                        p.Text(i > 1 ? "、" : string.Empty).Text(SectorName(rising[i])).Text("(").Percent(rising[i]).Text(")");
                    }

                    p.Text("と続いた。");
                }
            }

            var falling = sectors.Where(s => s.Value < 0).Reverse().Take(3).ToList();
            if (rising.Count == 1)
            {
                p.Text(falling.Count > 0 ? "で、" : "だった。");
            }

            if (falling.Count > 0)
            {
                p.Text("値下がり率トップは").Text(SectorName(falling[0])).Text("(").Percent(falling[0]).Text(")だった。");
            }

            paragraphs.Add(p.Build());
        }

        if (Breadth(day) is { } breadth)
        {
            paragraphs.Add(breadth);
        }

        if (PrimeBreadth(input) is { } prime)
        {
            paragraphs.Add(prime);
        }

        return paragraphs.Count == 0 ? null : new Section(SectionKind.Sectors, null, paragraphs);
    }

    /// <summary>「東証プライムの売買代金は2兆6190億円だった。東証プライムの値上がり銘柄数は1234、値下がりは345、変わらずは56だった。」
    /// (every issue's bars, TOPIX's day; turnover truncated to 億円, not 概算: it is the sum of the day's bars); either
    /// sentence alone when only its facts are held.</summary>
    private static Paragraph? PrimeBreadth(WrapInput input)
    {
        var p = new ParagraphBuilder();
        if (input.PrimeTurnover is { } turnover)
        {
            var oku = decimal.Truncate(Math.Abs(turnover.Value) / JapaneseNumbers.Oku) * JapaneseNumbers.Oku;
            p.Text("東証プライムの売買代金は").Printed(turnover, JapaneseNumbers.Amount(turnover.Value, JapaneseNumbers.Oku) + "円", oku).Text("だった。");
        }

        if (input.PrimeBreadth is var (up, down, flat))
        {
            p.Text("東証プライムの値上がり銘柄数は").Count(up).Text("、値下がりは").Count(down).Text("、変わらずは").Count(flat).Text("だった。");
        }

        return p.IsEmpty ? null : p.Build();
    }

    private static string SectorName(Fact sector) => JapaneseNames.Sector(sector.Subject) ?? sector.SubjectName ?? sector.Subject ?? "業種不明";

    /// <summary>「日経平均の構成銘柄(価格を保有する199銘柄)では値上がり155、値下がり41、変わらず3だった。」</summary>
    private static Paragraph? Breadth(JapaneseDay day)
    {
        var input = day.Input;
        var index = input.Main.SeriesId;
        var facts = input.Main.Facts;
        if (facts.Find(FactKinds.Advancers, index, input.Session) is not { } advancers
            || facts.Find(FactKinds.Decliners, index, input.Session) is not { } decliners)
        {
            return null;
        }

        var p = new ParagraphBuilder().Text("日経平均の構成銘柄");
        if (facts.Find(FactKinds.MemberCount, index, input.Session) is { } count)
        {
            p.Text("(価格を保有する").Count(count).Text("銘柄)");
        }

        p.Text("では値上がり").Count(advancers).Text("、値下がり").Count(decliners);
        if (facts.Find(FactKinds.Unchanged, index, input.Session) is { } unchanged)
        {
            p.Text("、変わらず").Count(unchanged);
        }

        return p.Text("だった。").Build();
    }

    /// <summary>「9日の米国市場では、NYダウが20ドル20セント(0.04%)高の5万0135ドル87セントと最高値を更新した。S&amp;P500種株価指数は
    /// 32.52ポイント(0.47%)高の6964.82、ナスダック総合株価指数は207.46ポイント(0.90%)高の2万3238.67で終えた。」</summary>
    public static Section? WallStreet(JapaneseDay day)
    {
        var input = day.Input;
        var lines = input.WallStreet.Where(HasMove)
            .OrderBy(d => d.SeriesId == IndexIds.Djia ? 0 : d.SeriesId == IndexIds.Spx ? 1 : 2).ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var p = new ParagraphBuilder().Date(lines[0].Facts.Find(FactKinds.Close, lines[0].SeriesId)!, lines[0].Date, input.Date).Text("の米国市場では、");
        for (var i = 0; i < lines.Count; i++)
        {
            UsLine(p.Text(i == 0 ? string.Empty : "、"), day, lines[i]);
        }

        return new Section(SectionKind.WallStreet, null, [p.Text("だった。").Build()]);
    }

    private static bool HasMove(SeriesDay us) =>
        us.Facts.Find(FactKinds.Close, us.SeriesId) is not null && us.Facts.Find(FactKinds.ChangePoints, us.SeriesId) is not null
        && us.Facts.Find(FactKinds.ChangePercent, us.SeriesId) is not null;

    private static void UsLine(ParagraphBuilder p, JapaneseDay day, SeriesDay us)
    {
        var index = us.SeriesId;
        var close = us.Facts.Find(FactKinds.Close, index)!;
        var points = us.Facts.Find(FactKinds.ChangePoints, index)!;
        var change = us.Facts.Find(FactKinds.ChangePercent, index)!;
        var dow = index == IndexIds.Djia;
        p.Text(JapaneseNames.Full(index)).Text("は");
        if (points.Value == 0)
        {
            p.Text("変わらずの");
        }
        else
        {
            if (dow)
            {
                p.Dollars(points, day.Style);
            }
            else
            {
                p.Decimal2(points, day.Style).Text("ポイント");
            }

            p.Text("(").Percent(change).Text(points.Value > 0 ? ")高の" : ")安の");
        }

        if (dow)
        {
            p.Dollars(close, day.Style);
        }
        else
        {
            p.Decimal2(close, day.Style);
        }

        if (us.Facts.Find(FactKinds.RecordClose, index) is not null)
        {
            p.Text("(終値ベースの最高値)");
        }
    }

    /// <summary>「円相場は1ドル=155円57銭で、前日(9日)の156円60銭から1円03銭の円高・ドル安となった。」</summary>
    public static Section? Currency(JapaneseDay day)
    {
        var input = day.Input;
        if (input.Yen is not { } yen || (yen.Facts.Find(FactKinds.YenLevel, yen.SeriesId) ?? yen.Facts.Find(FactKinds.Close, yen.SeriesId)) is not { } level)
        {
            return null;
        }

        var p = new ParagraphBuilder();
        if (yen.Date != input.Date)
        {
            p.Date(level, yen.Date, input.Date).Text("の");
        }

        p.Text("円相場は1ドル=").Yen(level, day.Style);
        var change = yen.Facts.Find(FactKinds.YenChange, yen.SeriesId) ?? yen.Facts.Find(FactKinds.ChangePoints, yen.SeriesId);
        if (change is { ReferenceValue: not null, Value: not 0 })
        {
            p.Text("で、");
            if (change.ReferenceDate is { } prior)
            {
                p.Date(change, prior, input.Date).Text("の");
            }

            p.YenReference(change, day.Style).Text("から").YenMove(change, day.Style)
                .Text(change.Value < 0 ? "の円高・ドル安となった。" : "の円安・ドル高となった。");
        }
        else
        {
            p.Text("だった。");
        }

        return new Section(SectionKind.Currency, null, [p.Build()]);
    }
}
