using System.Globalization;
using System.Text.Json;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Kabuto.Data.Import.Formats;
using Kabuto.Data.Store;

namespace Kabuto.Data.Fetch;

/// <summary>J-Quants v2 (JPX): the trading calendar (which then decides the days asked for), the equities master, every issue's daily bars of a date, TOPIX, and every index of a
/// date (the 33 sectors among them). The key travels as the x-api-key header only. The plan decides what is asked
/// (Free: master and bars; Light adds TOPIX; Standard the other indices), which dates (its window) and how fast
/// (5/60/120/500 requests a minute). Every answer is paged with pagination_key; all pages of a request make ONE
/// document, so a request that fails half-way leaves nothing (docs/fetch.md).</summary>
public sealed class JQuantsProvider(FetchSettings settings, FetchHttp http) : IFetchProvider
{
    public const string SourceName = "jquants";

    /// <summary>J-Quants index codes other than TOPIX are stored under "JPX-" + code (JPX-0040 Fishery ... JPX-0060 Services;
    /// the names are in <see cref="JpxIndices"/>).</summary>
    public const string IndexSeriesPrefix = JpxIndices.SeriesPrefix;

    private const string FirstSectorCode = "0040";

    /// <summary>J-Quants' non-standard "No Content (Partial)".</summary>
    private const int PartialContent = 210;

    /// <summary>Heavy overuse blocks a key for about 5 minutes and J-Quants sends no Retry-After: wait at least a minute.</summary>
    private static readonly TimeSpan RateLimitedWait = TimeSpan.FromMinutes(1);

    private readonly RateGate _gate = new(http.Time, TimeSpan.FromMinutes(1) / JQuantsPlans.RequestsPerMinute(settings.JQuantsPlan));

    public string Name => SourceName;

    public string Needs =>
        $"{FetchSettings.JQuantsKeyVariable} ({(settings.JQuantsApiKey is null ? "not set" : "set")}); {FetchSettings.JQuantsPlanVariable} = "
        + $"{JQuantsPlans.Name(settings.JQuantsPlan)} ({JQuantsPlans.RequestsPerMinute(settings.JQuantsPlan)} requests/min; free: master and daily bars "
        + "from 2 years 12 weeks ago to 12 weeks ago; light adds TOPIX; standard the 33 sector indices)";

    public string? NotReady => settings.JQuantsApiKey is null
        ? $"no API key: set {FetchSettings.JQuantsKeyVariable} to the key on your J-Quants dashboard (and {FetchSettings.JQuantsPlanVariable} to your plan)"
        : null;

    public IReadOnlyList<FetchStep> Plan(FetchRange range, IMarketStore store)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(store);
        var plan = settings.JQuantsPlan;
        var (first, last) = JQuantsPlans.Window(plan, range.Today);
        var planName = JQuantsPlans.Name(plan);
        var steps = new List<FetchStep>();

        // The exchange's calendar first (every plan has it): once held it decides which days the other requests ask for.
        var calendarHeld = store.ExchangeDays(Markets.Tokyo, range.From, range.To);
        var calendarLacking = Enumerable.Range(0, range.To.DayNumber - range.From.DayNumber + 1).Select(range.From.AddDays)
            .Where(d => !calendarHeld.ContainsKey(d)).ToList();
        if (calendarLacking.Count > 0)
        {
            var (from, to) = (calendarLacking[0], calendarLacking[^1]);
            var url = Url("markets/calendar", ("from", Iso(from)), ("to", Iso(to)));
            var what = $"trading calendar {from:yyyy-MM-dd}..{to:yyyy-MM-dd}";
            steps.Add(new FetchStep(SourceName, what, url.PathAndQuery, null, null) { StoresItself = ct => Calendar(what, url, from, to, store, ct) });
        }

        var days = TradingDays.Of(store, Markets.Tokyo, range.From, range.To);
        string OutsideWindow(DateOnly d) =>
            $"the {planName} plan serves {first:yyyy-MM-dd} to {last:yyyy-MM-dd}, not {d:yyyy-MM-dd}; ask within it (--from/--to) or set {FetchSettings.JQuantsPlanVariable} to a plan that has it";

