using System.Globalization;
using Kabuto.Analytics.Shadow;
using Kabuto.Core.Market;
using Kabuto.TestSupport;

namespace Kabuto.Analytics.Tests.Shadow;

/// <summary>The real member prices read with a test-local parser: yfinance member files (three header lines; March
/// year-end rows adjusted up to 03-27, so every bar before 03-30 is marked adjusted), the official closes and the
/// derived member table. Two inputs: the ones the derived README was computed from (2026-03-16..04-24, Toray's
/// file starting on 03-19 as it then did) and everything the folder now holds (from 2025-09-01). Null when the
/// shared data is missing outside CI.</summary>
internal static class RealNikkeiData
{
    private static readonly DateOnly RawFrom = new(2026, 3, 30);
    private static readonly DateOnly First = new(2026, 3, 16);
    private static readonly DateOnly Last = new(2026, 4, 24);

    /// <summary>The README's Toray file began on 03-19; the folder was extended back to 2025-09 later.</summary>
    private static readonly DateOnly ReadmeTorayFrom = new(2026, 3, 19);

    private static readonly Lazy<(InMemoryMarketData Data, NikkeiMembership Members)?> Loaded = new(() => Load(readmeInputs: true));
    private static readonly Lazy<(InMemoryMarketData Data, NikkeiMembership Members)?> LoadedHeld = new(() => Load(readmeInputs: false));
    private static readonly Lazy<ShadowReport?> Report = new(() =>
        Loaded.Value is { } real ? NikkeiShadow.Run(real.Data, real.Members) : null);
    private static readonly Lazy<ShadowReport?> HeldReportValue = new(() =>
        LoadedHeld.Value is { } real ? NikkeiShadow.Run(real.Data, real.Members) : null);

    /// <summary>The derived README's inputs.</summary>
    public static (InMemoryMarketData Data, NikkeiMembership Members)? Value => Loaded.Value;

    /// <summary>The run on the README's inputs, shared by the golden tests (the fit takes about a second).</summary>
    public static ShadowReport? DefaultReport => Report.Value;

    /// <summary>The run on every member price the folder holds (2025-09-01..2026-04-24).</summary>
    public static ShadowReport? HeldReport => HeldReportValue.Value;

    private static (InMemoryMarketData, NikkeiMembership)? Load(bool readmeInputs)
    {
        var prices = SharedData.Require("raw/tse-yfinance-singularity");
        var closes = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var members = SharedData.Require("derived/nikkei225-members.csv");
        if (prices is null || closes is null || members is null)
        {
            return null;
        }

        var data = new InMemoryMarketData();
        foreach (var file in Directory.GetFiles(prices, "*.T.csv"))
        {
            var code = Path.GetFileName(file).Split('.')[0];
            var from = !readmeInputs ? DateOnly.MinValue : code == "3402" ? ReadmeTorayFrom : First;
            data.AddMemberBars(File.ReadLines(file).Skip(3).Select(line => MemberBarOf(code, line)).Where(b => b.Date >= from));
        }

        data.AddBars(IndexIds.N225, File.ReadLines(closes).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => DailyBar.CloseOnly(DateOnly.Parse(f[0], CultureInfo.InvariantCulture), decimal.Parse(f[1], CultureInfo.InvariantCulture)))
            .Where(b => b.Date <= Last && (!readmeInputs || b.Date >= First)));
        return (data, NikkeiMembersCsv.Read(members));
    }

    private static MemberBar MemberBarOf(string code, string line)
    {
        var f = line.Split(',');
        var date = DateOnly.Parse(f[0], CultureInfo.InvariantCulture);
        var close = decimal.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture);
        return new MemberBar(code, date, null, null, null, close, null, date >= RawFrom ? PriceBasis.Raw : PriceBasis.Adjusted);
    }
}
