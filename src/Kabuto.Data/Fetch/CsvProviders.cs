using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Kabuto.Data.Import.Formats;
using Kabuto.Data.Store;

namespace Kabuto.Data.Fetch;

/// <summary>Nikkei Indexes' official daily CSV of the Nikkei 225 (close first, quoted values, a copyright footer). Read by
/// the same importer as the downloaded file and MERGED: rows are only ever added, so a file that holds a recent window
/// never removes older history. Asked only when a Tokyo trading day of the range lacks the N225 close.</summary>
public sealed class NikkeiProvider(FetchSettings settings, FetchHttp http) : IFetchProvider
{
    public const string SourceName = "nikkei";

    /// <summary>Nikkei's site serves its files to browsers.</summary>
    private const string BrowserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    public string Name => SourceName;

    public string Needs => "nothing (the public daily CSV; a browser User-Agent is sent)";

    public string? NotReady => null;

    public IReadOnlyList<FetchStep> Plan(FetchRange range, IMarketStore store)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(store);
        var held = store.HeldDates(IndexIds.N225, range.From, range.To);
        var missing = TradingDays.Of(store, Markets.Tokyo, range.From, range.To).Where(d => !held.Contains(d)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var url = settings.NikkeiUrl;
        return [new FetchStep(SourceName, $"Nikkei 225 daily CSV (lacking {missing.Count} day(s) from {missing[0]:yyyy-MM-dd})", url.PathAndQuery, null, ct => Fetch(url, ct))];
    }

    private async Task<IReadOnlyList<FetchedDocument>> Fetch(Uri url, CancellationToken ct)
    {
        var call = new SourceCall(SourceName, url, new Dictionary<string, string> { ["User-Agent"] = BrowserAgent, ["Accept"] = "text/csv,*/*" },
            TimeSpan.FromSeconds(30), FetchSettings.NikkeiUrlVariable);
        var answer = await http.GetAsync(call, ct).ConfigureAwait(false);
        CsvAnswers.Check(call, answer, "Nikkei");
        var (text, _) = SourceText.Decode(answer.Body);
        var lines = SourceText.Lines(text).Select(l => l.Text).Where(l => l.Trim().Length > 0).ToList();
        var importer = new NikkeiOfficialImporter();
        if (lines.Count == 0 || !importer.Detect(new FileSample("nikkei_stock_average_daily_en.csv", SourceName, lines.Take(1).ToList(), false)))
        {
            throw JsonAnswer.Schema(call, $"the header is '{(lines.Count == 0 ? string.Empty : lines[0])}', not 'Date of Data,Close,Open,High,Low'");
        }

        if (!lines[^1].Contains("Nikkei", StringComparison.OrdinalIgnoreCase) && !lines[^1].Contains("日本経済新聞", StringComparison.Ordinal))
        {
            throw new FetchException(SourceName, call.Shown, $"the answer is cut off after {answer.Body.Length:N0} bytes (no copyright footer, last line '{Cut(lines[^1])}')",
                "nothing of it was stored; try again");
        }

        var fileName = Path.GetFileName(url.AbsolutePath) is { Length: > 0 } name && name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? name
            : "nikkei_stock_average_daily_en.csv";
        return [new FetchedDocument($"{SourceName}/{fileName}", url.ToString(), importer.Format, importer, fileName, text, http.Time.GetUtcNow())];
    }

    private static string Cut(string line) => line.Length <= 40 ? line : line[..40] + "...";
}

/// <summary>FRED's keyless CSV download (fredgraph.csv?id=SERIES): DEXJPUS (noon New York buying rate, lagged) and US
/// indices, each mapped to a series by the series catalog. Read by the FRED file importer; a series is asked only for
/// the days of the range its market traded and the store lacks.</summary>
public sealed class FredProvider(FetchSettings settings, FetchHttp http) : IFetchProvider
{
    public const string SourceName = "fred";

    public string Name => SourceName;

    public string Needs => $"nothing (the keyless fredgraph.csv); series {string.Join(", ", settings.FredSeries)} ({FetchSettings.FredSeriesVariable})";

