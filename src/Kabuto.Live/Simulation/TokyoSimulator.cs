using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Simulation;

/// <summary>How the simulated session trades.</summary>
public sealed record SimulationOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>Roughly how many continuous-session ticks (trades and quotes) to generate.</summary>
    public long TargetTicks { get; init; } = 20_000_000;

    /// <summary>Share of continuous ticks that are plain quotes (they do not move an index).</summary>
    public double QuoteShare { get; init; } = 0.3;

    /// <summary>Per-tick probability of injecting a feed fault (a duplicate, an out-of-order or a stale tick).</summary>
    public double FaultRate { get; init; }
}

/// <summary>A seeded Tokyo session as a tick source: overnight gaps, the opening auction (each stock's first print at or
/// after 09:00, some late), special quotes re-stepped every 3 minutes for stocks that gap, bursts at the open and into
/// the close, two halts, morning-close prints at 11:30, no ticks over lunch, afternoon re-open, continuous trading to
/// 15:25 and closing prints at 15:30, and one Nikkei member that never trades. Prices follow a market factor, sector
/// factors and idiosyncratic noise, rounded to TSE tick sizes. Same market and options, same ticks.</summary>
public sealed class TokyoSimulator : ITickSource
{
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;
    private const int MorningSeconds = 9_000;
    private const int AfternoonStart = 12_600;
    private const int ContinuousEnd = 23_100;
    private const int SessionSeconds = 23_400;

    private readonly TokyoMarket _market;
    private readonly IReadOnlyList<LiveInstrument> _instruments;
    private readonly SimulationOptions _options;
    private readonly Random _random;
    private readonly long _open;
    private readonly AliasTable _pick;
    private readonly double _lambda;
    private readonly double[] _logBase;
    private readonly double[] _idio;
    private readonly double[] _idioStep;
    private readonly double[] _drift;
    private readonly double[] _sectorWalk;
    private readonly double[] _sectorDrift;
    private readonly Phase[] _phase;
    private readonly bool[] _everOpened;
    private readonly int[] _specialStep;
    private readonly PriorityQueue<Scheduled, (long Time, long Seq)> _queue = new();
    private readonly Tick[] _pending = new Tick[4];
    private int _pendingCount;
    private long _seq;
    private long _nextArrival;
    private double _marketWalk;
    private double _marketDrift;
    private long _walkSecond;

    public TokyoSimulator(TokyoMarket market, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(options);
        _market = market;
        _options = options;
        _instruments = market.Universe.Instruments;
        _random = new Random(options.Seed);
        _open = market.Universe.Session.OpenUtc;
        var n = _instruments.Count;
        var activity = market.Stocks.Select((s, i) => i == market.NoTradeMember ? 0 : s.Activity).ToArray();
        _pick = new AliasTable(activity);
        var totalActivity = activity.Sum();
        _lambda = options.TargetTicks / IntegratedIntensity();
        _logBase = new double[n];
        _idio = new double[n];
        _idioStep = new double[n];
        _drift = new double[n];
        _phase = new Phase[n];
        _everOpened = new bool[n];
        _specialStep = new int[n];
        _sectorWalk = new double[TseSectors.All.Count];
        _sectorDrift = new double[TseSectors.All.Count];
        _marketWalk = 0.006 * TokyoMarket.Gaussian(_random);
        _marketDrift = 0.006 * TokyoMarket.Gaussian(_random) / SessionSeconds;
        for (var s = 0; s < _sectorWalk.Length; s++)
        {
            _sectorWalk[s] = 0.003 * TokyoMarket.Gaussian(_random);
            _sectorDrift[s] = 0.005 * TokyoMarket.Gaussian(_random) / SessionSeconds;
        }

        for (var i = 0; i < n; i++)
        {
            _logBase[i] = Math.Log(_instruments[i].BasePrice / (double)TokyoMarket.PriceScale);
            var expected = Math.Max(1.0, options.TargetTicks * (1 - options.QuoteShare) * activity[i] / totalActivity);
            _idioStep[i] = Math.Min(0.01, 0.014 / Math.Sqrt(expected)) * Math.Sqrt(12);
            _idio[i] = 0.006 * TokyoMarket.Gaussian(_random);
            _drift[i] = 0.008 * TokyoMarket.Gaussian(_random);
        }

        ScheduleSession(n);
        _nextArrival = _open + NextGap(0);
    }

    private enum Phase : byte
    {
        Closed,
        Open,
        SpecialQuote,
        Halted,
    }

    private enum EventKind : byte
    {
        OpenPrint,
        SpecialStep,
        Halt,
        Resume,
        MorningClose,
        AfternoonOpen,
        ClosePrint,
    }

    public LiveUniverse Universe => _market.Universe;

    public int Read(Span<Tick> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_pendingCount > 0)
            {
                buffer[written++] = _pending[--_pendingCount];
                continue;
            }

            var hasEvent = _queue.TryPeek(out var scheduled, out var priority);
            var eventTime = hasEvent ? priority.Time : long.MaxValue;
            if (eventTime == long.MaxValue && _nextArrival == long.MaxValue)
            {
                break;
            }

