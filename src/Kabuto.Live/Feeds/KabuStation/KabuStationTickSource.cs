using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Threading.Channels;
using Kabuto.Core.Errors;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Feeds.KabuStation;

/// <summary>What the feed has seen so far (read after the run, or for a status line).</summary>
public sealed class KabuStationStats
{
    internal long _messages, _ticks, _noPrice, _resent, _unmapped, _invalid, _drops, _reconnects, _quietPeriods;

    public long Messages => Interlocked.Read(ref _messages);

    public long Ticks => Interlocked.Read(ref _ticks);

    /// <summary>Messages without a current price yet (before the first trade of the day).</summary>
    public long NoPrice => Interlocked.Read(ref _noPrice);

    /// <summary>Messages repeating the symbol's last price and time (kabu STATION resends the board after a
    /// re-register): not yielded again.</summary>
    public long Resent => Interlocked.Read(ref _resent);

    public long Unmapped => Interlocked.Read(ref _unmapped);

    public long Invalid => Interlocked.Read(ref _invalid);

    public long Drops => Interlocked.Read(ref _drops);

    public long Reconnects => Interlocked.Read(ref _reconnects);

    /// <summary>Expected silences waited out on the same connection (lunch break, outside trading hours).</summary>
    public long QuietPeriods => Interlocked.Read(ref _quietPeriods);
}

/// <summary>A live tick source on kabu STATION's push WebSocket: POST /token, PUT /register of the symbols, then one
/// JSON message per change, each turned into a trade tick at the instant its CurrentPriceTime states (with its own
/// offset). A dropped socket, or silence in trading hours longer than <see cref="KabuStationOptions.SilenceTimeout"/>,
/// reconnects with backoff: a new token, a new registration (the app logs out every early morning), a new socket.
/// Silence in the 11:30–12:30 JST lunch break or outside the session is expected: logged once, never a reconnect, and
/// passed on as a clock tick (<see cref="TickKind.Clock"/>) so the engine publishes the 11:30 level at the break.
/// <see cref="Read"/> blocks until ticks arrive (the live path runs it on the pipeline's feed task) and returns 0 once
/// <see cref="Stop"/> is called and the ticks received are drained.</summary>
public sealed class KabuStationTickSource : ITickSource
{
    /// <summary>Hundredths of a yen or point: index levels have two decimals.</summary>
    public const int PriceScale = 100;

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private const int ProblemsLogged = 3;

    private readonly KabuStationOptions _options;
    private readonly KabuStationClient _client;
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly long[] _lastTime;
    private readonly long[] _lastPrice;
    private readonly decimal?[] _previousClose;
    private readonly Channel<Tick> _ticks = Channel.CreateUnbounded<Tick>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private ClientWebSocket? _socket;
    private Task _loop = Task.CompletedTask;
    private string? _quietLogged;
    private string? _token;

    private KabuStationTickSource(KabuStationOptions options)
    {
        _options = options;
        var symbols = KabuStationSymbol.Validate(options.Symbols);
        _client = new KabuStationClient(options.BaseUrl, options.Handler);
        for (var i = 0; i < symbols.Count; i++)
        {
            _ordinals[symbols[i].Key] = i;
        }

        _lastTime = new long[symbols.Count];
        _lastPrice = new long[symbols.Count];
        _previousClose = new decimal?[symbols.Count];
    }

    /// <summary>One instrument per symbol; one index per symbol mapped to a series, whose level is that symbol's price
    /// (one member of factor 1.0 over a divisor of 1). An index starts from its previous close (GET /board), so its
    /// level before its first tick of the day is yesterday's close, never 0.</summary>
    private LiveUniverse BuildUniverse()
    {
        var symbols = _options.Symbols;
        var instruments = new List<LiveInstrument>();
        var indices = new List<LiveIndex>();
        for (var i = 0; i < symbols.Count; i++)
        {
            var s = symbols[i];
            var basePrice = _previousClose[i] is { } close ? Scaled(close) : 0;
            instruments.Add(new LiveInstrument(s.Key, s.Name, string.Empty, basePrice));
            if (s.SeriesId is { } series)
            {
                indices.Add(LiveIndex.PriceWeighted(series, s.Name, [new IndexMember(i, LiveIndex.FactorScale)], 1m, PriceScale, TimeSpan.Zero));
            }
        }

        return new LiveUniverse("tokyo", instruments, indices, PriceScale, TickSession.Tokyo(_options.Date));
    }

