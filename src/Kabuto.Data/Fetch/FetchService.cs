using Kabuto.Core.Errors;
using Kabuto.Data.Import;
using Kabuto.Data.Store;

namespace Kabuto.Data.Fetch;

/// <summary>One request of a run: planned, skipped (with the reason), fetched (with what the store took), unchanged
/// (the same answer was imported before), empty (nothing published yet), failed, or not_asked (after its source failed).</summary>
public sealed record FetchStepReport(string What, string Request, string Status, string? Reason, long RowsRead, long Accepted, long Quarantined, long Inserted);

/// <summary>One source of a run. Status: "ok", "failed" (Error is the one line), "not_configured" (NotReady says the
/// fix) or "planned" (a dry run).</summary>
public sealed record FetchSourceReport(string Source, string Status, string Needs, string? NotReady, IReadOnlyList<FetchStepReport> Steps, string? Error)
{
    public long Requests => Steps.LongCount(s => s.Status is "fetched" or "unchanged" or "empty");

    public long Skipped => Steps.LongCount(s => s.Status == "skipped");

    public long RowsRead => Steps.Sum(s => s.RowsRead);

    public long Accepted => Steps.Sum(s => s.Accepted);

    public long Quarantined => Steps.Sum(s => s.Quarantined);

    public long Inserted => Steps.Sum(s => s.Inserted);
}

public sealed record FetchReport(DateOnly From, DateOnly To, bool DryRun, IReadOnlyList<FetchSourceReport> Sources)
{
    public bool Failed => Sources.Any(s => s.Status == "failed");
}

/// <summary>The fetch use case: for each chosen source, plans what the store lacks in the range, asks for it and imports
/// every answer through <see cref="ImportService.ImportDocuments"/> (the file pipeline: checks, quarantine, precedence,
/// provenance); a step that stores its own answer (J-Quants' trading calendar) runs first and the source is planned again
/// after it. Each request (with all its pages) is its own transaction, so a run stopped or failed half-way keeps
/// what it finished and the next run resumes after it; a source stops at its first error (one line: the source, the
/// request without secrets, the fix) and the other sources go on.</summary>
public sealed class FetchService(IMarketStore store, IReadOnlyList<IFetchProvider> providers)
{
    public static IReadOnlyList<string> Names { get; } = [JQuantsProvider.SourceName, NikkeiProvider.SourceName, YahooProvider.SourceName, FredProvider.SourceName];

    public static IReadOnlyList<IFetchProvider> Providers(FetchSettings settings, FetchHttp http) =>
    [
        new JQuantsProvider(settings, http),
        new NikkeiProvider(settings, http),
        new YahooProvider(settings, http),
        new FredProvider(settings, http),
    ];

    /// <summary>What a run would ask for, without asking (--dry-run): every source named (all when none are), with
    /// what it needs.</summary>
    public FetchReport Plan(IReadOnlyList<string> sources, FetchRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var reports = Chosen(sources).Select(p => new FetchSourceReport(p.Name, p.NotReady is null ? "planned" : "not_configured", p.Needs, p.NotReady,
            p.Plan(range, store).Select(s => new FetchStepReport(s.What, s.Request, s.Skipped is null ? "planned" : "skipped", s.Skipped, 0, 0, 0, 0)).ToList(),
            null)).ToList();
        return new FetchReport(range.From, range.To, DryRun: true, reports);
    }

    public async Task<FetchReport> RunAsync(IReadOnlyList<string> sources, FetchRange range, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(range);
        var reports = new List<FetchSourceReport>();
        foreach (var provider in Chosen(sources))
        {
            if (provider.NotReady is { } notReady)
            {
                // Asked for by name, a source that cannot be asked is an error; left to "all configured", it is reported and passed over.
                var named = sources.Count > 0;
                reports.Add(new FetchSourceReport(provider.Name, named ? "failed" : "not_configured", provider.Needs, notReady, [],
                    named ? $"{provider.Name}: {notReady}" : null));
                continue;
            }

            reports.Add(await RunSource(provider, range, cancellation).ConfigureAwait(false));
        }

        return new FetchReport(range.From, range.To, DryRun: false, reports);
    }

