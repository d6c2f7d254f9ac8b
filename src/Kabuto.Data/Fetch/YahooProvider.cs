using System.Globalization;
using System.Text.Json;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Kabuto.Data.Import.Formats;
using Kabuto.Data.Store;

namespace Kabuto.Data.Fetch;

/// <summary>Yahoo's chart API (reverse-engineered, no contract): daily bars of the configured symbols (regional
/// indices, overnight US, USD/JPY), each mapped to a series by the series catalog, and the 1- or 5-minute bars of the
/// Nikkei 225 from which the 11:30 morning-session level is kept (session_levels, source "Yahoo chart"). The last
/// daily bar of a session still open is unfinished and left out. Yahoo may refuse plain clients: the source is
/// optional and every refusal is one line (docs/fetch.md).</summary>
public sealed class YahooProvider(FetchSettings settings, FetchHttp http) : IFetchProvider
{
    public const string SourceName = "yahoo";

    /// <summary>Yahoo keeps 1-minute bars 30 days and 2- to 90-minute bars 60 days.</summary>
    private const int OneMinuteDays = 29;
    private const int FiveMinuteDays = 59;

    private static readonly TimeSpan JstOffset = TimeSpan.FromHours(9);

    public string Name => SourceName;

    public string Needs =>
        $"nothing (no key; Yahoo may throttle plain clients); symbols {string.Join(", ", settings.YahooSymbols)} ({FetchSettings.YahooSymbolsVariable}), "
        + $"morning level from {settings.YahooIntradaySymbol} ({FetchSettings.YahooIntradayVariable})";

    public string? NotReady => null;

    public IReadOnlyList<FetchStep> Plan(FetchRange range, IMarketStore store)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(store);
        var steps = new List<FetchStep>();
        foreach (var symbol in settings.YahooSymbols)
        {
            var series = SeriesCatalog.FromName(symbol);
            var url = ChartUrl(symbol, range.From, range.To.AddDays(1), "1d");
            if (series is null)
            {
                steps.Add(FetchStep.Skip(SourceName, symbol, url.PathAndQuery,
                    $"symbol '{symbol}' maps to no series (docs/formats.md lists them); remove it from {FetchSettings.YahooSymbolsVariable}"));
                continue;
            }

            var market = Markets.ForSeries(series)?.Id ?? Markets.Tokyo;
            var held = store.HeldDates(series, range.From, range.To);
            var missing = TradingDays.Of(store, market, range.From, range.To).Where(d => !held.Contains(d) && d <= range.Today).ToList();
            if (missing.Count > 0)
            {
                var from = missing[0];
                var daily = ChartUrl(symbol, from, range.To.AddDays(1), "1d");
                steps.Add(new FetchStep(SourceName, $"{symbol} → {series} daily ({missing.Count} day(s) lacking)", daily.PathAndQuery, null,
                    ct => Daily(symbol, series, daily, ct)));
            }
        }

        var morningHeld = store.SessionLevelDates(IndexIds.N225, PublishedSessions.MorningClose, range.From, range.To);
        foreach (var day in TradingDays.Of(store, Markets.Tokyo, range.From, range.To).Where(d => !morningHeld.Contains(d) && d <= range.Today))
        {
            var age = range.Today.DayNumber - day.DayNumber;
            var interval = age <= OneMinuteDays ? "1m" : "5m";
            var url = ChartUrl(settings.YahooIntradaySymbol, day, day.AddDays(1), interval);
            var what = $"{settings.YahooIntradaySymbol} {interval} bars {day:yyyy-MM-dd} → N225 morning close (11:30)";
            steps.Add(age > FiveMinuteDays
                ? FetchStep.Skip(SourceName, what, url.PathAndQuery, $"Yahoo keeps minute bars {FiveMinuteDays + 1} days; {day:yyyy-MM-dd} is older (import published levels instead)")
                : new FetchStep(SourceName, what, url.PathAndQuery, null, ct => Morning(day, interval, url, ct)));
        }

