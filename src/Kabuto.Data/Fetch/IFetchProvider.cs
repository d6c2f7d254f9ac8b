using Kabuto.Data.Import;
using Kabuto.Data.Store;

namespace Kabuto.Data.Fetch;

/// <summary>One source behind an API (J-Quants, Nikkei, Yahoo, FRED). A provider plans the requests the store needs
/// (only what it lacks, per series and date) and turns each answer into documents a reader reads; the fetch use case
/// imports them through the same pipeline as files (docs/fetch.md).</summary>
public interface IFetchProvider
{
    /// <summary>"jquants", "nikkei", "yahoo", "fred": the name the CLI takes.</summary>
    string Name { get; }

    /// <summary>What the source needs to be asked, in words (a key, a plan, nothing).</summary>
    string Needs { get; }

    /// <summary>Null when the source can be asked; otherwise why not and the fix (e.g. no API key).</summary>
    string? NotReady { get; }

    /// <summary>The requests the range needs, given what the store holds; a request the source cannot serve (the plan
    /// excludes it, too old) is a step with <see cref="FetchStep.Skipped"/> set, never sent.</summary>
    IReadOnlyList<FetchStep> Plan(FetchRange range, IMarketStore store);
}

/// <summary>The dates asked for (inclusive) and today in Tokyo.</summary>
public sealed record FetchRange(DateOnly From, DateOnly To, DateOnly Today);

/// <summary>One request of a provider (all its pages): what it is for, the request without secrets, and how to run it.
/// A skipped step carries the reason and is never run.</summary>
public sealed record FetchStep(string Source, string What, string Request, string? Skipped, Func<CancellationToken, Task<IReadOnlyList<FetchedDocument>>>? Run)
{
    /// <summary>A step whose answer is not read as a file but stored by the step itself (the exchange's calendar), which
    /// reports what it stored. It runs before the source's other steps, which are then planned again: it decides their days.</summary>
    public Func<CancellationToken, Task<FetchStepReport>>? StoresItself { get; init; }

    public static FetchStep Skip(string source, string what, string request, string reason) => new(source, what, request, reason, null);
}