        if (days.Count > 0)
        {
            var day = days[^1] > last ? days.LastOrDefault(d => d <= last) : days[^1];
            if (day != default && day >= first && !store.HasImportFrom(DocumentName("equities/master", day)))
            {
                var url = Url("equities/master", ("date", Iso(day)));
                steps.Add(new FetchStep(SourceName, $"equities master {day:yyyy-MM-dd}", url.PathAndQuery, null,
                    ct => Master(url, day, ct)));
            }
        }

        var held = store.MemberDates(SourceName + "/", range.From, range.To);
        // A day is done once its answer was imported, even if every row was quarantined (the 2020-10-01 outage: all null).
        var barDays = days.Where(d => !held.Contains(d) && !store.HasImportFrom(DocumentName("equities/bars/daily", d))).ToList();
        steps.AddRange(OutsideSteps("daily bars", "equities/bars/daily", barDays.Where(d => d < first || d > last).ToList(), OutsideWindow));
        foreach (var day in barDays.Where(d => d >= first && d <= last))
        {
            var url = Url("equities/bars/daily", ("date", Iso(day)));
            steps.Add(new FetchStep(SourceName, $"daily bars of every issue {day:yyyy-MM-dd}", url.PathAndQuery, null, ct => DailyBars(url, day, ct)));
        }

        var topixHeld = store.HeldDates(IndexIds.Topix, range.From, range.To);
        var topixMissing = days.Where(d => !topixHeld.Contains(d)).ToList();
        if (topixMissing.Count > 0)
        {
            var (from, to) = (topixMissing[0], topixMissing[^1]);
            var url = Url("indices/bars/daily/topix", ("from", Iso(from)), ("to", Iso(to)));
            var what = $"TOPIX {from:yyyy-MM-dd}..{to:yyyy-MM-dd}";
            steps.Add(plan < JQuantsPlans.ForTopix
                ? FetchStep.Skip(SourceName, what, url.PathAndQuery, $"the {planName} plan does not include TOPIX (light and above do); set {FetchSettings.JQuantsPlanVariable} if your plan has it")
                : from < first
                    ? FetchStep.Skip(SourceName, what, url.PathAndQuery, OutsideWindow(from))
                    : new FetchStep(SourceName, what, url.PathAndQuery, null, ct => Topix(url, from, to, ct)));
        }

        var sectorsHeld = store.HeldDates(IndexSeriesPrefix + FirstSectorCode, range.From, range.To);
        var indexDays = days.Where(d => !sectorsHeld.Contains(d) && !store.HasImportFrom(DocumentName("indices/bars/daily", d))).ToList();
        if (plan < JQuantsPlans.ForIndices)
        {
            steps.AddRange(OutsideSteps("every index (33 sectors, Core30, ...)", "indices/bars/daily", indexDays,
                _ => $"the {planName} plan does not include the sector indices (standard and above do); set {FetchSettings.JQuantsPlanVariable} if your plan has it"));
            return steps;
        }

        steps.AddRange(OutsideSteps("every index (33 sectors, Core30, ...)", "indices/bars/daily", indexDays.Where(d => d < first || d > last).ToList(), OutsideWindow));
        foreach (var day in indexDays.Where(d => d >= first && d <= last))
        {
            var url = Url("indices/bars/daily", ("date", Iso(day)));
            steps.Add(new FetchStep(SourceName, $"every index (33 sectors, Core30, ...) {day:yyyy-MM-dd}", url.PathAndQuery, null, ct => Indices(url, day, ct)));
        }

