using Kabuto.Analytics.Shadow;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests.Shadow;

public class StoredNikkeiMembershipTests
{
    private static readonly DateOnly TableStart = new(2026, 3, 16);
    private static readonly DateOnly Review = new(2026, 4, 1);
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal) { ["6857"] = "ADVANTEST" };

    [Fact]
    public void Create_StoredRowsAroundReview_ReadsLikeTheMemberFile()
    {
        IndexMembershipRow[] rows =
        [
            Row("6857", TableStart, Review.AddDays(-1), 8m, "fact+kabukabu:9"),
            Row("6857", Review, null, 7.2m, "fact+kabukabu:9"),
            Row("6674", TableStart, Review.AddDays(-1), 1m, "assumed 1"),
            Row("285A", Review, null, 0.7m, "fact"),
            Row("1605", TableStart, null, 0.4m, "kabukabu:1"),
        ];

        var membership = StoredNikkeiMembership.Create(rows, Names);

        Assert.Equal(Review, membership.Review);
        Assert.Equal(
            [
                ("6857", "ADVANTEST", (DateOnly?)null, (DateOnly?)null, 8m, 7.2m, FactorProvenance.Announced),
                ("6674", "6674", null, Review.AddDays(-1), 1m, 1m, FactorProvenance.Assumed),
                ("285A", "285A", Review, null, 0.7m, 0.7m, FactorProvenance.Announced),
                ("1605", "1605", null, null, 0.4m, 0.4m, FactorProvenance.Derived),
            ],
            membership.Members.Select(m => (m.Code, m.Name, m.From, m.Until, m.Factor, m.FactorFromReview, m.Provenance)));
    }

    [Fact]
    public void Create_RowWithoutFactor_AssumesOne()
    {
        var membership = StoredNikkeiMembership.Create([Row("6857", TableStart, null, null, "kabukabu:1")], Names);

        Assert.Equal((1m, FactorProvenance.Assumed), (membership.Members[0].Factor, membership.Members[0].Provenance));
    }

    [Fact]
    public void Create_FactorsChangingOnTwoDates_FailsAsUserError()
    {
        IndexMembershipRow[] rows =
        [
            Row("6857", TableStart, Review.AddDays(-1), 8m, "fact"),
            Row("6857", Review, null, 7.2m, "fact"),
            Row("1605", TableStart, Review, 0.4m, "kabukabu:1"),
            Row("1605", Review.AddDays(1), null, 0.5m, "kabukabu:1"),
        ];

        Assert.Throws<UserInputException>(() => StoredNikkeiMembership.Create(rows, Names));
    }

    [Fact]
    public void Load_NothingStored_FailsAskingToImportTheMemberTable()
    {
        var error = Assert.Throws<UserInputException>(() => StoredNikkeiMembership.Load(new NoMembership(), new InMemoryMarketData()));

        Assert.Contains("kabuto import", error.Message, StringComparison.Ordinal);
    }

    private static IndexMembershipRow Row(string code, DateOnly from, DateOnly? to, decimal? factor, string source) =>
        new(IndexIds.N225, code, from, to, factor, source);

    private sealed class NoMembership : IIndexMembershipReader
    {
        public IReadOnlyList<IndexMembershipRow> GetMembership(string indexId) => [];
    }
}
