using System.Globalization;
using System.Text;

namespace Kabuto.TestSupport;

/// <summary>Payloads of exactly the documented shapes (shared/docs/data-sources.md), built from the real files in
/// ../shared/data where they exist: J-Quants v2 daily bars from the members' prices in raw/tse-yfinance-singularity,
/// the Nikkei CSV as raw/nikkei-official-kabutan holds it. Nothing is copied into the repository.</summary>
public static class SourcePayloads
{
    public const string MembersFolder = "raw/tse-yfinance-singularity";
    public const string NikkeiCsv = "raw/nikkei-official-kabutan/nikkei_stock_average_daily_en.csv";

    /// <summary>One J-Quants /equities/bars/daily row per member file that has the day, as a JSON object: 5-digit Code,
    /// O/H/L/C/Vo as the file wrote them, UL/LL "0", Va null (the file has no turnover), AdjFactor 1.0 and the Adj* copies.
    /// Null when the data is missing outside CI (SharedData.Require).</summary>
    public static IReadOnlyList<string>? JQuantsDailyRows(DateOnly day)
    {
        var folder = SharedData.Require(MembersFolder);
        if (folder is null)
        {
            return null;
        }

        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.T.csv").Order(StringComparer.Ordinal))
        {
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(iso + ",", StringComparison.Ordinal));
            if (line is null)
            {
                continue;
            }

            // Price,Close,High,Low,Open,Volume (yfinance's multi-line header)
            var f = line.Split(',');
            var code = Path.GetFileName(file).Split('.')[0] + "0";
            rows.Add(JQuantsBar(iso, code, o: f[4], h: f[2], l: f[3], c: f[1], vo: f[5]));
        }

