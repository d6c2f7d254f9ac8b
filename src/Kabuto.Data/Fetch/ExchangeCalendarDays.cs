using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kabuto.Data.Store;

namespace Kabuto.Data.Fetch;

/// <summary>An exchange's own trading calendar in the store (J-Quants /markets/calendar, HolDiv 0 closed, 1 open,
/// 2 half day, 3 closed with holiday trading). Where it is held it wins over the law calendar; a day the two disagree
/// on is kept as a finding (rule <see cref="DisagreementRule"/>), so it is reported, never silently taken.</summary>
public static class ExchangeCalendarDays
{
    public const string DisagreementRule = "calendar_disagrees_with_law";

    /// <summary>HolDiv 1 (open) and 2 (half day) are trading days; 0 and 3 (holiday trading only) are not.</summary>
    public static bool IsOpen(int holDiv) => holDiv is 1 or 2;

    public static string Describe(int holDiv) => holDiv switch
    {
        0 => "closed (HolDiv 0)",
        1 => "open (HolDiv 1)",
        2 => "open, half day (HolDiv 2)",
        3 => "closed, holiday trading only (HolDiv 3)",
        _ => $"HolDiv {holDiv}",
    };

    /// <summary>A day on which the exchange's calendar and the law calendar disagree, in words.</summary>
    public static string Disagreement(DateOnly date, int holDiv) =>
        $"{date:yyyy-MM-dd} ({date.DayOfWeek}): J-Quants' calendar says {Describe(holDiv)}, the law calendar says "
        + $"{(IsOpen(holDiv) ? "closed" : "open")}; the exchange's status is used";

    /// <summary>Stores a calendar answer in ONE transaction (an import row, the days, a finding per disagreement);
    /// the same answer again changes nothing. Returns the days inserted or changed and the disagreements.</summary>
    public static (long Changed, IReadOnlyList<string> Disagreements, bool Unchanged) Store(IMarketStore store, string market, string documentName,
        string url, IReadOnlyList<(DateOnly Date, int Status)> days, DateTimeOffset fetchedUtc)
    {
        var text = string.Join('\n', days.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Date:yyyy-MM-dd},{d.Status}")));
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(documentName + "\n" + text)));
        var law = Quality.CalendarHolidays.Law;
        var disagreements = new List<string>();
        using var writer = store.BeginWrite();
        if (writer.FindImport(sha) is not null)
        {
            return (0, [], true);
        }

        var importId = writer.BeginImport(url, documentName, sha, "jquants-calendar", fetchedUtc);
        var before = writer.Inserted;
        for (var line = 0; line < days.Count; line++)
        {
            var (date, status) = days[line];
            writer.AddExchangeDay(importId, market, date, status);
            if (law.IsTradingDay(market, date) is { } lawOpen && lawOpen != IsOpen(status))
            {
                var message = Disagreement(date, status);
                disagreements.Add(message);
                writer.AddFinding(importId, documentName, line + 1, DisagreementRule, $"{date:yyyy-MM-dd}", message);
            }
        }

        var changed = writer.Inserted - before;
        writer.FinishImport(importId, "calendar:" + market, days.Count, changed, 0);
        writer.Commit();
        return (changed, disagreements, false);
    }
}
