using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Fetch;
using Kabuto.Data.Store;
using Kabuto.Writing.Composing;

namespace Kabuto.Watch;

/// <summary>Something an edition would use that the store does not hold (or a source that failed), in English and
/// Japanese, with what the draft leaves out because of it.</summary>
public sealed record MissingData(string English, string Japanese);

/// <summary>What an edition of a Tokyo day lacks, read from the store after the fetch: the midday edition needs the
/// Nikkei 225's 11:30 level and the previous close (and TOPIX's 11:30 level when a live feed runs beside the watch); the close edition the Nikkei 225 and TOPIX closes, every issue's
/// bars (drivers, breadth) and the 33 sector indices (sector ranking); TOPIX and the sector indices only when the
/// J-Quants plan includes them (light, standard). A source that failed is named with its line.</summary>
public static class Completeness
{
    /// <param name="liveFeed">A live feed runs beside the watch: TOPIX's 11:30 level, which only the feed gives, is expected.</param>
    public static IReadOnlyList<MissingData> Check(IMarketStore store, WatchStep step, JQuantsPlan plan, IReadOnlyList<string> failures, bool liveFeed = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(failures);
        var day = step.Day;
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var missing = new List<MissingData>();
        bool Held(string series, DateOnly on) => store.HeldDates(series, on, on).Count > 0;
        if (step.Edition == WrapEdition.Midday)
        {
            if (store.SessionLevelDates(IndexIds.N225, PublishedSessions.MorningClose, day, day).Count == 0)
            {
                missing.Add(new($"the Nikkei 225's 11:30 level on {date} (Yahoo's ^N225 minute bars): no morning figures",
                    $"{date}の日経平均の前引け水準(Yahooの分足)が未取得のため、前場の数値を含まない"));
            }

            if (liveFeed && store.SessionLevelDates(IndexIds.Topix, PublishedSessions.MorningClose, day, day).Count == 0)
            {
                missing.Add(new($"TOPIX's 11:30 level on {date} (the live feed): no TOPIX line",
                    $"{date}のTOPIXの前引け水準(ライブフィード)が未取得のため、TOPIXの行を含まない"));
            }

            var previous = step.Fetches.Min(f => f.From);
            if (!Held(IndexIds.N225, previous))
            {
                missing.Add(new($"the Nikkei 225's close on {previous:yyyy-MM-dd} (the previous session; the Nikkei CSV)",
                    $"前営業日({previous:yyyy-MM-dd})の日経平均終値(日経の公式CSV)が未取得"));
            }

            if (liveFeed && plan >= JQuantsPlans.ForTopix && !Held(IndexIds.Topix, previous))
            {
                missing.Add(new($"TOPIX's close on {previous:yyyy-MM-dd} (the previous session; J-Quants, light plan and above): no TOPIX line",
                    $"前営業日({previous:yyyy-MM-dd})のTOPIX終値(J-Quants)が未取得のため、TOPIXの行を含まない"));
            }
        }
        else
        {
            if (!Held(IndexIds.N225, day))
            {
                missing.Add(new($"the Nikkei 225's close on {date} (the Nikkei CSV)", $"{date}の日経平均終値(日経の公式CSV)が未取得"));
            }

            if (plan >= JQuantsPlans.ForTopix && !Held(IndexIds.Topix, day))
            {
                missing.Add(new($"TOPIX's close on {date} (J-Quants, light plan and above)", $"{date}のTOPIX終値(J-Quants)が未取得"));
            }

            if (store.MemberDates(string.Empty, day, day).Count == 0)
            {
                missing.Add(new($"every issue's daily bars on {date} (J-Quants): no drivers and no breadth",
                    $"{date}の個別銘柄の日足(J-Quants)が未取得のため、寄与度と騰落数を含まない"));
            }

            if (plan >= JQuantsPlans.ForIndices && !Held(JQuantsProvider.IndexSeriesPrefix + "0040", day))
            {
                missing.Add(new($"the 33 sector indices on {date} (J-Quants, standard plan and above): no sector ranking from the sector indices",
                    $"{date}の東証33業種指数(J-Quants)が未取得のため、業種指数による業種順位を含まない"));
            }
        }

        missing.AddRange(failures.Select(f => new MissingData($"a source failed: {f}", $"取得に失敗: {f}")));
        return missing;
    }
}
