using Kabuto.Analytics.Shadow;
using Kabuto.Core.Errors;

namespace Kabuto.Analytics.Tests.Shadow;

public class NikkeiMembersCsvTests
{
    private const string Header = "code,name_en,membership,has_prices,paf_estimate,paf_from_2026_04_01,paf_source,note";

    [Fact]
    public void Parse_ReviewColumns_ReadsMembershipFactorsAndReviewDate()
    {
        var text = $"""
            {Header}
            6857,ADVANTEST,both,yes,8.0,7.2,fact+kabukabu:9,
            6674,GS Yuasa,until 2026-03-31,yes,1.0,1.0,assumed 1,
            285A,Kioxia,from 2026-04-01,no,0.7,0.7,fact,"note, with comma"
            """;

        var membership = NikkeiMembersCsv.Parse(new StringReader(text), "members.csv");

        Assert.Equal(new DateOnly(2026, 4, 1), membership.Review);
        Assert.Equal(
            [("6857", 8m, 7.2m, FactorProvenance.Announced), ("6674", 1m, 1m, FactorProvenance.Assumed), ("285A", 0.7m, 0.7m, FactorProvenance.Announced)],
            membership.Members.Select(m => (m.Code, m.Factor, m.FactorFromReview, m.Provenance)));
        Assert.False(membership.Members[1].IsMemberOn(membership.Review));
    }

    [Fact]
    public void Parse_UnknownProvenance_FailsNamingTheLine()
    {
        var text = $"{Header}\n1332,Nissui,both,yes,1.0,1.0,guess,\n";

        var error = Assert.Throws<UserInputException>(() => NikkeiMembersCsv.Parse(new StringReader(text), "members.csv"));

        Assert.StartsWith("members.csv:2: paf_source 'guess'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RealMemberTable_Has228MembersAnd70Assumed()
    {
        var path = Kabuto.TestSupport.SharedData.Require("derived/nikkei225-members.csv");
        if (path is null)
        {
            return;
        }

        var membership = NikkeiMembersCsv.Read(path);

        Assert.Equal(228, membership.Members.Count);
        Assert.Equal(70, membership.Members.Count(m => m.Provenance == FactorProvenance.Assumed));
    }
}
