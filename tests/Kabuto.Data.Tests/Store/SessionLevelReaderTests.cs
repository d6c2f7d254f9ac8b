using System.Globalization;
using System.Text;
using Kabuto.Core.Market;

namespace Kabuto.Data.Tests.Store;

/// <summary>The same behaviour from every <see cref="ISessionLevelReader"/>: the in-memory one and the SQLite store
/// (filled the only way it is written, by importing a file).</summary>
public abstract class SessionLevelReaderContract
{
    private static readonly DateOnly Day = new(2026, 2, 10);

    private static readonly PublishedSessionLevel[] Levels =
    [
        new(IndexIds.N225, Day, PublishedSessions.Intraday, new(14, 1), 57722m, 1348m, null, 0, "nsjournal (2時 report)", "https://www.nsjournal.jp/"),
        new(IndexIds.N225, Day, PublishedSessions.MorningClose, new(11, 30), 57926.07m, 1562.13m, 2.77m, 2, "Kabutan via livedoor (前引け)", null),
        new(IndexIds.N225, Day, PublishedSessions.Intraday, new(9, 41), 57375.00m, 1011.06m, 1.79m, 2, "Kyodo via news.az", "https://news.az/"),
        new(IndexIds.N225, Day, PublishedSessions.Intraday, new(9, 41), 57375.5m, null, -0.5m, 1, "AAA wire", null),
        new(IndexIds.Topix, Day, PublishedSessions.Intraday, new(9, 41), 3840.47m, 56.90m, 1.50m, 2, "Kyodo via news.az", null),
        new(IndexIds.N225, Day.AddDays(-1), PublishedSessions.Intraday, new(10, 46), 57337.07m, null, 5.7m, 2, "Reuters", null),
    ];

    protected abstract ISessionLevelReader Reader(IReadOnlyList<PublishedSessionLevel> levels);

    [Fact]
    public void GetSessionLevels_SeriesAndDate_ReturnsOnlyTheirsByTimeThenSessionThenSource()
    {
        var reader = Reader(Levels);

        var levels = reader.GetSessionLevels(IndexIds.N225, Day);

        Assert.Equal(
            [("AAA wire", new TimeOnly(9, 41)), ("Kyodo via news.az", new(9, 41)), ("Kabutan via livedoor (前引け)", new(11, 30)), ("nsjournal (2時 report)", new(14, 1))],
            levels.Select(l => (l.Source, l.TimeJst)));
    }

    [Fact]
    public void GetSessionLevels_EveryField_ReadsBackAsStored()
    {
        var reader = Reader(Levels);

        var levels = reader.GetSessionLevels(IndexIds.N225, Day);

        Assert.Equal(Levels.Where(l => l.SeriesId == IndexIds.N225 && l.Date == Day).OrderBy(l => l.TimeJst).ThenBy(l => l.Source, StringComparer.Ordinal), levels);
    }

    [Fact]
    public void GetSessionLevels_NothingOnTheDate_IsEmpty()
    {
        var reader = Reader(Levels);

        Assert.Empty(reader.GetSessionLevels(IndexIds.Topix, Day.AddDays(-1)));
    }
}

public sealed class InMemorySessionLevelReaderTests : SessionLevelReaderContract
{
    protected override ISessionLevelReader Reader(IReadOnlyList<PublishedSessionLevel> levels) => new InMemoryMarketData().AddSessionLevels(levels);
}

public sealed class StoreSessionLevelReaderTests : SessionLevelReaderContract, IDisposable
{
    private readonly Fixture _fixture = new();

    protected override ISessionLevelReader Reader(IReadOnlyList<PublishedSessionLevel> levels)
    {
        var text = new StringBuilder("date,index,session,time_jst,level,change_points,change_pct,decimals,source,url\n");
        foreach (var l in levels)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{l.Date:yyyy-MM-dd},{l.SeriesId},{l.Session},{l.TimeJst:HH:mm},{l.Level},{l.ChangePoints},{l.ChangePct},{l.Decimals},{l.Source},{l.Url}\n");
        }

        _fixture.Import(_fixture.Write("levels/levels.csv", text.ToString()));
        _fixture.Reopen();
        return _fixture.Store;
    }

    public void Dispose() => _fixture.Dispose();
}
