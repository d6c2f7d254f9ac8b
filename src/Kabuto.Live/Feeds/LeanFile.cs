using System.Globalization;
using Kabuto.Core.Errors;

namespace Kabuto.Live.Feeds;

/// <summary>A LEAN tick zip named &lt;ticker&gt;/&lt;yyyyMMdd&gt;_{trade|quote}.zip (the ticker is the folder).</summary>
public sealed record LeanFile(string Path, string Ticker, DateOnly Date, bool IsQuote)
{
    public static bool LooksLikeLean(string path) =>
        path.EndsWith("_trade.zip", StringComparison.OrdinalIgnoreCase) || path.EndsWith("_quote.zip", StringComparison.OrdinalIgnoreCase);

    public static LeanFile Parse(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var parts = name.Split('_');
        if (parts.Length != 2 || !DateOnly.TryParseExact(parts[0], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || parts[1] is not ("trade" or "quote"))
        {
            throw Fail.Input(path, null, "file name", name, "is not a LEAN tick zip name", "expected <ticker>/<yyyyMMdd>_trade.zip or _quote.zip");
        }

        var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))) ?? "";
        var ticker = folder.Length > 0 ? folder.ToUpperInvariant() : "?";
        return new LeanFile(path, ticker, date, parts[1] == "quote");
    }
}
