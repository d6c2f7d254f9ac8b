using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Live.Feeds.KabuStation;

/// <summary>One symbol registered with kabu STATION: its code and exchange (1 = TSE) and, for an index, the series id its
/// price feeds (101@1 is the Nikkei 225, N225). A symbol without a series is a plain instrument: its ticks are tracked
/// but move no index.</summary>
public sealed record KabuStationSymbol(string Code, int Exchange, string? SeriesId, string Name)
{
    /// <summary>kabu STATION registers at most 50 symbols (PUT /register).</summary>
    public const int MaxRegistered = 50;

    /// <summary>The symbol map as data: the kabu STATION codes of the indices Kabuto follows, and their series ids.</summary>
    public static IReadOnlyList<KabuStationSymbol> Defaults { get; } =
    [
        new("101", 1, IndexIds.N225, "Nikkei 225"),
        new("151", 1, IndexIds.Topix, "TOPIX"),
    ];

    /// <summary>"101@1" as kabu STATION writes it in GET /board/{code}@{exchange}.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Code}@{Exchange}");

    /// <summary>A list such as "101@1=N225,151@1=TOPIX,7203@1": CODE@EXCHANGE with an optional =SERIES; at most 50.</summary>
    public static IReadOnlyList<KabuStationSymbol> ParseList(string text, string source = "--symbols")
    {
        ArgumentNullException.ThrowIfNull(text);
        var symbols = new List<KabuStationSymbol>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, series) = part.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0 ? (part[..eq], part[(eq + 1)..]) : (part, null);
            var at = key.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || !int.TryParse(key.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var exchange)
                || !key[..at].All(char.IsAsciiLetterOrDigit) || series is { Length: 0 })
            {
                throw Fail.Input(source, null, "symbol", part, "is not CODE@EXCHANGE[=SERIES]", "write e.g. 101@1=N225,151@1=TOPIX,7203@1");
            }

            var known = Defaults.FirstOrDefault(d => d.Code == key[..at] && d.Exchange == exchange);
            var symbol = new KabuStationSymbol(key[..at], exchange, series ?? known?.SeriesId, known?.Name ?? key[..at]);
            if (symbols.Any(s => s.Key == symbol.Key))
            {
                throw Fail.Input(source, null, "symbol", part, "is given twice", "list each symbol once");
            }

            symbols.Add(symbol);
        }

        return Validate(symbols, source);
    }

    /// <summary>Rejects an empty list, more than 50 symbols and two symbols feeding one series.</summary>
    public static IReadOnlyList<KabuStationSymbol> Validate(IReadOnlyList<KabuStationSymbol> symbols, string source = "--symbols")
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count == 0)
        {
            throw Fail.Input(source, null, "symbols", string.Empty, "is empty", "give at least one symbol, e.g. 101@1=N225");
        }

        if (symbols.Count > MaxRegistered)
        {
            throw Fail.User(string.Create(CultureInfo.InvariantCulture,
                $"{source}: too many symbols: {symbols.Count} given, kabu STATION registers at most {MaxRegistered}; drop {symbols.Count - MaxRegistered}"));
        }

        var twice = symbols.Where(s => s.SeriesId is not null).GroupBy(s => s.SeriesId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw Fail.Input(source, null, "series", twice.Key, "is fed by two symbols", "map each series to one symbol");
        }

        return symbols;
    }
}