    public string? NotReady => null;

    public IReadOnlyList<FetchStep> Plan(FetchRange range, IMarketStore store)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(store);
        var steps = new List<FetchStep>();
        foreach (var id in settings.FredSeries)
        {
            var series = SeriesCatalog.FromName(id);
            var url = new Uri($"{settings.FredUrl}?id={Uri.EscapeDataString(id)}&cosd={Iso(range.From)}&coed={Iso(range.To)}");
            if (series is null)
            {
                steps.Add(FetchStep.Skip(SourceName, id, url.PathAndQuery,
                    $"FRED series '{id}' is not in the series catalog (docs/formats.md); remove it from {FetchSettings.FredSeriesVariable}"));
                continue;
            }

            var market = series == IndexIds.UsdJpy ? Markets.NewYork : Markets.ForSeries(series)?.Id ?? Markets.NewYork;
            var held = store.HeldDates(series, range.From, range.To);
            var missing = TradingDays.Of(store, market, range.From, range.To).Where(d => !held.Contains(d)).ToList();
            if (missing.Count > 0)
            {
                steps.Add(new FetchStep(SourceName, $"{id} → {series} ({missing.Count} day(s) lacking)", url.PathAndQuery, null, ct => Fetch(id, url, ct)));
            }
        }

        return steps;
    }

    private async Task<IReadOnlyList<FetchedDocument>> Fetch(string id, Uri url, CancellationToken ct)
    {
        var call = new SourceCall(SourceName, url, new Dictionary<string, string>(), TimeSpan.FromSeconds(30), FetchSettings.FredUrlVariable);
        var answer = await http.GetAsync(call, ct).ConfigureAwait(false);
        CsvAnswers.Check(call, answer, "FRED");
        var (text, _) = SourceText.Decode(answer.Body);
        var importer = new FredImporter();
        var first = SourceText.Lines(text).Select(l => l.Text).FirstOrDefault() ?? string.Empty;
        if (!importer.Detect(new FileSample(id + ".csv", SourceName, [first], false)))
        {
            throw JsonAnswer.Schema(call, $"the header is '{first}', not 'observation_date,{id}'");
        }

        if (Csv.Split(first) is { Count: 2 } header && !string.Equals(header[1], id, StringComparison.OrdinalIgnoreCase))
        {
            throw JsonAnswer.Schema(call, $"the value column is '{header[1]}', not '{id}'");
        }

        return [new FetchedDocument($"{SourceName}/{id}", url.ToString(), importer.Format, importer, id + ".csv", text, http.Time.GetUtcNow())];
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The statuses and refusals CSV sources share.</summary>
internal static class CsvAnswers
{
    public static void Check(SourceCall call, SourceAnswer answer, string who)
    {
        if (answer.Status is >= 200 and < 300 && !answer.IsHtml && answer.Body.Length > 0)
        {
            return;
        }

        throw answer switch
        {
            { IsHtml: true } => new FetchException(call.Source, call.Shown, $"HTTP {answer.Status} answered an HTML page, not data (a block, consent or error page)",
                $"nothing was stored; check {call.UrlVariable} or try again later"),
            { Status: 429 } => new FetchException(call.Source, call.Shown, $"rate-limited (HTTP 429 after {answer.Tries} tries)", "wait a few minutes and run again"),
            { Status: 404 } => new FetchException(call.Source, call.Shown, $"HTTP 404: {who} has no such file or series", $"check {call.UrlVariable} and the series names"),
            { Status: >= 500 } => new FetchException(call.Source, call.Shown, $"server error HTTP {answer.Status} after {answer.Tries} tries", "try again later"),
            { Body.Length: 0 } => new FetchException(call.Source, call.Shown, $"HTTP {answer.Status} with an empty body", "try again later"),
            _ => new FetchException(call.Source, call.Shown, $"unexpected HTTP {answer.Status}", $"check {call.UrlVariable}; try again later"),
        };
    }
}