    private async Task LoadPreviousClosesAsync(CancellationToken cancellationToken)
    {
        var symbols = _options.Symbols;
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i].SeriesId is null)
            {
                continue;
            }

            var (board, problem) = await _client.BoardAsync(_token!, symbols[i], cancellationToken).ConfigureAwait(false);
            if (board?.PreviousClose is { } close)
            {
                _previousClose[i] = close;
            }
            else
            {
                _options.Log($"kabu STATION: no previous close for {symbols[i].Key} ({problem ?? board?.Problem ?? "the board has none"}): {symbols[i].SeriesId} starts from its first tick");
            }
        }

        Universe = BuildUniverse();
    }

    private static long Scaled(decimal price) => (long)decimal.Round(price * PriceScale, MidpointRounding.AwayFromZero);

    public LiveUniverse Universe { get; private set; } = null!;

    public KabuStationStats Stats { get; } = new();

    /// <summary>Connects (token, register, socket) and starts receiving; a failure here is a one-line user error
    /// (the app not running, a refused password, a refused registration). Later failures are retried.</summary>
    public static async Task<KabuStationTickSource> OpenAsync(KabuStationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = new KabuStationTickSource(options);
        try
        {
            await source.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await source.LoadPreviousClosesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            source.Dispose();
            throw;
        }

        options.Log(string.Create(CultureInfo.InvariantCulture, $"kabu STATION: connected to {options.WebSocketUrl}, {options.Symbols.Count} symbols registered"));
        source._loop = Task.Run(() => source.RunAsync(source._stop.Token), CancellationToken.None);
        return source;
    }

    /// <summary>The previous close the last message of this instrument carried, if any.</summary>
    public decimal? PreviousClose(int instrument)
    {
        lock (_previousClose)
        {
            return _previousClose[instrument];
        }
    }

    public int Read(Span<Tick> buffer)
    {
        var reader = _ticks.Reader;
        var n = 0;
        while (true)
        {
            while (n < buffer.Length && reader.TryRead(out var tick))
            {
                buffer[n++] = tick;
            }

            if (n > 0 || !reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                return n;
            }
        }
    }

    /// <summary>Stops receiving; <see cref="Read"/> returns what is left, then 0.</summary>
    public void Stop()
    {
        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel();
        }
    }

    public void Dispose()
    {
        Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop reports its failure through the channel.
        }

        _socket?.Dispose();
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var token = await _client.TokenAsync(_options.Password, cancellationToken).ConfigureAwait(false);
        if (!await _client.RegisterAsync(token, _options.Symbols, lastTry: false, cancellationToken).ConfigureAwait(false))
        {
            token = await _client.TokenAsync(_options.Password, cancellationToken).ConfigureAwait(false);
            await _client.RegisterAsync(token, _options.Symbols, lastTry: true, cancellationToken).ConfigureAwait(false);
        }

        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(_options.WebSocketUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            socket.Dispose();
            throw Fail.User(_client.NotAnswering.Replace(_options.BaseUrl.ToString(), _options.WebSocketUrl.ToString(), StringComparison.Ordinal));
        }

        _socket?.Dispose();
        _socket = socket;
        _token = token;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var reason = await ReceiveAsync(_socket!, cancellationToken).ConfigureAwait(false);
                _socket!.Abort();
                Interlocked.Increment(ref Stats._drops);
                _options.Log($"kabu STATION: the push connection {reason}; reconnecting (new token, registering again)");
                await ReconnectAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _ticks.Writer.TryComplete();
        }
        catch (Exception e)
        {
            _ticks.Writer.TryComplete(e);
        }
    }

    private async Task ReconnectAsync(CancellationToken cancellationToken)
    {
        string? lastProblem = null;
        for (var attempt = 0; ; attempt++)
        {
            await _options.Delay(_options.Backoff(attempt), cancellationToken).ConfigureAwait(false);
            try
            {
                await ConnectAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref Stats._reconnects);
                _options.Log(string.Create(CultureInfo.InvariantCulture, $"kabu STATION: reconnected after {attempt + 1} attempt(s), {_options.Symbols.Count} symbols registered again"));
                return;
            }
            catch (UserInputException e)
            {
                if (e.Message != lastProblem)
                {
                    _options.Log($"{e.Message}; retrying");
                    lastProblem = e.Message;
                }
            }
        }
    }

    /// <summary>Receives until the connection ends; returns why (dropped, closed, silent in trading hours).</summary>
    private async Task<string> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            message.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                var receive = socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).AsTask();
                if (!await WaitThroughQuietAsync(receive, cancellationToken).ConfigureAwait(false))
                {
                    ObserveLater(receive);
                    return string.Create(CultureInfo.InvariantCulture, $"was silent for {_options.SilenceTimeout.TotalSeconds:0.###} s in trading hours");
                }

                try
                {
                    result = await receive.ConfigureAwait(false);
                }
                catch (Exception e) when (e is WebSocketException or IOException)
                {
                    return "dropped";
                }

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return "was closed by kabu STATION";
                }

                message.Write(buffer.AsSpan(0, result.Count));
            }
            while (!result.EndOfMessage);

            Handle(message.WrittenSpan);
        }
    }

    /// <summary>Waits for the receive; every <see cref="KabuStationOptions.SilenceTimeout"/> without a message it asks the
    /// clock: in the lunch break or outside trading hours it keeps waiting (logging the quiet period once), in trading
    /// hours it gives up (false).</summary>
    private async Task<bool> WaitThroughQuietAsync(Task receive, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var silence = _options.Delay(_options.SilenceTimeout, timer.Token);
            var first = await Task.WhenAny(receive, silence).ConfigureAwait(false);
            await timer.CancelAsync().ConfigureAwait(false);
            ObserveLater(silence);
            if (first == receive)
            {
                return true;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var now = _options.Time.GetUtcNow().ToOffset(Jst);
            if (QuietPeriod(now) is not { } quiet)
            {
                return false;
            }

            // The silence the clock explains tells the engine the time: at the lunch break it takes the 11:30 snapshot
            // (the morning close) now, not when the first afternoon tick arrives.
            _ticks.Writer.TryWrite(Tick.Clock(now.UtcTicks));
            var key = $"{now:yyyy-MM-dd} {quiet}";
            if (_quietLogged != key)
            {
                _quietLogged = key;
                Interlocked.Increment(ref Stats._quietPeriods);
                _options.Log($"kabu STATION: {quiet}: nothing is pushed, as expected; waiting on the same connection");
            }
        }
    }

    /// <summary>Why silence is expected at this JST instant, or null in trading hours.</summary>
    public static string? QuietPeriod(DateTimeOffset jst)
    {
        var t = TimeOnly.FromTimeSpan(jst.ToOffset(Jst).TimeOfDay);
        var day = jst.ToOffset(Jst).DayOfWeek;
        return day is DayOfWeek.Saturday or DayOfWeek.Sunday ? "weekend"
            : t >= new TimeOnly(11, 30) && t < new TimeOnly(12, 30) ? "lunch break (11:30-12:30 JST)"
            : t < new TimeOnly(9, 0) || t >= new TimeOnly(15, 30) ? "outside trading hours (09:00-15:30 JST)"
            : null;
    }

    private void Handle(ReadOnlySpan<byte> json)
    {
        Interlocked.Increment(ref Stats._messages);
        var message = KabuBoardMessage.Parse(json);
        if (message.Problem is { } problem)
        {
            if (Interlocked.Increment(ref Stats._invalid) <= ProblemsLogged)
            {
                _options.Log($"{problem}; message skipped");
            }

            return;
        }

        if (!_ordinals.TryGetValue(message.Key, out var ordinal))
        {
            Interlocked.Increment(ref Stats._unmapped);
            return;
        }

        if (message.PreviousClose is { } previousClose)
        {
            lock (_previousClose)
            {
                _previousClose[ordinal] = previousClose;
            }
        }

        if (!message.HasPrice)
        {
            Interlocked.Increment(ref Stats._noPrice);
            return;
        }

        var time = message.CurrentPriceTime!.Value.UtcTicks;
        var price = Scaled(message.CurrentPrice!.Value);
        if (time == _lastTime[ordinal] && price == _lastPrice[ordinal])
        {
            Interlocked.Increment(ref Stats._resent);
            return;
        }

        _lastTime[ordinal] = time;
        _lastPrice[ordinal] = price;
        Interlocked.Increment(ref Stats._ticks);
        _ticks.Writer.TryWrite(Tick.Trade(time, ordinal, price, 0));
    }

    private static void ObserveLater(Task task) =>
        _ = task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
