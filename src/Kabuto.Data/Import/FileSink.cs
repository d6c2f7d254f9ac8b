using Kabuto.Core.Market;
using Kabuto.Data.Quality;
using Kabuto.Data.Store;

namespace Kabuto.Data.Import;

/// <summary>The sink of one file: member prices, instruments and ticks go straight to the store; daily bars are held
/// until the file is read so the quality checks can see each row's neighbours.</summary>
internal sealed class FileSink(IStoreWriter writer, long importId, SourceFile file, int rank) : IRowSink
{
    private readonly List<PendingBar> _bars = [];
    private readonly List<Finding> _findings = [];
    private readonly HashSet<int> _quarantinedLines = [];
    private string[]? _lines;
    private int _lastLine = -1;
    private bool _hasMembers;

    public long RowsRead { get; private set; }

    public long Quarantined => _quarantinedLines.Count;

    public IReadOnlyList<PendingBar> Bars => _bars;

    public IReadOnlyList<Finding> Findings => _findings;

    public SortedSet<string> Series { get; } = new(StringComparer.Ordinal);

    public void Bar(int line, string seriesId, DailyBar bar)
    {
        Read(line);
        var decimals = SeriesCatalog.Decimals(seriesId);
        _bars.Add(new PendingBar(line, seriesId, new DailyBar(bar.Date, Round(bar.Open, decimals), Round(bar.High, decimals),
            Round(bar.Low, decimals), Math.Round(bar.Close, decimals, MidpointRounding.AwayFromZero), bar.Volume)));
    }

    public void Member(int line, MemberBar bar)
    {
        Read(line);
        if (QualityChecks.ImpossibleValue(bar.Open, bar.High, bar.Low, bar.Close, bar.Volume) is { } impossible)
        {
            Quarantine(line, RawLine(line), Rules.ImpossibleValue, impossible.Value, $"{bar.Code}: {impossible.Reason}");
            return;
        }

        if (bar.High is { } h && bar.Low is { } l && (bar.Close > h || bar.Close < l))
        {
            Quarantine(line, RawLine(line), Rules.CloseOutsideRange, bar.Close.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"close {bar.Close} of {bar.Code} is outside low {l} .. high {h}");
            return;
        }

        if (!_hasMembers)
        {
            _hasMembers = Series.Add("members");
        }

        writer.AddMember(importId, file.Source, rank, line, bar);
    }

    public void Instrument(int line, Instrument instrument)
    {
        Read(line);
        Series.Add("instruments");
        writer.AddInstrument(importId, file.Source, rank, line, instrument);
    }

    public void Membership(int line, MembershipRow row)
    {
        Read(line);
        Series.Add($"membership:{row.IndexId}");
        writer.AddMembership(importId, line, row);
    }

    public void Tick(int line, in TickRow tick)
    {
        Read(line);
        writer.AddTick(importId, line, tick);
    }

    public void SessionLevel(int line, PublishedSessionLevel level)
    {
        Read(line);
        Series.Add($"session_levels:{level.SeriesId}");
        writer.AddSessionLevel(importId, line, level);
    }

    public void Reject(int line, string raw, string rule, string? value, string reason)
    {
        Read(line);
        Quarantine(line, raw, rule, value, reason);
    }

    public void Note(int line, string rule, string? value, string message) => NoteOn(file.Source, line, rule, value, message);

    private void NoteOn(string source, int line, string rule, string? value, string message)
    {
        _findings.Add(new Finding(source, line, rule, value, message, Quarantined: false));
        writer.AddFinding(importId, source, line, rule, value, message);
    }

    /// <summary>A finding already written to the store (possibly about a row of another file, a source already held),
    /// listed with this file's findings.</summary>
    public void Noted(Finding finding) => _findings.Add(finding);

    /// <summary>Quarantines a row the checks rejected after it had been read as valid.</summary>
    public void Quarantine(int line, string rule, string? value, string reason) => Quarantine(line, RawLine(line), rule, value, reason);

    public string RawLine(int line)
    {
        _lines ??= file.Lines().Select(l => l.Text).ToArray();
        return line >= 1 && line <= _lines.Length ? _lines[line - 1] : string.Empty;
    }

    private void Quarantine(int line, string raw, string rule, string? value, string reason)
    {
        if (!_quarantinedLines.Add(line))
        {
            return;
        }

        _findings.Add(new Finding(file.Source, line, rule, value, reason, Quarantined: true));
        writer.AddQuarantine(importId, file.Source, line, raw, rule, value, reason);
    }

    private void Read(int line)
    {
        if (line != _lastLine)
        {
            RowsRead++;
            _lastLine = line;
        }
    }

    private static decimal? Round(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}
