using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Import;

/// <summary>Damaged copies of every real format never crash the importer: each gives a clear user error or
/// quarantines rows, and a failure inside the transaction leaves the store as it was.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Samples =
    [
        "raw/nikkei-official-kabutan/nikkei_stock_average_daily_en.csv",
        "raw/market-indicators-dashboard/topix.csv",
        "raw/yahoo-tqqq-simulation/^N225.csv",
        "raw/yahoo-portfolio-opt/^HSI.csv",
        "raw/yahoo-storage-data-fy/JPY=X.csv",
        "raw/topix-stock-model/topix.csv",
        "raw/topix-pkmn/topix.csv",
        "raw/kospi-investing-bond-simulator/kospi_2015_2026.csv",
        "raw/fred-acc102/NASDAQCOM.csv",
        "raw/csi300-all-weather/hs300_idx.csv",
        "raw/yahoo-dsi-capstone/^STI.csv",
        "raw/yahoo-j-titan/N225.csv",
        "raw/uci-dow-jones-index/dow_jones_index.csv",
        "raw/jquants-gl-y-ando/stock_list.csv",
        "raw/jquants-gl-y-ando/13010.csv",
        "raw/jpx-list-kanataamane/stock_list.csv",
        "raw/nikkei225-codes-goncharo55/nikkei225_list.csv",
        "raw/tse-yfinance-singularity/7203.T.csv",
        "raw/lean-algoseek-ticks/ibm/20131011_trade.zip",
        "raw/published-session-levels/levels.csv",
        "derived/nikkei225-members.csv",
    ];

    public static TheoryData<int> Seeds => [11, 37];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Import_DamagedCopiesOfEveryFormat_FailCleanlyOrQuarantine(int seed)
    {
        if (SharedData.Require("raw") is null)
        {
            return;
        }

        var random = new Random(seed);
        using var f = new Fixture();
        foreach (var sample in Samples)
        {
            var original = File.ReadAllBytes(SharedData.Require(sample)!);
            foreach (var (variant, bytes) in Damage(original, random))
            {
                var path = f.WriteBytes(Path.Combine($"{variant}-{seed}", Path.GetFileName(Path.GetDirectoryName(sample))!, Path.GetFileName(sample)), bytes);
                try
                {
                    var result = f.ImportOne(path);
                    Assert.Equal(result.RowsRead, result.Imported + result.Quarantined);
                }
                catch (UserInputException e)
                {
                    Assert.Contains(Path.GetFileName(sample), e.Message, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Import_ImporterThrowsHalfway_StoreUnchanged()
    {
        using var f = new Fixture();
        f.Import(f.Write("a/nikkei-225.csv", "date,value\n2024-01-04,1\n2024-01-05,2\n"));
        var before = Counts(f);
        var path = f.Write("b/boom.csv", string.Join('\n', Enumerable.Range(1, 20).Select(i => $"row {i}")));

        Assert.Throws<UserInputException>(() => new ImportService(f.Store, importers: [new ThrowingImporter()]).Import([path]));

        Assert.Equal(before, Counts(f));
    }

    [Fact]
    public void Import_TruncatedZip_FailsNamingTheFile()
    {
        if (SharedData.Require("raw/lean-algoseek-ticks/ibm/20131011_trade.zip") is not { } zip)
        {
            return;
        }

        using var f = new Fixture();
        var bytes = File.ReadAllBytes(zip);
        var path = f.WriteBytes("ibm/20131011_trade.zip", bytes[..(bytes.Length / 2)]);

        var e = Assert.Throws<UserInputException>(() => f.Import(path));

        Assert.Contains("20131011_trade.zip", e.Message, StringComparison.Ordinal);
    }

    internal static (long Bars, long Members, long Imports, long Quarantine) Counts(Fixture f) =>
        (f.Store.Count("daily_bars"), f.Store.Count("member_prices"), f.Store.Count("imports"), f.Store.Count("quarantine"));

    private static IEnumerable<(string Variant, byte[] Bytes)> Damage(byte[] original, Random random)
    {
        yield return ("truncated", original[..random.Next(1, original.Length)]);

        // Mis-encoded: the same text as UTF-16, which no importer reads as CSV.
        yield return ("utf16", System.Text.Encoding.Unicode.GetBytes(System.Text.Encoding.Latin1.GetString(original)));

        var mutated = (byte[])original.Clone();
        for (var i = 0; i < Math.Max(5, original.Length / 500); i++)
        {
            mutated[random.Next(mutated.Length)] = (byte)"0123456789,.-\n\"x/ \xff"[random.Next(19)];
        }

        yield return ("mutated", mutated);
    }

    /// <summary>Accepts every file, writes ten member rows to the store, then fails like a bug would, inside the transaction.</summary>
    private sealed class ThrowingImporter : IFormatImporter
    {
        public string Format => "boom";

        public bool Detect(FileSample sample) => true;

        public void Read(SourceFile file, IRowSink sink)
        {
            foreach (var (number, _) in file.Lines())
            {
                if (number > 10)
                {
                    throw new InvalidOperationException("simulated crash halfway through the file");
                }

                sink.Member(number, new MemberBar("7203", new DateOnly(2025, 1, 6).AddDays(number), null, null, null, number, null, PriceBasis.Raw));
            }
        }
    }
}
