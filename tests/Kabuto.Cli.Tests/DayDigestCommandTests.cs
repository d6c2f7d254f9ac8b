namespace Kabuto.Cli.Tests;

/// <summary>`kabuto day tokyo 2026-03-18` (a day with 225 members' prices) on the whole store: a digest by default,
/// every fact with --all.</summary>
[Collection(FullStoreCollection.Name)]
public sealed class DayDigestCommandTests(FullStore store)
{
    [Fact]
    public void Day_MemberDay_PrintsADigestNotEveryMember()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("day", "tokyo", "2026-03-18", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        var lines = output.Split('\n');
        Assert.InRange(lines.Length, 40, 200);
        Assert.Contains("Drivers", output, StringComparison.Ordinal);
        Assert.Contains("ADVANTEST", output, StringComparison.Ordinal);
        Assert.Contains("CHUGAI", output, StringComparison.Ordinal);
        Assert.Contains("Metal Products", output, StringComparison.Ordinal);
        Assert.Contains("regional_change_pct", output, StringComparison.Ordinal);
        Assert.Contains("usdjpy_level", output, StringComparison.Ordinal);
        Assert.Contains("TOPIX", output, StringComparison.Ordinal);
        Assert.DoesNotContain("member_close", output, StringComparison.Ordinal);
        Assert.Equal(6, lines.Count(l => l.Contains("sector_rank", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.Contains(" contribution_points ", StringComparison.Ordinal)));
        Assert.Contains("--all lists them", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_All_PrintsEveryFact()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("day", "tokyo", "2026-03-18", "--db", db, "--all");

        Assert.True(code == KabutoCli.Ok, err);
        Assert.True(output.Split('\n').Count(l => l.Contains("member_close", StringComparison.Ordinal)) > 200);
    }
}

/// <summary>`levels` and `records` on the whole store: published precision, one mark for "not held", ranks in their column.</summary>
[Collection(FullStoreCollection.Name)]
public sealed class LevelsAndRecordsTextTests(FullStore store)
{
    [Fact]
    public void Levels_PrintsTwoDecimalsAndOneMarkForNotHeld()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (_, recent, _) = Cli.Run("levels", "N225", "--from", "2024-02-21", "--to", "2024-02-21", "--db", db);
        var (_, old, _) = Cli.Run("levels", "N225", "--from", "1965-01-05", "--to", "1965-01-05", "--db", db);

        var recentRow = recent.Split('\n').Single(l => l.StartsWith("2024-02-21", StringComparison.Ordinal));
        var oldRow = old.Split('\n').Single(l => l.StartsWith("1965-01-05", StringComparison.Ordinal));
        Assert.Contains(" 38339.70 ", recentRow, StringComparison.Ordinal);
        Assert.EndsWith(" -", recentRow, StringComparison.Ordinal);
        Assert.EndsWith(" -", oldRow, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_RankedTables_PutTheRankUnderRankAndTheMoveUnderMove()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("records", "N225", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        var lines = output.Split('\n');
        var header = lines.First(l => l.Contains("rank", StringComparison.Ordinal) && l.Contains("move", StringComparison.Ordinal));
        Assert.Matches(@"^\s*rank\s+date\s+fact\s+move$", header);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*#1\s+\d{4}-\d\d-\d\d\s+rank_gain_points\s+\+[\d,]+\.\d\d$"));
    }
}