        return steps;
    }

    private async Task<IReadOnlyList<FetchedDocument>> Daily(string symbol, string series, Uri url, CancellationToken ct)
    {
        var (call, chart, fetched) = await Chart(symbol, url, ct).ConfigureAwait(false);
        var offset = Offset(call, chart);
        var text = new DocumentText(FetchedBarsReader.Header);
        var bars = Bars(call, chart);
        var unfinished = Unfinished(chart);
        for (var i = 0; i < bars.Count; i++)
        {
            var (time, o, h, l, c, v) = bars[i];
            if (i == bars.Count - 1 && unfinished)
            {
                break; // the live bar of a session still open: not a close
            }

            var day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(time).ToOffset(offset).DateTime);
            text.Row(series, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o, h, l, c, series == IndexIds.UsdJpy ? null : v);
        }

        return text.Rows == 0 ? [] :
            [new FetchedDocument($"{SourceName}/chart/{symbol}/1d", url.ToString(), "yahoo-chart",
                FetchedBarsReader.Instance, symbol + ".csv", text.ToString(), fetched)];
    }

    private async Task<IReadOnlyList<FetchedDocument>> Morning(DateOnly day, string interval, Uri url, CancellationToken ct)
    {
        var symbol = settings.YahooIntradaySymbol;
        var (call, chart, fetched) = await Chart(symbol, url, ct).ConfigureAwait(false);
        var step = interval == "1m" ? 1 : 5;
        var morningEnd = new DateTimeOffset(day.ToDateTime(PublishedSessions.MorningCloseJst), JstOffset);
        (DateTimeOffset Start, string Close)? last = null;
        foreach (var (time, _, _, _, close, _) in Bars(call, chart))
        {
            var start = DateTimeOffset.FromUnixTimeSeconds(time).ToOffset(JstOffset);
            if (DateOnly.FromDateTime(start.DateTime) == day && start < morningEnd && close.Length > 0)
            {
                last = (start, close);
            }
        }

        // The level at 11:30 is the close of the bar that ends at 11:30; without it the morning is not complete.
        if (last is not { } bar || bar.Start.AddMinutes(step) < morningEnd)
        {
            return [];
        }

        var level = Math.Round(decimal.Parse(bar.Close, NumberStyles.Float, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
        var text = new DocumentText(SessionLevelsImporter.Header);
        text.Row(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), IndexIds.N225, PublishedSessions.MorningClose, "11:30",
            level.ToString("0.00", CultureInfo.InvariantCulture), null, null, "2", $"Yahoo chart {symbol} {interval}", url.ToString());
        return [new FetchedDocument($"{SourceName}/chart/{symbol}/{interval}/{day:yyyy-MM-dd}", url.ToString(), "yahoo-chart",
            new SessionLevelsImporter(), "levels.csv", text.ToString(), fetched)];
    }

    private async Task<(SourceCall Call, JsonElement Chart, DateTimeOffset Fetched)> Chart(string symbol, Uri url, CancellationToken ct)
    {
        var call = new SourceCall(SourceName, url, new Dictionary<string, string> { ["User-Agent"] = "Mozilla/5.0", ["Accept"] = "application/json" },
            TimeSpan.FromSeconds(30), FetchSettings.YahooUrlVariable);
        var answer = await http.GetAsync(call, ct).ConfigureAwait(false);
        var fetched = http.Time.GetUtcNow();
        JsonAnswer.RefuseHtml(call, answer);
        var error = answer.Status is >= 400 and < 500 ? ErrorOf(answer) : null;
        if (answer.Status == 404)
        {
            throw new FetchException(SourceName, call.Shown, $"unknown symbol '{symbol}' (Yahoo: \"{error ?? "Not Found"}\")",
                $"fix the symbol in {FetchSettings.YahooSymbolsVariable} (docs/fetch.md lists the known ones)");
        }

        if (answer.Status == 422)
        {
            throw new FetchException(SourceName, call.Shown, $"Yahoo refuses the range (\"{error ?? "Unprocessable Entity"}\")",
                "minute bars go back 30 days (1m) or 60 days (5m): ask for a more recent --from");
        }

        if (answer.Status is 401 or 403 or 429 || (answer.Status >= 500))
        {
            throw new FetchException(SourceName, call.Shown,
                answer.Status == 429 ? $"rate-limited (HTTP 429 after {answer.Tries} tries)" : $"HTTP {answer.Status} after {answer.Tries} tries{(error is null ? string.Empty : $" (Yahoo: \"{error}\")")}",
                "Yahoo throttles or refuses plain clients at times: try again later, or leave yahoo out (kabuto fetch jquants nikkei fred)");
        }

        if (answer.Status is < 200 or >= 300)
        {
            throw new FetchException(SourceName, call.Shown, $"unexpected HTTP {answer.Status}", "try again later");
        }

        using var json = JsonAnswer.Parse(call, answer);
        if (!json.RootElement.TryGetProperty("chart", out var chart) || chart.ValueKind != JsonValueKind.Object)
        {
            throw JsonAnswer.Schema(call, "the answer has no 'chart' object");
        }

        if (!chart.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array || result.GetArrayLength() == 0)
        {
            var description = chart.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? JsonAnswer.Optional(e, "description") : null;
            throw description is { Length: > 0 }
                ? new FetchException(SourceName, call.Shown, $"Yahoo: \"{description}\"", $"check the symbol in {FetchSettings.YahooSymbolsVariable}")
                : JsonAnswer.Schema(call, "'chart.result' is missing or empty");
        }

        return (call, result[0].Clone(), fetched);
    }

    /// <summary>Each bar: its start (unix seconds) and open, high, low, close, volume as written (empty for null).</summary>
    private static List<(long Time, string O, string H, string L, string C, string V)> Bars(SourceCall call, JsonElement result)
    {
        if (!result.TryGetProperty("timestamp", out var times))
        {
            return []; // no bars in the range (a holiday, or nothing yet)
        }

        if (!result.TryGetProperty("indicators", out var indicators) || !indicators.TryGetProperty("quote", out var quotes)
            || quotes.ValueKind != JsonValueKind.Array || quotes.GetArrayLength() == 0)
        {
            throw JsonAnswer.Schema(call, "field 'indicators.quote' is missing");
        }

        var quote = quotes[0];
        var columns = new[] { "open", "high", "low", "close", "volume" }.Select(name =>
            quote.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
                ? array
                : throw JsonAnswer.Schema(call, $"field 'indicators.quote[0].{name}' is missing")).ToArray();
        var bars = new List<(long, string, string, string, string, string)>();
        var i = 0;
        foreach (var time in times.EnumerateArray())
        {
            string At(int c) => i < columns[c].GetArrayLength() ? JsonAnswer.Text(columns[c][i]) : string.Empty;
            bars.Add((time.GetInt64(), At(0), At(1), At(2), At(3), At(4)));
            i++;
        }

        return bars;
    }

    private static TimeSpan Offset(SourceCall call, JsonElement result) =>
        result.TryGetProperty("meta", out var meta) && meta.TryGetProperty("gmtoffset", out var g) && g.ValueKind == JsonValueKind.Number
            ? TimeSpan.FromSeconds(g.GetInt32())
            : throw JsonAnswer.Schema(call, "field 'meta.gmtoffset' is missing");

    /// <summary>The last bar is the live one when the market's regular session has not ended at regularMarketTime.</summary>
    private static bool Unfinished(JsonElement result) =>
        result.TryGetProperty("meta", out var meta)
        && meta.TryGetProperty("regularMarketTime", out var now) && now.ValueKind == JsonValueKind.Number
        && meta.TryGetProperty("currentTradingPeriod", out var period) && period.TryGetProperty("regular", out var regular)
        && regular.TryGetProperty("start", out var start) && regular.TryGetProperty("end", out var end)
        && now.GetInt64() >= start.GetInt64() && now.GetInt64() < end.GetInt64();

    private static string? ErrorOf(SourceAnswer answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer.Body);
            foreach (var top in new[] { "chart", "finance" })
            {
                if (json.RootElement.TryGetProperty(top, out var o) && o.ValueKind == JsonValueKind.Object
                    && o.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object)
                {
                    return JsonAnswer.Optional(e, "description");
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Uri ChartUrl(string symbol, DateOnly from, DateOnly toExclusive, string interval)
    {
        long Unix(DateOnly d) => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
        return new Uri($"{settings.YahooUrl.ToString().TrimEnd('/')}/v8/finance/chart/{Uri.EscapeDataString(symbol)}?period1={Unix(from)}"
                       + $"&period2={Unix(toExclusive)}&interval={interval}&includePrePost=false&events=div%2Csplits");
    }
}
