using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Core.Calendars;
using Kabuto.Core.Market;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Composing.Japanese;

/// <summary>What the Japanese wrap says beyond the shared input: the move word of the main and second index (read from
/// the daily bars before the date) and the members' Japanese names.</summary>
public sealed record JapaneseDay(
    WrapInput Input,
    Direction MainDirection,
    Direction? SecondDirection,
    IReadOnlyDictionary<string, string> MemberNames,
    JapaneseStyle Style);

/// <summary>Adds to the shared <see cref="WrapInput"/> what only the Japanese wrap states, as writer-made facts
/// (<see cref="WritingFactKinds"/>) so that each of its numbers is grounded like any other: the 続伸/反発 count, the
/// intraday round figure passed, a round level regained or lost, the count of sectors up and down. The direction
/// comes from the signs of the daily changes before the date (<see cref="JapaneseDirection"/>); a session that follows
/// missing trading days ends the count, as it ends the analytics streaks.</summary>
public static class JapaneseFacts
{
    public static JapaneseDay Gather(IMarketDataReader reader, WrapInput input, JapaneseStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(input);
        var settings = style ?? JapaneseStyle.Default;
        var (mainFacts, mainDirection) = WithDirection(reader, input.Main, input, settings);
        var main = input.Main with { Facts = [.. mainFacts, .. Intraday(input.Main, input.Session), .. LevelsCrossed(input.Main, input.Session), .. SectorCounts(input)] };
        SeriesDay? second = null;
        Direction? secondDirection = null;
        if (input.Second is { } day)
        {
            var (secondFacts, direction) = WithDirection(reader, day, input, settings);
            second = day with { Facts = secondFacts };
            secondDirection = direction;
        }

        var names = MemberNames(reader, main.Facts);
        var gathered = input with { Main = main, Second = second };
        return new JapaneseDay(gathered, mainDirection, secondDirection, names, settings);
    }

    /// <summary>The signs of the daily changes before <paramref name="date"/>, newest first (null for a change across
    /// missing trading days), at most <paramref name="sessions"/>.</summary>
    public static IReadOnlyList<int?> SignsBefore(IMarketDataReader reader, string series, DateOnly date, int sessions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var bars = reader.GetDailyBars(series, date.AddDays(-(sessions * 2) - 14), date.AddDays(-1));
        var signs = new List<int?>();
        var missing = SessionGaps.For(series, reader);
        for (var i = bars.Count - 1; i > 0 && signs.Count < sessions; i--)
        {
            signs.Add(missing?.Invoke(bars[i - 1].Date, bars[i].Date).Count > 0 ? null : Math.Sign(bars[i].Close - bars[i - 1].Close));
        }

        return signs;
    }

    private static (IReadOnlyList<Fact> Facts, Direction Direction) WithDirection(IMarketDataReader reader, SeriesDay day, WrapInput input, JapaneseStyle style)
    {
        var change = day.Facts.Find(FactKinds.ChangePoints, day.SeriesId, input.Session);
        if (change is null || day.Date != input.Date)
        {
            return (day.Facts, new Direction(MoveWord.Unchanged, null));
        }

        var before = SignsBefore(reader, day.SeriesId, day.Date, style.LookbackSessions);
        var direction = JapaneseDirection.Classify(Math.Sign(change.Value), before);
        if (direction.Count is not { } count || Subject(direction.Word) is not { } subject)
        {
            return (day.Facts, direction);
        }

        var bars = reader.GetDailyBars(day.SeriesId, day.Date.AddDays(-(style.LookbackSessions * 2) - 14), day.Date.AddDays(-1));
        // before[i] is the move of bars[^(i + 1)]: a run of N started on bars[^(N - 1)]; 「N日ぶり」 looks back to bars[^N].
        var since = direction.Word is MoveWord.ContinuedRise or MoveWord.ContinuedFall ? bars[^(count - 1)].Date : bars[^count].Date;
        var fact = new Fact(FactLookup.MakeId(day.SeriesId, day.Date, input.Session, WritingFactKinds.MoveCount, subject), WritingFactKinds.MoveCount,
            day.SeriesId, day.Date, input.Session, count, FactUnits.Days, [])
        { Subject = subject, ReferenceDate = since };
        return ([.. day.Facts, fact], direction);
    }

    private static string? Subject(MoveWord word) => word switch
    {
        MoveWord.ContinuedRise => "continued_rise",
        MoveWord.ContinuedFall => "continued_fall",
        MoveWord.Rebound => "rebound",
        MoveWord.Reversal => "reversal",
        _ => null,
    };

