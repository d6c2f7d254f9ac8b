using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>Published session levels: index levels at a moment of a Tokyo session as outlets printed them, one row
/// per (date, index, session, time, outlet). Recognised by its exact header, whatever the file is called.</summary>
public sealed class SessionLevelsImporter : IFormatImporter
{
    public const string Header = "date,index,session,time_jst,level,change_points,change_pct,decimals,source,url";

    private const int Columns = 10;
    private const int MaxDecimals = 4;
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm"];

    public string Format => "session-levels";

    /// <summary>Levels a program observed (a live feed's 11:30 level) as a document of this format, to be imported
    /// like a fetched answer.</summary>
    public static string Document(IEnumerable<PublishedSessionLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var text = new Fetch.DocumentText(Header);
        string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
        foreach (var l in levels)
        {
            text.Row(l.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.SeriesId, l.Session, l.TimeJst.ToString("HH:mm", CultureInfo.InvariantCulture),
                Number(l.Level), Number(l.ChangePoints), Number(l.ChangePct), l.Decimals.ToString(CultureInfo.InvariantCulture), l.Source, l.Url);
        }

        return text.ToString();
    }

    public bool Detect(FileSample sample) =>
        string.Equals(ImporterHelpers.First(sample).Trim(), Header, StringComparison.OrdinalIgnoreCase);

    public void Read(SourceFile file, IRowSink sink)
    {
        var firstLine = new Dictionary<(string, DateOnly, string, TimeOnly, string), int>();
        var f = new List<string>(Columns);
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1 || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            Csv.Split(text, f);
            if (f.Count != Columns)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(CultureInfo.InvariantCulture),
                    $"has {f.Count} fields, the header has {Columns} (quote a source or url that contains a comma)");
                continue;
            }

            if (Level(sink, number, text, f) is not { } level)
            {
                continue;
            }

            var key = (level.SeriesId, level.Date, level.Session, level.TimeJst, level.Source);
            if (firstLine.TryGetValue(key, out var first))
            {
                sink.Reject(number, text, Rules.Duplicate, $"{level.SeriesId} {f[0]} {level.Session} {MarketTime(level.TimeJst)}",
                    $"repeats {level.SeriesId} {f[0]} {level.Session} {MarketTime(level.TimeJst)} from '{level.Source}' of line {first}");
                continue;
            }

            firstLine[key] = number;
            sink.SessionLevel(number, level);
        }
    }

    /// <summary>The row as a level, or null with the row rejected naming the first bad field.</summary>
    private static PublishedSessionLevel? Level(IRowSink sink, int line, string raw, List<string> f)
    {
        if (!ImporterHelpers.Date(sink, line, raw, f[0], out var date))
        {
            return null;
        }

        var index = f[1];
        if (!IndexIds.IsKnown(index))
        {
            sink.Reject(line, raw, Rules.UnknownSymbol, index, $"index '{index}' is not a known index id (one of {string.Join(", ", IndexIds.All)})");
            return null;
        }

        var session = f[2];
        if (!PublishedSessions.IsKnown(session))
        {
            sink.Reject(line, raw, Rules.BadValue, session,
                $"session '{session}' is not '{PublishedSessions.MorningClose}' or '{PublishedSessions.Intraday}'");
            return null;
        }

        if (Time(sink, line, raw, f[3], session) is not { } time)
        {
            return null;
        }

        if (f[4].Length == 0)
        {
            sink.Reject(line, raw, Rules.MissingValue, null, "level is missing");
            return null;
        }

        if (!Parse.TryDecimal(f[4], out var level) || level <= 0)
        {
            sink.Reject(line, raw, Rules.BadValue, f[4], $"level '{f[4]}' is not a positive number");
            return null;
        }

        if (!ImporterHelpers.Optional(sink, line, raw, f, 5, "change_points", out var points)
            || !ImporterHelpers.Optional(sink, line, raw, f, 6, "change_pct", out var pct))
        {
            return null;
        }

        if (!int.TryParse(f[7], NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) || decimals > MaxDecimals)
        {
            sink.Reject(line, raw, Rules.BadValue, f[7], $"decimals '{f[7]}' is not a whole number from 0 to {MaxDecimals}");
            return null;
        }

        if (level.Scale > decimals)
        {
            sink.Reject(line, raw, Rules.BadValue, f[4], $"level {f[4]} has {level.Scale} decimals but the row says the source printed {decimals}");
            return null;
        }

        if (f[8].Length == 0)
        {
            sink.Reject(line, raw, Rules.MissingValue, null, "source (the outlet that printed the level) is missing");
            return null;
        }

        return new PublishedSessionLevel(index, date, session, time, level, points, pct, decimals, f[8], f[9].Length == 0 ? null : f[9]);
    }

    /// <summary>HH:MM; a morning close is the 11:30 level, so a blank time means 11:30 and any other time is an error.</summary>
    private static TimeOnly? Time(IRowSink sink, int line, string raw, string text, string session)
    {
        var morningClose = session == PublishedSessions.MorningClose;
        if (text.Length == 0 && morningClose)
        {
            return PublishedSessions.MorningCloseJst;
        }

        if (!TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            sink.Reject(line, raw, Rules.BadValue, text, $"time_jst '{text}' is not a time of day HH:MM");
            return null;
        }

        if (morningClose && time != PublishedSessions.MorningCloseJst)
        {
            sink.Reject(line, raw, Rules.BadValue, text,
                $"time_jst {text} is not {MarketTime(PublishedSessions.MorningCloseJst)}, the morning close (use session '{PublishedSessions.Intraday}')");
            return null;
        }

        return time;
    }

    private static string MarketTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