    private async Task<FetchSourceReport> RunSource(IFetchProvider provider, FetchRange range, CancellationToken cancellation)
    {
        var steps = provider.Plan(range, store);
        var done = new List<FetchStepReport>(steps.Count);
        if (steps.FirstOrDefault(s => s.StoresItself is not null && s.Skipped is null) is { StoresItself: { } first } deciding)
        {
            // The exchange's calendar decides which days the other steps ask for: store it, then plan them again.
            try
            {
                done.Add(await first(cancellation).ConfigureAwait(false));
            }
            catch (Exception e) when (e is FetchException or UserInputException)
            {
                done.Add(new FetchStepReport(deciding.What, deciding.Request, "failed", e.Message, 0, 0, 0, 0));
                done.AddRange(steps.Where(s => s != deciding).Select(s => s.Skipped is not null
                    ? new FetchStepReport(s.What, s.Request, "skipped", s.Skipped, 0, 0, 0, 0)
                    : new FetchStepReport(s.What, s.Request, "not_asked", $"{provider.Name} stopped at its first error", 0, 0, 0, 0)));
                return new FetchSourceReport(provider.Name, "failed", provider.Needs, null, done, e.Message);
            }

            steps = provider.Plan(range, store).Where(s => s.StoresItself is null).ToList();
        }

        var start = done.Count;
        foreach (var step in steps)
        {
            if (step.Skipped is not null || step.Run is null)
            {
                done.Add(new FetchStepReport(step.What, step.Request, "skipped", step.Skipped, 0, 0, 0, 0));
                continue;
            }

            try
            {
                var documents = await step.Run(cancellation).ConfigureAwait(false);
                if (documents.Count == 0)
                {
                    done.Add(new FetchStepReport(step.What, step.Request, "empty", "nothing stored: no rows yet (not published, still publishing, or no session); the next run asks again", 0, 0, 0, 0));
                    continue;
                }

                var summary = new ImportService(store).ImportDocuments(documents);
                var t = summary.Totals;
                var status = t.FilesImported == 0 ? "unchanged" : "fetched";
                done.Add(new FetchStepReport(step.What, step.Request, status, null, t.RowsRead, t.Imported, t.Quarantined, t.Inserted));
            }
            catch (Exception e) when (e is FetchException or UserInputException)
            {
                done.Add(new FetchStepReport(step.What, step.Request, "failed", e.Message, 0, 0, 0, 0));
                done.AddRange(steps.Skip(done.Count - start).Select(s => s.Skipped is not null
                    ? new FetchStepReport(s.What, s.Request, "skipped", s.Skipped, 0, 0, 0, 0)
                    : new FetchStepReport(s.What, s.Request, "not_asked", $"{provider.Name} stopped at its first error", 0, 0, 0, 0)));
                return new FetchSourceReport(provider.Name, "failed", provider.Needs, null, done, e.Message);
            }
        }

        return new FetchSourceReport(provider.Name, "ok", provider.Needs, null, done, null);
    }

    private IEnumerable<IFetchProvider> Chosen(IReadOnlyList<string> sources)
    {
        if (sources is null || sources.Count == 0)
        {
            return providers;
        }

        foreach (var name in sources.Where(n => !providers.Any(p => string.Equals(p.Name, n, StringComparison.OrdinalIgnoreCase))))
        {
            throw Fail.Input("source", null, "source", name, "is not a source", $"use one or more of: {string.Join(", ", providers.Select(p => p.Name))}");
        }

        return providers.Where(p => sources.Contains(p.Name, StringComparer.OrdinalIgnoreCase));
    }
}
