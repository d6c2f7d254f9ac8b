namespace Kabuto.Core.Market;

/// <summary>One stored membership period of a code in an index, as imported: valid from..to inclusive (to null =
/// still a member), with its price adjustment factor and where that factor comes from (e.g. "kabukabu:1", "fact",
/// "assumed 1"). A code whose factor changes during its membership has one row per factor.</summary>
public sealed record IndexMembershipRow(string IndexId, string Code, DateOnly From, DateOnly? To, decimal? Factor, string? FactorSource);

/// <summary>Read side of the stored index membership (the PAF table that <c>kabuto import</c> fills).</summary>
public interface IIndexMembershipReader
{
    /// <summary>Every membership row of the index, ordered by code then start date; empty when none is stored.</summary>
    IReadOnlyList<IndexMembershipRow> GetMembership(string indexId);
}
