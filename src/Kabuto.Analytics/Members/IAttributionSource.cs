using Kabuto.Core.Indexing;

namespace Kabuto.Analytics.Members;

/// <summary>A move of an index split by member, over one interval of its member prices (a trading day; a week for
/// weekly member data such as the 2011 Dow).</summary>
public sealed record MemberMove(string Index, DateOnly From, DateOnly To, Attribution Attribution)
{
    /// <summary>Where each member's factor came from (derived, announced, calibrated, assumed) when the weights are
    /// not all official; empty when they are (a definition file).</summary>
    public IReadOnlyDictionary<string, string> FactorProvenance { get; init; } = new Dictionary<string, string>();

    /// <summary>The basket's members without a close on either day, so without points: their share of the move is in
    /// the residual, and "the biggest" of the others is the biggest of the members held, not of the index.</summary>
    public IReadOnlyList<string> Unpriced { get; init; } = [];
}

/// <summary>Where member attributions come from (the engine, from a definition and member prices). The facts only
/// read them, so index mathematics lives in one place.</summary>
public interface IAttributionSource
{
    /// <summary>The attribution of <paramref name="index"/>'s move into <paramref name="date"/>, or null when no member
    /// prices cover that date.</summary>
    MemberMove? MoveInto(string index, DateOnly date);
}
