using Kabuto.Live.Engine;
using Kabuto.Live.Ticks;

namespace Kabuto.Live.Tests;

public sealed class IndexEngineTests
{
    [Fact]
    public void Constructor_BasePrices_GiveThePreviousCloseLevels()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());

        // (1000×1 + 2000×0.5 + 500×2) / 2 = 1500; (1000×300 + 2000×100 + 500×400) / 1,000,000 × 100 = 70.
        Assert.Equal(1500m, engine.Level(0));
        Assert.Equal(70m, engine.Level(1));
    }

    [Fact]
    public void Apply_Trade_UpdatesEveryIndexHoldingTheInstrument()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());

        engine.Apply(TinyMarket.Trade(1, 0, 10_100));

        Assert.Equal(1505m, engine.Level(0));
        Assert.Equal(70.3m, engine.Level(1));
    }

    [Fact]
    public void Apply_SpecialQuote_TakesPriorityOverLastTrade()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());
        engine.Apply(TinyMarket.Trade(1, 0, 10_100));

        engine.Apply(Tick.SpecialQuote(TinyMarket.At(9, 0, 2), 0, 11_000, TickFlags.Bid));

        Assert.Equal(11_000, engine.EffectivePrice(0));
    }

    [Fact]
    public void Apply_TradeAfterSpecialQuote_ClearsTheQuote()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());
        engine.Apply(Tick.SpecialQuote(TinyMarket.At(9, 0, 1), 0, 11_000, TickFlags.Bid));

        engine.Apply(TinyMarket.Trade(2, 0, 10_900));

        Assert.Equal(10_900, engine.EffectivePrice(0));
        Assert.False(engine.HasSpecialQuote(0));
    }

    [Fact]
    public void Apply_NoTick_MemberContributesBasePrice()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());

        engine.Apply(TinyMarket.Trade(1, 0, 10_100));

        Assert.Equal(20_000, engine.EffectivePrice(1));
    }

    [Fact]
    public void Apply_OlderTickForSameInstrument_CountedAsOutOfOrderAndIgnored()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());
        engine.Apply(TinyMarket.Trade(2, 0, 10_100));

        engine.Apply(TinyMarket.Trade(1, 0, 9_000));

        Assert.Equal(1, engine.Counts.OutOfOrder);
        Assert.Equal(10_100, engine.EffectivePrice(0));
    }

    [Fact]
    public void Apply_RepeatedTick_CountedAsDuplicate()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());
        var tick = TinyMarket.Trade(2, 0, 10_100);
        engine.Apply(tick);

        engine.Apply(tick);

        Assert.Equal(1, engine.Counts.Duplicate);
        Assert.Equal(1, engine.Counts.Trades);
    }

    [Fact]
    public void Apply_TickFarBehindTheClock_CountedAsStaleAndIgnored()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());
        engine.Apply(TinyMarket.Trade(60, 0, 10_100));

        engine.Apply(TinyMarket.Trade(50, 1, 25_000));

        Assert.Equal(1, engine.Counts.Stale);
        Assert.Equal(20_000, engine.EffectivePrice(1));
    }

    [Fact]
    public void Apply_TickDuringLunch_CountedAsOutsideSession()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());

        engine.Apply(Tick.Trade(TinyMarket.At(12, 0), 0, 10_100, 100));

        Assert.Equal(1, engine.Counts.OutsideSession);
        Assert.Equal(1500m, engine.Level(0));
    }

    [Fact]
    public void Apply_SuspiciousTrade_CountedAndIgnored()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());

        engine.Apply(Tick.Trade(TinyMarket.At(9, 1), 0, 10_100, 100, TickFlags.Suspicious));

        Assert.Equal(1, engine.Counts.Suspicious);
        Assert.Equal(1500m, engine.Level(0));
    }

    [Fact]
    public void Apply_PlainQuote_DoesNotMoveTheIndex()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());

        engine.Apply(Tick.Quote(TinyMarket.At(9, 1), 0, 10_100, 100, TickFlags.Bid));

        Assert.Equal(1, engine.Counts.QuotesIgnored);
        Assert.Equal(1500m, engine.Level(0));
    }

    [Fact]
    public void Contribution_AfterTrades_SumsToTheChange()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());
        engine.Apply(TinyMarket.Trade(1, 0, 10_300));
        engine.Apply(TinyMarket.Trade(2, 2, 4_800));

        var total = engine.Universe.Indices[0].Members.Sum(m => engine.Contribution(0, m));

        Assert.Equal(engine.Level(0) - engine.BaseLevel(0), total);
    }

    [Fact]
    public void TickHigh_AfterUpAndDown_IsTheHighestLevel()
    {
        var engine = new IndexEngine(TinyMarket.Create(), new CountingSink());
        engine.Apply(TinyMarket.Trade(1, 0, 10_500));
        engine.Apply(TinyMarket.Trade(2, 0, 9_500));

        Assert.Equal(1525m, engine.TickHigh(0));
        Assert.Equal(1475m, engine.TickLow(0));
    }

    [Fact]
    public void Apply_SteadyState_AllocatesNothing()
    {
        var engine = new IndexEngine(TinyMarket.Create(pwCadenceSeconds: 0), new CountingSink());
        var ticks = Enumerable.Range(0, 20_000).Select(i => TinyMarket.Trade(i * 0.25, i % 3, 10_000 + (i % 7 * 10))).ToArray();
        engine.Apply(ticks.AsSpan(0, 1_000));

        var before = GC.GetAllocatedBytesForCurrentThread();
        engine.Apply(ticks.AsSpan(1_000));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
