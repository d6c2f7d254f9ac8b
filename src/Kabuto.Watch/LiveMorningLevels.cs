using System.Data.Common;
using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Kabuto.Data.Import.Formats;
using Kabuto.Data.Store;
using Kabuto.Live.UseCases;

namespace Kabuto.Watch;

/// <summary>A live feed's 11:30 levels into the store (docs/watch.md, ADR 0016). Each index's morning-close snapshot
/// that rests on a tick of the morning (<see cref="LiveLevel.IsMorningClose"/>) is written to session_levels as the
/// feed's own outlet row (morning_close, 11:30, two decimals, source e.g. "kabu STATION push 101@1"), imported like a
/// fetched answer: one transaction, provenance in imports, the same level again "unchanged". The outlet is part of the
/// row's key, so a level held from another outlet (Yahoo's minute bars, an imported 前引け figure) is never replaced;
/// the midday writer picks among them (<c>MorningSessionFacts.Pick</c>).</summary>
/// <param name="outlets">Series id → outlet name, for the feed's indices that Kabuto writes about.</param>
public sealed class LiveMorningLevels(string databasePath, IReadOnlyDictionary<string, string> outlets, Uri feedUrl, TimeProvider clock, Action<string> say)
{
    private readonly Dictionary<DateOnly, (HashSet<string> Done, TaskCompletionSource Task)> _days = [];
    private bool _stopped;

    /// <summary>Completes once every index of the feed has had its 11:30 snapshot on <paramref name="day"/> (written,
    /// or passed over because the feed saw no tick of the morning), or when the feed has stopped.</summary>
    public Task Written(DateOnly day)
    {
        lock (_days)
        {
            return Day(day).Task.Task;
        }
    }

    /// <summary>The feed has stopped: nothing more will be written, so no one waits for it.</summary>
    public void Stopped()
    {
        lock (_days)
        {
            foreach (var (_, task) in _days.Values)
            {
                task.TrySetResult();
            }

            _stopped = true;
        }
    }

    /// <summary>Every level the feed publishes passes here (on the engine's thread); the 11:30 snapshots are written.
    /// The write happens once per index at the lunch break, when the feed is silent.</summary>
    public void OnLevel(LiveLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        if (!level.Kind.Split('+').Contains("morning_close") || !outlets.TryGetValue(level.Index, out var outlet))
        {
            return;
        }

        var day = DateOnly.FromDateTime(level.Time.DateTime);
        if (level.IsMorningClose)
        {
            Write(day, level, outlet);
        }
        else
        {
            say(string.Create(CultureInfo.InvariantCulture,
                $"{outlet}: no 11:30 level of {level.Index} on {day:yyyy-MM-dd}: the feed saw no tick of the morning session"));
        }

        lock (_days)
        {
            var (done, task) = Day(day);
            done.Add(level.Index);
            if (done.IsSupersetOf(outlets.Keys))
            {
                task.TrySetResult();
            }
        }
    }

    private void Write(DateOnly day, LiveLevel level, string outlet)
    {
        var row = new PublishedSessionLevel(level.Index, day, PublishedSessions.MorningClose, TimeOnly.FromDateTime(level.Time.DateTime),
            level.Level, null, null, 2, outlet, null);
        var document = new FetchedDocument($"{outlet.Replace(' ', '-')}/{level.Index}/{day:yyyy-MM-dd}/morning_close", feedUrl.ToString(),
            "live-feed", new SessionLevelsImporter(), "levels.csv", SessionLevelsImporter.Document([row]), clock.GetUtcNow());
        var said = string.Create(CultureInfo.InvariantCulture, $"{outlet}: {level.Index} at 11:30 on {day:yyyy-MM-dd} was {level.Level:N2}");
        try
        {
            using var store = MarketStore.Open(databasePath);
            var result = new ImportService(store).ImportDocuments([document]).Totals;
            say($"{said}, {(result.FilesImported == 0 ? "already held" : "written to the store (session_levels)")}");
        }
        catch (Exception e) when (e is UserInputException or DbException or IOException)
        {
            // The feed goes on; the midday edition then says the level is not held.
            say($"{said}, NOT written to the store: {e.Message}");
        }
    }

    private (HashSet<string> Done, TaskCompletionSource Task) Day(DateOnly day)
    {
        if (!_days.TryGetValue(day, out var entry))
        {
            entry = (new HashSet<string>(StringComparer.Ordinal), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            if (_stopped)
            {
                entry.Task.TrySetResult();
            }

            _days[day] = entry;
        }

        return entry;
    }
}
