using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Tests;

public sealed class TokyoSimulatorTests
{
    private static readonly TokyoMarket Market = TokyoMarket.Create(3, TinyMarket.Date);
    private static readonly Tick[] Ticks = Generate(Market, 100_000);

    private static Tick[] Generate(TokyoMarket market, long target)
    {
        using var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = 3, TargetTicks = target });
        var all = new List<Tick>();
        var buffer = new Tick[8192];
        int read;
        while ((read = simulator.Read(buffer)) > 0)
        {
            all.AddRange(buffer.AsSpan(0, read));
        }

        return [.. all];
    }

    [Fact]
    public void Create_DefaultMarket_HasTwoThousandStocksAndFortyIndices()
    {
        Assert.True(Market.Universe.Instruments.Count >= 2_000);
        Assert.True(Market.Universe.Indices.Count >= 40);
        Assert.Equal(33, Market.Universe.Indices.Count(i => System.Text.RegularExpressions.Regex.IsMatch(i.Id, "^TOPIX-[0-9]{4}$")));
    }

    [Fact]
    public void Create_Nikkei_Has225MembersWithFactorsInTenths()
    {
        var nikkei = Market.Universe.Indices[Market.Universe.IndexOrdinal(IndexIds.N225)];

        Assert.Equal(225, nikkei.Members.Count);
        Assert.All(nikkei.Members, m => Assert.InRange(m.Weight, 1, 100));
        Assert.Equal(WeightingMethod.PriceWeighted, nikkei.Method);
    }

    [Fact]
    public void Read_Session_HasNoTicksOverLunch()
    {
        var lunchStart = Market.Universe.Session.MorningCloseUtc;
        var lunchEnd = Market.Universe.Session.Windows[1].StartUtc;

        Assert.DoesNotContain(Ticks, t => t.TimeUtc > lunchStart && t.TimeUtc < lunchEnd);
    }

    [Fact]
    public void Read_Session_FirstPrintOfEveryStockIsAtOrAfterNine()
    {
        Assert.All(Ticks, t => Assert.True(t.TimeUtc >= Market.Universe.Session.OpenUtc));
    }

    [Fact]
    public void Read_Session_NoTradeMemberNeverTicks()
    {
        Assert.DoesNotContain(Ticks, t => t.Instrument == Market.NoTradeMember);
    }

    [Fact]
    public void Read_Session_ShowsSpecialQuotesAndHalts()
    {
        Assert.Contains(Ticks, t => t.Flags.HasFlag(TickFlags.Special));
        Assert.Contains(Ticks, t => t.Flags.HasFlag(TickFlags.Halt));
    }

    [Fact]
    public void Read_Session_EveryOpenStockPrintsAtTheClose()
    {
        var close = Market.Universe.Session.CloseUtc;

        Assert.True(Ticks.Count(t => t.TimeUtc == close && t.Kind == TickKind.Trade) > 2_000);
    }

    [Fact]
    public void Read_SameSeed_GivesSameTicks()
    {
        var again = Generate(TokyoMarket.Create(3, TinyMarket.Date), 100_000);

        Assert.Equal(Ticks, again);
    }

    [Fact]
    public void Create_PreviousCloses_StartsNikkeiAndTopixThereAndLeavesTheRestOfTheSeed()
    {
        var closes = new Dictionary<string, decimal> { [IndexIds.N225] = 53_700.39m, [IndexIds.Topix] = 3_627.79m };

        var seeded = TokyoMarket.Create(3, TinyMarket.Date, 200, closes);
        var invented = TokyoMarket.Create(3, TinyMarket.Date, 200);

        var levels = BaseLevels(seeded);
        Assert.Equal(53_700.39m, levels[IndexIds.N225]);
        Assert.Equal(3_627.79m, levels[IndexIds.Topix]);
        Assert.Equal(BaseLevels(invented)[TokyoMarket.Core30], levels[TokyoMarket.Core30]);
        Assert.Equal(invented.Universe.Instruments.Select(i => i.BasePrice), seeded.Universe.Instruments.Select(i => i.BasePrice));
    }

    private static Dictionary<string, decimal> BaseLevels(TokyoMarket market)
    {
        var universe = market.Universe;
        var engine = new IndexEngine(universe, new SessionRecorder(universe));
        return Enumerable.Range(0, universe.Indices.Count).ToDictionary(x => universe.Indices[x].Id, x => LiveIndex.Publish(engine.BaseLevel(x)));
    }
}