    /// <summary>「上げ幅は一時1500円を超えた」: the furthest intraday move in the day's direction and the round hundred it
    /// passed, when that hundred is beyond the close's own move.</summary>
    private static IEnumerable<Fact> Intraday(SeriesDay day, string session)
    {
        var index = day.SeriesId;
        var change = day.Facts.Find(FactKinds.ChangePoints, index, session);
        var previous = day.Facts.Find(FactKinds.PreviousClose, index, session);
        var extreme = change is null ? null : day.Facts.Find(change.Value >= 0 ? FactKinds.High : FactKinds.Low, index, session);
        if (change is null || previous is null || extreme is null || change.Value == 0)
        {
            yield break;
        }

        var move = Math.Abs(extreme.Value - previous.Value);
        var figure = Math.Floor(move / 100m) * 100m;
        if (figure < 100m || figure <= Math.Abs(change.Value) || move == figure)
        {
            yield break;
        }

        yield return new Fact(FactLookup.MakeId(index, day.Date, session, WritingFactKinds.IntradayExtremeChangePoints), WritingFactKinds.IntradayExtremeChangePoints,
            index, day.Date, session, move, FactUnits.Points,
            [new FactInput(index, day.Date, extreme.Kind, extreme.Value), new FactInput(index, previous.ReferenceDate ?? day.Date, "close", previous.Value)])
        { ReferenceValue = figure };
    }

    /// <summary>「節目の5万7000円を回復」: the highest round level the close went back above (the lowest it fell back
    /// below) from the previous close, when it is not a first crossing (those are analytics facts).</summary>
    private static IEnumerable<Fact> LevelsCrossed(SeriesDay day, string session)
    {
        var index = day.SeriesId;
        var close = day.Facts.Find(FactKinds.Close, index, session);
        var previous = day.Facts.Find(FactKinds.PreviousClose, index, session);
        if (close is null || previous is null || close.Value == previous.Value)
        {
            yield break;
        }

        var step = RoundLevels.StepFor(index, close.Value);
        var up = close.Value > previous.Value;
        var level = up ? Math.Floor(close.Value / step) * step : Math.Ceiling(close.Value / step) * step;
        var crossed = up ? level > previous.Value && level < close.Value : level < previous.Value && level > close.Value;
        // Not regained when never held before: a first crossing, or a level above the record close it beat.
        var first = day.Facts.Any(f => f.Kind is FactKinds.FirstCloseAbove or FactKinds.FirstCloseBelow && f.Session == session && f.ReferenceValue == level)
            || day.Facts.Any(f => f.Kind == FactKinds.RecordClose && f.Session == session && f.ReferenceValue < level);
        if (!crossed || first)
        {
            yield break;
        }

        var kind = up ? WritingFactKinds.CloseBackAbove : WritingFactKinds.CloseBackBelow;
        var subject = level.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        yield return new Fact(FactLookup.MakeId(index, day.Date, session, kind, subject), kind, index, day.Date, session, close.Value, FactUnits.Level,
            [new FactInput(index, day.Date, "close", close.Value), new FactInput(index, previous.ReferenceDate ?? day.Date, "close", previous.Value)])
        { Subject = subject, ReferenceValue = level };
    }

    /// <summary>The sectors with a change held, and how many of them rose and fell: the members' sectors of the main
    /// index (the gatherer adds the sector indices' counts to TOPIX's day itself).</summary>
    private static IReadOnlyList<Fact> SectorCounts(WrapInput input) =>
        input.SectorsFromIndices
            ? []
            : WritingFactKinds.SectorCounts(input.Main.SeriesId, input.Date, input.Session,
                input.Main.Facts.All(FactKinds.SectorChangePercent, input.Main.SeriesId, input.Session).ToList());

    private static Dictionary<string, string> MemberNames(IMarketDataReader reader, IReadOnlyList<Fact> facts)
    {
        var members = facts.Where(f => f.Kind == FactKinds.MemberContributionPoints && f.Subject is not null).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (members.Count == 0)
        {
            return names;
        }

        var japanese = reader.GetInstruments(members.Select(m => m.Subject!).Distinct().ToList()).ToDictionary(i => i.Code, i => i.NameJa, StringComparer.Ordinal);
        foreach (var member in members)
        {
            names[member.Subject!] = JapaneseNames.Company(member.Subject!, japanese.GetValueOrDefault(member.Subject!), member.SubjectName);
        }

        return names;
    }
}
