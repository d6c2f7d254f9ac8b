using Kabuto.Live.Engine;
using Kabuto.Live.Feeds;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Ticks;
using Kabuto.TestSupport;

namespace Kabuto.Live.Tests;

public sealed class FeedTests
{
    [Fact]
    public void TickFile_WriteThenRead_RoundTripsTicksAndUniverse()
    {
        using var temp = new TempDirectory();
        var universe = TinyMarket.Create();
        var ticks = new[]
        {
            TinyMarket.Trade(1, 0, 10_100, 300),
            Tick.SpecialQuote(TinyMarket.At(9, 3), 2, 5_500, TickFlags.Bid),
            new Tick(TinyMarket.At(10, 0), 0, 0, 1, TickKind.Status, TickFlags.Halt),
        };
        using (var writer = new TickFileWriter(temp.File("s.kbt"), universe))
        {
            writer.Write(ticks);
        }

        using var reader = new TickFileReader(temp.File("s.kbt"));
        var read = new Tick[10];
        var count = reader.Read(read);

        Assert.Equal(ticks, read.Take(count));
        Assert.Equal(3, reader.TickCount);
        Assert.Equal(universe.Indices[1].Divisor, reader.Universe.Indices[1].Divisor);
        Assert.Equal(universe.Session, reader.Universe.Session with { Windows = universe.Session.Windows });
    }

    [Fact]
    public void TickFileReader_NotATickFile_FailsWithUserError()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("x.kbt"), "date,value\n2026-01-01,1\nmore text to pass the length check");

        Assert.Throws<Kabuto.Core.Errors.UserInputException>(() => new TickFileReader(temp.File("x.kbt")));
    }

    [Fact]
    public void LeanSession_IbmTradeZip_ReadsEveryRowInTimeOrder()
    {
        var path = SharedData.Require("raw/lean-algoseek-ticks/ibm/20131007_trade.zip");
        if (path is null)
        {
            return;
        }

        using var session = LeanSession.Open(LeanSession.GroupByDate([path])[0]);
        var buffer = new Tick[100_000];
        long count = 0;
        var last = long.MinValue;
        var ordered = true;
        int read;
        while ((read = session.Read(buffer)) > 0)
        {
            foreach (var tick in buffer.AsSpan(0, read))
            {
                ordered &= tick.TimeUtc >= last;
                last = tick.TimeUtc;
            }

            count += read;
        }

        Assert.Equal(24_293, count);
        Assert.True(ordered);
    }

    [Fact]
    public void LeanSession_FirstIbmTrade_ConvertsNewYorkMillisecondsAndDeciCents()
    {
        var path = SharedData.Require("raw/lean-algoseek-ticks/ibm/20131007_trade.zip");
        if (path is null)
        {
            return;
        }

        using var session = LeanSession.Open(LeanSession.GroupByDate([path])[0]);
        var buffer = new Tick[1];
        session.Read(buffer);

        // Row 1: 14430270 ms after midnight EDT (04:00:30.270) = 08:00:30.270 UTC; 1815200 deci-cents = $181.52.
        Assert.Equal(new DateTime(2013, 10, 7, 8, 0, 30, 270, DateTimeKind.Utc).Ticks, buffer[0].TimeUtc);
        Assert.Equal(181.52m, session.Universe.ToCurrency(buffer[0].Price));
    }

    [Fact]
    public void LeanSession_TradesAndQuotes_MergeAndCountPreMarketAsOutsideSession()
    {
        var trade = SharedData.Require("raw/lean-algoseek-ticks/ibm/20131008_trade.zip");
        var quote = SharedData.Require("raw/lean-algoseek-ticks/ibm/20131008_quote.zip");
        if (trade is null || quote is null)
        {
            return;
        }

        using var session = LeanSession.Open(LeanSession.GroupByDate([trade, quote])[0]);
        var engine = new IndexEngine(session.Universe, new CountingSink());
        var stats = Replayer.Run(session, engine);

        Assert.Equal(33_381 + 125_750, stats.Ticks);
        Assert.True(engine.Counts.OutsideSession > 0);
        Assert.True(engine.Counts.QuotesIgnored > 0);
    }
}