        return steps;
    }

    /// <summary>Days the source will not be asked about, as ONE skipped step with the reason for the first of them.</summary>
    private IEnumerable<FetchStep> OutsideSteps(string what, string endpoint, IReadOnlyList<DateOnly> days, Func<DateOnly, string> reason)
    {
        if (days.Count == 0)
        {
            yield break;
        }

        var span = days.Count == 1 ? Iso(days[0]) : $"{Iso(days[0])}..{Iso(days[^1])} ({days.Count} trading days)";
        yield return FetchStep.Skip(SourceName, $"{what} {span}", Url(endpoint, ("date", Iso(days[0]))).PathAndQuery, reason(days[0]));
    }

    /// <summary>The exchange's calendar of a range, stored at once (one transaction, not through the file readers: its rows
    /// are days, not prices); a day it disagrees with the law calendar on is a finding, named in the step's report.</summary>
    private async Task<FetchStepReport> Calendar(string what, Uri url, DateOnly from, DateOnly to, IMarketStore store, CancellationToken ct)
    {
        var days = new List<(DateOnly Date, int Status)>();
        var fetched = await Pages(url, (call, row, n) =>
        {
            var date = JsonAnswer.Required(call, row, "Date", n);
            var status = JsonAnswer.Required(call, row, "HolDiv", n);
            if (!Parse.TryIsoDate(date, out var day) || !int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var holDiv) || holDiv > 3)
            {
                throw new FetchException(SourceName, call.Shown, $"row {n} has Date '{date}' and HolDiv '{status}', not a date and 0..3: the answer's layout changed",
                    "nothing of it was stored; report it if it persists");
            }

            days.Add((day, holDiv));
        }, ct).ConfigureAwait(false);
        var request = url.PathAndQuery;
        if (fetched is not { } at || days.Count == 0)
        {
            return new FetchStepReport(what, request, "empty", "nothing stored: no calendar days in the answer; the law calendar decides these days", 0, 0, 0, 0);
        }

        var (changed, disagreements, unchanged) = ExchangeCalendarDays.Store(store, Markets.Tokyo, $"{SourceName}/markets/calendar/{Iso(from)}..{Iso(to)}",
            Shown(url), days, at);
        var reason = disagreements.Count == 0 ? null : $"{disagreements.Count} day(s) disagree with the law calendar (findings): {string.Join("; ", disagreements)}";
        return new FetchStepReport(what, request, unchanged ? "unchanged" : "fetched", reason, days.Count, days.Count, 0, changed);
    }

    private async Task<IReadOnlyList<FetchedDocument>> Master(Uri url, DateOnly day, CancellationToken ct)
    {
        var text = new DocumentText("Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName");
        var fetched = await Pages(url, (call, row, n) => text.Row(
            JsonAnswer.Required(call, row, "Date", n), JsonAnswer.Required(call, row, "Code", n), JsonAnswer.Required(call, row, "CoName", n),
            JsonAnswer.Optional(row, "CoNameEn"), JsonAnswer.Optional(row, "S17"), JsonAnswer.Optional(row, "S17Nm"),
            JsonAnswer.Required(call, row, "S33", n), JsonAnswer.Optional(row, "S33Nm"), JsonAnswer.Optional(row, "ScaleCat"),
            JsonAnswer.Optional(row, "Mkt"), JsonAnswer.Optional(row, "MktNm")), ct).ConfigureAwait(false);
        return Document("equities/master", day, url, "jquants-listed-info", new JQuantsListedInfoImporter(), "equities_master.csv", text, fetched);
    }

    private async Task<IReadOnlyList<FetchedDocument>> DailyBars(Uri url, DateOnly day, CancellationToken ct)
    {
        // The daily_quotes CSV layout, so the file importer reads it: nulls (a day without trades) stay empty and are
        // quarantined as placeholders like the file's empty prices.
        var text = new DocumentText("Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor");
        var fetched = await Pages(url, (call, row, n) => text.Row(
            JsonAnswer.Required(call, row, "Date", n), JsonAnswer.Required(call, row, "Code", n), JsonAnswer.Required(call, row, "O", n),
            JsonAnswer.Required(call, row, "H", n), JsonAnswer.Required(call, row, "L", n), JsonAnswer.Required(call, row, "C", n),
            JsonAnswer.Optional(row, "UL"), JsonAnswer.Optional(row, "LL"), JsonAnswer.Required(call, row, "Vo", n),
            JsonAnswer.Optional(row, "Va"), JsonAnswer.Optional(row, "AdjFactor")), ct).ConfigureAwait(false);
        return Document("equities/bars/daily", day, url, "jquants-daily-quotes", new JQuantsDailyQuotesImporter(), "daily_quotes.csv", text, fetched);
    }

    private async Task<IReadOnlyList<FetchedDocument>> Topix(Uri url, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var text = new DocumentText(FetchedBarsReader.Header);
        var fetched = await Pages(url, (call, row, n) => text.Row(IndexIds.Topix, JsonAnswer.Required(call, row, "Date", n),
            JsonAnswer.Required(call, row, "O", n), JsonAnswer.Required(call, row, "H", n), JsonAnswer.Required(call, row, "L", n),
            JsonAnswer.Required(call, row, "C", n), null), ct).ConfigureAwait(false);
        return Document("indices/bars/daily/topix", $"{Iso(from)}..{Iso(to)}", url, text, fetched);
    }

    private async Task<IReadOnlyList<FetchedDocument>> Indices(Uri url, DateOnly day, CancellationToken ct)
    {
        var text = new DocumentText(FetchedBarsReader.Header);
        var fetched = await Pages(url, (call, row, n) =>
        {
            var code = JsonAnswer.Required(call, row, "Code", n);
            text.Row(code == "0000" ? IndexIds.Topix : IndexSeriesPrefix + code, JsonAnswer.Required(call, row, "Date", n),
                JsonAnswer.Required(call, row, "O", n), JsonAnswer.Required(call, row, "H", n), JsonAnswer.Required(call, row, "L", n),
                JsonAnswer.Required(call, row, "C", n), null);
        }, ct).ConfigureAwait(false);
        return Document("indices/bars/daily", Iso(day), url, text, fetched);
    }

    private IReadOnlyList<FetchedDocument> Document(string endpoint, DateOnly day, Uri url, string format, IFormatImporter reader, string fileName,
        DocumentText text, DateTimeOffset? fetched) =>
        text.Rows == 0 || fetched is not { } at ? [] : [new FetchedDocument(DocumentName(endpoint, day), Shown(url), format, reader, fileName, text.ToString(), at)];

    private IReadOnlyList<FetchedDocument> Document(string endpoint, string key, Uri url, DocumentText text, DateTimeOffset? fetched) =>
        text.Rows == 0 || fetched is not { } at ? [] : [new FetchedDocument($"{SourceName}/{endpoint}/{key}", Shown(url), "jquants-indices", FetchedBarsReader.Instance,
            "indices.csv", text.ToString(), at)];

    /// <summary>Every page of a request: the same query again with pagination_key until the answer has none. Each row is
    /// handed to <paramref name="row"/> with its 1-based number across pages. Returns the time of the first answer, or null
    /// when a page came back 210 "No Content (Partial)": J-Quants is still publishing, so nothing of the request is
    /// stored and the next run asks again.</summary>
    private async Task<DateTimeOffset?> Pages(Uri url, Action<SourceCall, JsonElement, int> row, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? key = null;
        var number = 0;
        DateTimeOffset? first = null;
        do
        {
            var pageUrl = key is null ? url : new Uri($"{url}&pagination_key={Uri.EscapeDataString(key)}");
            var call = new SourceCall(SourceName, pageUrl, new Dictionary<string, string> { ["x-api-key"] = settings.JQuantsApiKey ?? string.Empty },
                RateLimitedWait, FetchSettings.JQuantsUrlVariable);
            await _gate.WaitAsync(ct).ConfigureAwait(false);
            var answer = await http.GetAsync(call, ct).ConfigureAwait(false);
            first ??= http.Time.GetUtcNow();
            Check(call, answer);
            if (answer.Status == PartialContent)
            {
                return null;
            }

            using var json = JsonAnswer.Parse(call, answer);
            foreach (var r in JsonAnswer.Array(call, json.RootElement, "data").EnumerateArray())
            {
                row(call, r, ++number);
            }

            key = json.RootElement.TryGetProperty("pagination_key", out var k) && k.ValueKind == JsonValueKind.String && k.GetString() is { Length: > 0 } next
                ? next
                : null;
            if (key is not null && !seen.Add(key))
            {
                throw new FetchException(SourceName, call.Shown, $"pagination_key '{key}' came back twice (the pages loop)", "nothing of it was stored; try again later");
            }
        }
        while (key is not null);

        return first;
    }

    /// <summary>J-Quants' errors in words: 400, 403 bad key, 403 plan (or wrong path), 429 after the waits, 5xx after the retries.</summary>
    private static void Check(SourceCall call, SourceAnswer answer)
    {
        if (answer.Status is >= 200 and < 300)
        {
            return;
        }

        var said = Message(answer);
        var quoted = said is null ? string.Empty : $" (J-Quants: \"{said}\")";
        throw answer.Status switch
        {
            403 when said?.Contains("api key", StringComparison.OrdinalIgnoreCase) == true => new FetchException(SourceName, call.Shown,
                $"HTTP 403 bad API key{quoted}", $"set {FetchSettings.JQuantsKeyVariable} to the key on your J-Quants dashboard (v2 keys only)"),
            403 => new FetchException(SourceName, call.Shown, $"HTTP 403: your plan does not include this data{quoted}",
                $"set {FetchSettings.JQuantsPlanVariable} to your real plan (it decides what is asked), or upgrade the plan"),
            400 => new FetchException(SourceName, call.Shown, $"HTTP 400 bad request{quoted}", "check --from/--to; this is a Kabuto bug if they are right"),
            429 => new FetchException(SourceName, call.Shown, $"rate-limited (HTTP 429 after {answer.Tries} tries, a minute or more apart)",
                $"wait a few minutes (J-Quants blocks an overused key for ~5 min); check {FetchSettings.JQuantsPlanVariable} matches your plan"),
            >= 500 => new FetchException(SourceName, call.Shown, $"server error HTTP {answer.Status} after {answer.Tries} tries{quoted}", "try again later"),
            _ => new FetchException(SourceName, call.Shown, $"unexpected HTTP {answer.Status}{quoted}", "try again later; report it if it persists"),
        };
    }

    private static string? Message(SourceAnswer answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer.Body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Uri Url(string endpoint, params (string Name, string Value)[] query) =>
        new($"{settings.JQuantsUrl.ToString().TrimEnd('/')}/{endpoint}?{string.Join('&', query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}"))}");

    private static string Shown(Uri url) => url.GetLeftPart(UriPartial.Path) + url.Query;

    private static string DocumentName(string endpoint, DateOnly day) => $"{SourceName}/{endpoint}/{Iso(day)}";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Spaces a source's requests to its rate limit; the wait goes through the (injectable) time provider.</summary>
internal sealed class RateGate(TimeProvider time, TimeSpan interval)
{
    private long? _last;

    public async Task WaitAsync(CancellationToken ct)
    {
        if (_last is { } last)
        {
            var wait = interval - time.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }
        }

        _last = time.GetTimestamp();
    }
}

/// <summary>Trading days of a market in a range: the exchange's own calendar where the store holds it (J-Quants'
/// /markets/calendar for Tokyo), else the law calendar where Kabuto computes one, else weekdays.</summary>
internal static class TradingDays
{
    public static IReadOnlyList<DateOnly> Of(IMarketStore store, string marketId, DateOnly from, DateOnly to)
    {
        var held = store.ExchangeDays(marketId, from, to);
        var days = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var open = held.TryGetValue(d, out var status)
                ? ExchangeCalendarDays.IsOpen(status)
                : Quality.CalendarHolidays.Law.IsTradingDay(marketId, d) ?? d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (open)
            {
                days.Add(d);
            }
        }

        return days;
    }
}
