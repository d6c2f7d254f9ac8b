using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;
using Kabuto.Live.UseCases;

namespace Kabuto.Live.Tests.KabuStation;

public sealed class LiveRunTests
{
    [Fact]
    public async Task RunAsync_IndexStampedEarlierArrivesAfterAnother_AppliedNotStale()
    {
        var date = new DateOnly(2099, 12, 7);
        var universe = new LiveUniverse("tokyo",
            [new LiveInstrument("101@1", "Nikkei 225", string.Empty, 3_790_000), new LiveInstrument("151@1", "TOPIX", string.Empty, 284_000)],
            [
                LiveIndex.PriceWeighted("N225", "Nikkei 225", [new IndexMember(0, 10)], 1m, 100, TimeSpan.Zero),
                LiveIndex.PriceWeighted("TOPIX", "TOPIX", [new IndexMember(1, 10)], 1m, 100, TimeSpan.Zero),
            ],
            100, TickSession.Tokyo(date));
        var at = (int second) => TickSession.At(date, new TimeOnly(9, 0, second), TimeSpan.FromHours(9));
        using var source = new ListSource(universe, [Tick.Trade(at(4), 1, 285_000, 0), Tick.Trade(at(0), 0, 3_800_000, 0), Tick.Trade(at(6), 1, 285_100, 0)]);
        var levels = new List<LiveLevel>();

        var result = await LiveRun.RunAsync(source, levels.Add);

        Assert.Equal(0, result.Counts.Stale);
        Assert.Equal(38000.00m, result.Last.Single(l => l.Index == "N225").Level);
    }

    private sealed class ListSource(LiveUniverse universe, Tick[] ticks) : ITickSource
    {
        private bool _read;

        public LiveUniverse Universe => universe;

        public int Read(Span<Tick> buffer)
        {
            if (_read)
            {
                return 0;
            }

            _read = true;
            ticks.CopyTo(buffer);
            return ticks.Length;
        }

        public void Dispose()
        {
        }
    }
}