        return rows;
    }

    /// <summary>A J-Quants v2 daily bar; null prices write JSON null (a day without trades in the issue). Va (turnover)
    /// is null unless given, AdjFactor 1.0 unless given.</summary>
    public static string JQuantsBar(string date, string code, string? o, string? h, string? l, string? c, string? vo, string? va = null, string adjFactor = "1.0")
    {
        static string N(string? v) => string.IsNullOrEmpty(v) ? "null" : v;
        return $"{{\"Date\":\"{date}\",\"Code\":\"{code}\",\"O\":{N(o)},\"H\":{N(h)},\"L\":{N(l)},\"C\":{N(c)},\"UL\":\"0\",\"LL\":\"0\","
               + $"\"Vo\":{N(vo)},\"Va\":{N(va)},\"AdjFactor\":{adjFactor},\"AdjO\":{N(o)},\"AdjH\":{N(h)},\"AdjL\":{N(l)},\"AdjC\":{N(c)},\"AdjVo\":{N(vo)}}}";
    }

    /// <summary>{"data":[rows], "pagination_key": key} (the key left out when null), the envelope of every J-Quants answer.</summary>
    public static string JQuantsPage(IEnumerable<string> rows, string? paginationKey = null) =>
        $"{{\"data\":[{string.Join(',', rows)}]{(paginationKey is null ? string.Empty : $",\"pagination_key\":\"{paginationKey}\"")}}}";

    /// <summary>/markets/calendar's page for [from, to] (every calendar day, HolDiv as a string: 0 closed, 1 open, 2 half
    /// day, 3 closed with holiday trading), from Tokyo's law calendar unless <paramref name="exchange"/> says otherwise.</summary>
    public static string JQuantsCalendar(DateOnly from, DateOnly to, IReadOnlyDictionary<DateOnly, int>? exchange = null)
    {
        var law = Kabuto.Core.Calendars.Calendars.For("tokyo", null);
        var rows = new List<string>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var holDiv = exchange is not null && exchange.TryGetValue(d, out var given) ? given : law.IsTradingDay(d) ? 1 : 0;
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{{\"Date\":\"{d:yyyy-MM-dd}\",\"HolDiv\":\"{holDiv}\"}}"));
        }

        return JQuantsPage(rows);
    }

    public static string JQuantsIndexRow(string date, string code, decimal o, decimal h, decimal l, decimal c) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"Date\":\"{date}\",\"Code\":\"{code}\",\"O\":{o},\"H\":{h},\"L\":{l},\"C\":{c}}}");

    public static string JQuantsTopixRow(string date, decimal o, decimal h, decimal l, decimal c) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"Date\":\"{date}\",\"O\":{o},\"H\":{h},\"L\":{l},\"C\":{c}}}");

    /// <summary>The official Nikkei CSV bytes as downloaded (CP932 footer and all), or null outside CI without the data.</summary>
    public static byte[]? NikkeiCsvBytes() => SharedData.Require(NikkeiCsv) is { } path ? File.ReadAllBytes(path) : null;

    /// <summary>A Yahoo chart answer: meta (symbol, gmtoffset, regularMarketTime after the session), timestamps and
    /// quote arrays (null where a value is null).</summary>
    public static string YahooChart(string symbol, int gmtOffsetSeconds, IReadOnlyList<(long Time, decimal? O, decimal? H, decimal? L, decimal? C, long? V)> bars)
    {
        static string A<T>(IEnumerable<T?> values) where T : struct =>
            "[" + string.Join(',', values.Select(v => v is null ? "null" : Convert.ToString(v.Value, CultureInfo.InvariantCulture))) + "]";
        var last = bars.Count == 0 ? 0 : bars[^1].Time;
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"{{\"chart\":{{\"result\":[{{\"meta\":{{\"currency\":\"JPY\",\"symbol\":\"{symbol}\",\"exchangeName\":\"OSA\",");
        json.Append(CultureInfo.InvariantCulture, $"\"instrumentType\":\"INDEX\",\"gmtoffset\":{gmtOffsetSeconds},\"exchangeTimezoneName\":\"Asia/Tokyo\",");
        json.Append(CultureInfo.InvariantCulture, $"\"regularMarketTime\":{last + 86_400},\"chartPreviousClose\":1.0,");
        json.Append(CultureInfo.InvariantCulture, $"\"currentTradingPeriod\":{{\"regular\":{{\"start\":{last + 80_000},\"end\":{last + 80_001},\"gmtoffset\":{gmtOffsetSeconds}}}}}}},");
        if (bars.Count > 0)
        {
            json.Append("\"timestamp\":[").Append(string.Join(',', bars.Select(b => b.Time))).Append("],");
        }

        json.Append("\"indicators\":{\"quote\":[{");
        json.Append("\"open\":").Append(A(bars.Select(b => b.O))).Append(',');
        json.Append("\"high\":").Append(A(bars.Select(b => b.H))).Append(',');
        json.Append("\"low\":").Append(A(bars.Select(b => b.L))).Append(',');
        json.Append("\"close\":").Append(A(bars.Select(b => b.C))).Append(',');
        json.Append("\"volume\":").Append(A(bars.Select(b => b.V)));
        json.Append("}]}}],\"error\":null}}");
        return json.ToString();
    }

    public const string YahooFolder = "raw/yahoo-recent-blank-app";

    /// <summary>A Yahoo chart answer (interval 1d) holding every row of the yfinance file of the symbol in
    /// raw/yahoo-recent-blank-app, values as the file wrote them, each bar stamped at noon UTC with gmtoffset 0 (so its
    /// date is the file's). Null outside CI without the data.</summary>
    public static string? YahooDailyFromFile(string symbol)
    {
        if (SharedData.Require($"{YahooFolder}/{symbol}.csv") is not { } path)
        {
            return null;
        }

        var bars = new List<(long, decimal?, decimal?, decimal?, decimal?, long?)>();
        foreach (var line in File.ReadLines(path).Skip(3))
        {
            // Price,Close,High,Low,Open,Volume
            var f = line.Split(',');
            if (f.Length < 6 || !DateOnly.TryParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                continue;
            }

            static decimal? D(string v) => decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
            static long? L(string v) => decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? (long)d : null;
            var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).ToUnixTimeSeconds();
            bars.Add((noon, D(f[4]), D(f[2]), D(f[3]), D(f[1]), L(f[5])));
        }

        return YahooChart(symbol, 0, bars);
    }

    public const string YahooNotFound = "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\",\"description\":\"No data found, symbol may be delisted\"}}}";
}