            Tick tick;
            if (eventTime <= _nextArrival)
            {
                _queue.Dequeue();
                AdvanceTo(eventTime);
                if (!Handle(scheduled, eventTime, out tick))
                {
                    continue;
                }
            }
            else
            {
                var time = _nextArrival;
                _nextArrival = NextArrival(time);
                AdvanceTo(time);
                if (!Continuous(time, out tick))
                {
                    continue;
                }

                MaybeInjectFault(tick);
            }

            buffer[written++] = tick;
        }

        return written;
    }

    public void Dispose()
    {
    }

    private void ScheduleSession(int n)
    {
        var specialCount = Math.Max(2, n / 200);
        var special = new HashSet<int>();
        while (special.Count < specialCount)
        {
            var i = _random.Next(n);
            if (i != _market.NoTradeMember)
            {
                special.Add(i);
            }
        }

        // One Nikkei member always opens on a special quote, so the demo shows one.
        var nikkei = _market.Universe.Indices[0].Members;
        var nikkeiSpecial = nikkei[_random.Next(nikkei.Count)].Instrument;
        if (nikkeiSpecial != _market.NoTradeMember)
        {
            special.Add(nikkeiSpecial);
        }

        for (var i = 0; i < n; i++)
        {
            if (i == _market.NoTradeMember)
            {
                continue;
            }

            if (special.Contains(i))
            {
                var gap = 0.06 + (0.05 * _random.NextDouble());
                _idio[i] += _random.Next(2) == 0 ? gap : -gap;
                Enqueue(_open, i, EventKind.SpecialStep);
            }
            else
            {
                Enqueue(_open + OpeningDelay(), i, EventKind.OpenPrint);
            }

            Enqueue(At(MorningSeconds), i, EventKind.MorningClose);
            Enqueue(At(AfternoonStart) + OpeningDelay(), i, EventKind.AfternoonOpen);
            Enqueue(At(SessionSeconds), i, EventKind.ClosePrint);
        }

        for (var h = 0; h < 2; h++)
        {
            var i = _random.Next(n);
            if (i == _market.NoTradeMember || special.Contains(i))
            {
                continue;
            }

            var halt = At(4_000 + _random.Next(2_000));
            Enqueue(halt, i, EventKind.Halt);
            Enqueue(halt + (35 * 60 * TicksPerSecond), i, EventKind.Resume);
        }
    }

    private bool Handle(Scheduled e, long time, out Tick tick)
    {
        var i = e.Stock;
        tick = default;
        switch (e.Kind)
        {
            case EventKind.OpenPrint when _phase[i] == Phase.Closed:
            case EventKind.AfternoonOpen when _phase[i] == Phase.Closed && _everOpened[i]:
                _phase[i] = Phase.Open;
                _everOpened[i] = true;
                tick = AuctionPrint(time, i);
                return true;
            case EventKind.MorningClose when _phase[i] == Phase.Open:
                _phase[i] = Phase.Closed;
                tick = AuctionPrint(time, i);
                return true;
            case EventKind.ClosePrint when _phase[i] == Phase.Open:
                _phase[i] = Phase.Closed;
                tick = AuctionPrint(time, i);
                return true;
            case EventKind.SpecialStep:
                return SpecialStep(time, i, out tick);
            case EventKind.Halt when _phase[i] == Phase.Open:
                _phase[i] = Phase.Halted;
                tick = new Tick(time, 0, 0, i, TickKind.Status, TickFlags.Halt);
                return true;
            case EventKind.Resume when _phase[i] == Phase.Halted:
                _phase[i] = Phase.Closed;
                Enqueue(time, i, EventKind.OpenPrint);
                tick = new Tick(time, 0, 0, i, TickKind.Status, TickFlags.Resume);
                return true;
            default:
                return false;
        }
    }

    // A stock that gaps shows a special quote one renewal width further from its base price every 3 minutes until the
    // quote reaches where it would trade; then it opens there.
    private bool SpecialStep(long time, int i, out Tick tick)
    {
        var basePrice = _instruments[i].BasePrice;
        var target = Price(i);
        var topix500 = _market.Stocks[i].Topix500;
        var width = Math.Max(TseTickSize.At(basePrice, topix500), TseTickSize.Round(basePrice * 0.03 / TokyoMarket.PriceScale, topix500));
        var up = target >= basePrice;
        var step = ++_specialStep[i];
        var bound = up ? basePrice + (step * width) : Math.Max(TseTickSize.At(basePrice, topix500), basePrice - (step * width));
        if (up ? target <= bound : target >= bound)
        {
            _phase[i] = Phase.Open;
            _everOpened[i] = true;
            tick = AuctionPrint(time, i);
            return true;
        }

        _phase[i] = Phase.SpecialQuote;
        Enqueue(time + (180 * TicksPerSecond), i, EventKind.SpecialStep);
        tick = Tick.SpecialQuote(time, i, bound, up ? TickFlags.Bid : TickFlags.Ask);
        return true;
    }

    private Tick AuctionPrint(long time, int i) =>
        Tick.Trade(time, i, Price(i), 100 * (20 + _random.Next(2_000)), TickFlags.Auction);

    private bool Continuous(long time, out Tick tick)
    {
        var i = _pick.Sample(_random);
        tick = default;
        if (_phase[i] != Phase.Open)
        {
            return false;
        }

        _idio[i] += (_random.NextDouble() - 0.5) * _idioStep[i];
        var price = Price(i);
        var size = 100 * (1 + (long)(-Math.Log(1 - _random.NextDouble()) * 5));
        if (_random.NextDouble() < _options.QuoteShare)
        {
            var tickSize = TseTickSize.At(price, _market.Stocks[i].Topix500);
            var bid = _random.Next(2) == 0;
            tick = Tick.Quote(time, i, bid ? Math.Max(tickSize, price - tickSize) : price + tickSize, size, bid ? TickFlags.Bid : TickFlags.Ask);
        }
        else
        {
            tick = Tick.Trade(time, i, price, size);
        }

        return true;
    }

    private void MaybeInjectFault(in Tick tick)
    {
        if (_options.FaultRate <= 0 || _random.NextDouble() >= _options.FaultRate)
        {
            return;
        }

        switch (_random.Next(3))
        {
            case 0:
                _pending[_pendingCount++] = tick;
                break;
            case 1:
                _pending[_pendingCount++] = tick with { TimeUtc = tick.TimeUtc - 5_000, Price = tick.Price + 10 };
                break;
            default:
                var other = _random.Next(_instruments.Count);
                _pending[_pendingCount++] = Tick.Trade(tick.TimeUtc - (5 * TicksPerSecond), other, _instruments[other].BasePrice + 10, 100);
                break;
        }
    }

    private long Price(int i)
    {
        var stock = _market.Stocks[i];
        var progress = (double)_walkSecond / SessionSeconds;
        var log = _logBase[i] + (stock.Beta * _marketWalk) + _sectorWalk[stock.Sector] + _idio[i] + (_drift[i] * progress);
        return TseTickSize.Round(Math.Exp(log), stock.Topix500);
    }

    // Market and sector factors move once per trading second (not over lunch).
    private void AdvanceTo(long time)
    {
        var second = (time - _open) / TicksPerSecond;
        while (_walkSecond < second)
        {
            _walkSecond++;
            if (_walkSecond > MorningSeconds && _walkSecond <= AfternoonStart)
            {
                continue;
            }

            _marketWalk += _marketDrift + (0.00005 * TokyoMarket.Gaussian(_random));
            for (var s = 0; s < _sectorWalk.Length; s++)
            {
                _sectorWalk[s] += _sectorDrift[s] + (0.00003 * TokyoMarket.Gaussian(_random));
            }
        }
    }

    private long NextArrival(long time)
    {
        var next = time + NextGap((time - _open) / (double)TicksPerSecond);
        var seconds = (next - _open) / TicksPerSecond;
        if (seconds >= MorningSeconds && seconds < AfternoonStart)
        {
            return At(AfternoonStart) + NextGap(0);
        }

        return seconds >= ContinuousEnd ? long.MaxValue : next;
    }

    // Exponential gap (microsecond resolution) at the current intensity.
    private long NextGap(double seconds)
    {
        var rate = _lambda * Intensity(seconds);
        var gap = -Math.Log(1 - _random.NextDouble()) / rate;
        return Math.Max(1, (long)(gap * 1_000_000)) * 10;
    }

    // Bursts at the open, at the afternoon re-open and into the close.
    private static double Intensity(double seconds)
    {
        if (seconds < MorningSeconds)
        {
            return 1 + (3 * Math.Exp(-seconds / 600));
        }

        var afternoon = seconds - AfternoonStart;
        return 1 + (1.5 * Math.Exp(-afternoon / 300)) + (2.5 * Math.Exp(-(ContinuousEnd - seconds) / 900));
    }

    private static double IntegratedIntensity()
    {
        var total = 0.0;
        for (var s = 0; s < MorningSeconds; s++)
        {
            total += Intensity(s + 0.5);
        }

        for (var s = AfternoonStart; s < ContinuousEnd; s++)
        {
            total += Intensity(s + 0.5);
        }

        return total;
    }

    private long OpeningDelay()
    {
        var draw = _random.NextDouble();
        var seconds = draw < 0.55 ? 0 : draw < 0.98 ? -Math.Log(1 - _random.NextDouble()) * 15 : 60 + (_random.NextDouble() * 540);
        return (long)(seconds * 1_000_000) * 10;
    }

    private long At(int secondsFromOpen) => _open + (secondsFromOpen * TicksPerSecond);

    private void Enqueue(long time, int stock, EventKind kind) =>
        _queue.Enqueue(new Scheduled(stock, kind), (time, _seq++));

    private readonly record struct Scheduled(int Stock, EventKind Kind);
}
