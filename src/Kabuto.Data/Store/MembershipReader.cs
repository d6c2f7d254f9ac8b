using Kabuto.Core.Market;

namespace Kabuto.Data.Store;

/// <summary>Reads the index membership table of an open store (kept beside <see cref="MarketStore"/> so the
/// market reader's interface stays about prices).</summary>
public sealed class MembershipReader(MarketStore store) : IIndexMembershipReader
{
    public IReadOnlyList<IndexMembershipRow> GetMembership(string indexId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexId);
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT code, valid_from, valid_to, paf, paf_source FROM index_membership
            WHERE index_id = $i ORDER BY code, valid_from
            """;
        command.Parameters.AddWithValue("$i", indexId);
        using var reader = command.ExecuteReader();
        var rows = new List<IndexMembershipRow>();
        while (reader.Read())
        {
            rows.Add(new IndexMembershipRow(
                indexId,
                reader.GetString(0),
                MarketStore.ParseDate(reader.GetString(1)),
                reader.IsDBNull(2) ? null : MarketStore.ParseDate(reader.GetString(2)),
                reader.IsDBNull(3) ? null : (decimal)reader.GetDouble(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }
}
