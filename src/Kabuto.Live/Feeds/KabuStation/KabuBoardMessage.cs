using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kabuto.Live.Feeds.KabuStation;

/// <summary>The fields Kabuto reads from one kabu STATION push message (the GET /board schema): the symbol, its
/// exchange, the current price and its time (with the offset the message carries, converted to a UTC instant, never
/// assumed to be JST), the previous close. Every other field (quotes, depth, VWAP...) is skipped; unknown fields are
/// ignored. <see cref="Problem"/> names what is missing or malformed when the message cannot give a tick.</summary>
public readonly record struct KabuBoardMessage(
    string? Symbol,
    int Exchange,
    decimal? CurrentPrice,
    DateTimeOffset? CurrentPriceTime,
    decimal? PreviousClose,
    string? Problem)
{
    /// <summary>True when the message carries a price and its instant: it becomes a tick.</summary>
    public bool HasPrice => Problem is null && CurrentPrice is not null && CurrentPriceTime is not null;

    /// <summary>"101@1".</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Symbol}@{Exchange}");

    /// <summary>Reads one message. Never throws on content: a message that is not a JSON object, or lacks Symbol or
    /// Exchange, or has a CurrentPrice without a CurrentPriceTime (or a time without an offset), comes back with
    /// <see cref="Problem"/> set. A null CurrentPrice (no trade yet today) is not a problem: no tick.</summary>
    public static KabuBoardMessage Parse(ReadOnlySpan<byte> json)
    {
        string? symbol = null;
        int? exchange = null;
        decimal? price = null;
        decimal? previousClose = null;
        string? timeText = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Invalid(null, "is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("Symbol"u8))
                {
                    reader.Read();
                    symbol = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
                        _ => null,
                    };
                }
                else if (reader.ValueTextEquals("Exchange"u8))
                {
                    reader.Read();
                    exchange = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var e) ? e : null;
                }
                else if (reader.ValueTextEquals("CurrentPrice"u8))
                {
                    reader.Read();
                    price = Number(ref reader);
                }
                else if (reader.ValueTextEquals("CurrentPriceTime"u8))
                {
                    reader.Read();
                    timeText = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("PreviousClose"u8))
                {
                    reader.Read();
                    previousClose = Number(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            return Invalid(symbol, $"is not valid JSON ({e.Message.Split('.')[0]})");
        }

        if (string.IsNullOrEmpty(symbol))
        {
            return Invalid(null, "has no Symbol");
        }

        if (exchange is null)
        {
            return Invalid(symbol, "has no Exchange");
        }

        if (price is null)
        {
            return new KabuBoardMessage(symbol, exchange.Value, null, null, previousClose, null);
        }

        if (timeText is null)
        {
            return Invalid(symbol, "has a CurrentPrice but no CurrentPriceTime", exchange.Value);
        }

        if (!TryInstant(timeText, out var time))
        {
            return Invalid(symbol, $"has CurrentPriceTime '{timeText}', not an ISO time with a UTC offset (e.g. 2026-12-07T09:00:05+09:00)", exchange.Value);
        }

        return new KabuBoardMessage(symbol, exchange.Value, price, time, previousClose, null);
    }

    /// <summary>An ISO 8601 time that states its offset (Z or ±hh:mm); a time without one is refused rather than read
    /// in this machine's zone or assumed to be JST.</summary>
    public static bool TryInstant(string text, out DateTimeOffset time)
    {
        time = default;
        ArgumentNullException.ThrowIfNull(text);
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z')
                        || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':' && text.IndexOf('T', StringComparison.Ordinal) > 0);
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static decimal? Number(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : null;

    private static KabuBoardMessage Invalid(string? symbol, string problem, int exchange = 0) =>
        new(symbol, exchange, null, null, null, $"kabu STATION message{(symbol is null ? string.Empty : $" for Symbol {symbol}")} {problem}");
}
