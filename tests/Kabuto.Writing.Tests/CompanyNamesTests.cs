using System.Text.RegularExpressions;
using Kabuto.Analytics.Shadow;
using Kabuto.TestSupport;
using Kabuto.Analytics.Members;
using Xunit.Abstractions;

namespace Kabuto.Writing.Tests;

public sealed partial class CompanyNamesTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("ADVANTEST CORPORATION", "Advantest")]
    [InlineData("SoftBank Group Corp.", "SoftBank Group")]
    [InlineData("Tokyo Electron Limited", "Tokyo Electron")]
    [InlineData("CHUGAI PHARMACEUTICAL CO.,LTD.", "Chugai Pharmaceutical")]
    [InlineData("FAST RETAILING CO.,LTD.", "Fast Retailing")]
    [InlineData("SONY GROUP CORPORATION", "Sony Group")]
    [InlineData("Mitsubishi UFJ Financial Group,Inc.", "Mitsubishi UFJ Financial Group")]
    [InlineData("The Japan Steel Works,Ltd.", "Japan Steel Works")]
    [InlineData("Lasertec Corporation", "Lasertec")]
    [InlineData("SUMITOMO CORPORATION (SUMITOMO SHOJI KAISHA,LTD.)", "Sumitomo Corp")]
    [InlineData("Mitsubishi Corporation", "Mitsubishi Corp")]
    [InlineData("SoftBank Corp. (shares of preferred stock)", "SoftBank Corp")]
    [InlineData("MITSUI & CO.,LTD.", "Mitsui & Co")]
    [InlineData("Shionogi & Co.,Ltd.", "Shionogi & Co")]
    [InlineData("Seven & i Holdings Co.,Ltd.", "Seven & i Holdings")]
    [InlineData("MS&AD Insurance Group Holdings,Inc.", "MS&AD Insurance Group Holdings")]
    [InlineData("ANA HOLDINGS INC.", "ANA Holdings")]
    [InlineData("NEC Corporation", "NEC")]
    [InlineData("TDK Corporation", "TDK")]
    [InlineData("IHI Corporation", "IHI")]
    [InlineData("KDDI CORPORATION", "KDDI")]
    [InlineData("JFE Holdings,Inc.", "JFE Holdings")]
    [InlineData("SCREEN Holdings Co.,Ltd.", "Screen Holdings")]
    [InlineData("TOTO LTD.", "TOTO")]
    [InlineData("AGC Inc.", "AGC")]
    [InlineData("ENEOS Holdings,Inc.", "ENEOS Holdings")]
    [InlineData("ZOZO,Inc.", "ZOZO")]
    [InlineData("DMG MORI CO., LTD.", "DMG Mori")]
    [InlineData("SBI Holdings,Inc.", "SBI Holdings")]
    [InlineData("NIPPON TELEGRAPH AND TELEPHONE CORPORATION", "NTT")]
    [InlineData("TOKYO GAS CO.,LTD.", "Tokyo Gas")]
    [InlineData("Kirin Holdings Company,Limited", "Kirin Holdings")]
    [InlineData("Nippon Yusen Kabushiki Kaisha", "Nippon Yusen")]
    [InlineData("Kawasaki Kisen Kaisha,Ltd.", "Kawasaki Kisen")]
    [InlineData("Mitsui O.S.K.Lines,Ltd.", "Mitsui O.S.K. Lines")]
    [InlineData("J.FRONT RETAILING Co.,Ltd.", "J. Front Retailing")]
    [InlineData("Shin-Etsu Chemical Co.,Ltd.", "Shin-Etsu Chemical")]
    [InlineData("TOHO CO.,LTD", "Toho")]
    [InlineData("Resona Holdings, Inc.", "Resona Holdings")]
    [InlineData("The Kansai Electric Power Company,Incorporated", "Kansai Electric Power")]
    [InlineData("Trend Micro Incorporated", "Trend Micro")]
    [InlineData("LY Corporation", "LY Corp")]
    [InlineData("M3,Inc.", "M3 Inc")]
    [InlineData("DeNA Co.,Ltd.", "DeNA")]
    [InlineData("NGK INSULATORS,LTD.", "NGK Insulators")]
    [InlineData("SONY", "Sony")]
    [InlineData("BP Castrol K.K.", "BP Castrol")]
    [InlineData("Tokyo Electric Power Company Holdings,Incorporated", "Tokyo Electric Power Co Holdings")]
    public void Short_RegisteredName_IsTheWireName(string registered, string expected) =>
        Assert.Equal(expected, CompanyNames.Short(registered));

    /// <summary>The golden test: every name of the real member table, shortened, carries no legal form, no
    /// parenthesis, no stray punctuation and no capitalised word that is not an acronym or a kept brand.</summary>
    [Fact]
    public void Short_EveryRealMemberName_ReadsLikeAWireName()
    {
        if (SharedData.Require("derived/nikkei225-members.csv") is not { } path)
        {
            return;
        }

        var members = NikkeiMembersCsv.Read(path).Members;
        var problems = new List<string>();
        foreach (var member in members)
        {
            var name = CompanyNames.Short(member.Name);
            output.WriteLine($"{member.Code} {name}");
            if (Registry().IsMatch(name) || LongCapitals().Matches(name).Any(m => !CompanyNames.KeepCapitals.Contains(m.Value))
                || name.EndsWith('.') || name.EndsWith(',') || name.StartsWith("The ", StringComparison.Ordinal))
            {
                problems.Add($"{member.Code} {member.Name} -> {name}");
            }
        }

        Assert.True(members.Count >= 220);
        Assert.Empty(problems);
    }

    [Fact]
    public void Short_EveryRealMemberName_IsUniqueAmongMembers()
    {
        if (SharedData.Require("derived/nikkei225-members.csv") is not { } path)
        {
            return;
        }

        var duplicates = NikkeiMembersCsv.Read(path).Members.GroupBy(m => CompanyNames.Short(m.Name)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("Advantest", "6857")]
    [InlineData("SoftBank Group", "9984")]
    [InlineData("SoftBank Corp", "9434")]
    [InlineData("Tokyo Electron", "8035")]
    [InlineData("Tokyo Electron Ltd", "8035")]
    [InlineData("Lasertec", "6920")]
    [InlineData("Sony", "6758")]
    [InlineData("Toyota", "7203")]
    [InlineData("Mitsubishi UFJ", "8306")]
    [InlineData("Mitsubishi Heavy", "7011")]
    [InlineData("Chugai", "4519")]
    [InlineData("Japan Steel Works", "5631")]
    [InlineData("NTT", "9432")]
    public void Resolve_ArticleMention_FindsTheOneMember(string mention, string code)
    {
        var found = CompanyNames.Resolve(mention, Members, m => m.Name);

        Assert.Equal(code, Assert.Single(found).Code);
    }

    [Theory]
    [InlineData("Mitsubishi")]
    [InlineData("SoftBank")]
    public void Resolve_BareGroupName_IsAmbiguous(string mention)
    {
        var found = CompanyNames.Resolve(mention, Members, m => m.Name);

        Assert.True(found.Count > 1);
    }

    [Fact]
    public void Resolve_UnknownName_FindsNothing() =>
        Assert.Empty(CompanyNames.Resolve("Nvidia", Members, m => m.Name));

    private static readonly (string Code, string Name)[] Members =
    [
        ("6857", "ADVANTEST CORPORATION"), ("9984", "SoftBank Group Corp."), ("9434", "SoftBank Corp. (shares of preferred stock)"),
        ("8035", "Tokyo Electron Limited"), ("9501", "Tokyo Electric Power Company Holdings,Incorporated"), ("6920", "Lasertec Corporation"),
        ("6758", "SONY GROUP CORPORATION"), ("7203", "TOYOTA MOTOR CORPORATION"), ("8015", "TOYOTA TSUSHO CORPORATION"),
        ("8306", "Mitsubishi UFJ Financial Group,Inc."), ("7011", "Mitsubishi Heavy Industries,Ltd."), ("8058", "Mitsubishi Corporation"),
        ("6503", "Mitsubishi Electric Corporation"), ("4519", "CHUGAI PHARMACEUTICAL CO.,LTD."), ("5631", "The Japan Steel Works,Ltd."),
        ("9432", "NIPPON TELEGRAPH AND TELEPHONE CORPORATION"),
    ];

    [GeneratedRegex(@"CORPORATION|Corporation|\bCorp\.|CO\.,\s?LTD|Co\.,\s?Ltd|,\s?Inc|\bInc\.|\bLtd|\bLTD|Limited|LIMITED|Company|COMPANY|K\.K\.|Kaisha|\(|\)")]
    private static partial Regex Registry();

    [GeneratedRegex(@"\b[A-Z]{4,}\b")]
    private static partial Regex LongCapitals();
}
