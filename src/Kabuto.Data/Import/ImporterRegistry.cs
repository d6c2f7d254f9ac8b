using Kabuto.Data.Import.Formats;

namespace Kabuto.Data.Import;

/// <summary>Every known format, most specific first: detection takes the first importer that recognises a file.</summary>
public static class ImporterRegistry
{
    public static IReadOnlyList<IFormatImporter> All { get; } =
    [
        new LeanTickImporter(),
        new NikkeiOfficialImporter(),
        new YfinanceImporter(),
        new InvestingImporter(),
        new UciDowJonesImporter(),
        new JQuantsListedInfoImporter(),
        new JQuantsDailyQuotesImporter(),
        new JpxListedIssuesImporter(),
        new DerivedMembersImporter(),
        new CodeListImporter(),
        new SessionLevelsImporter(),
        new FredImporter(),
        new OhlcCsvImporter(),
        new PlainCsvImporter(),
    ];

    public static IFormatImporter? Detect(FileSample sample) => All.FirstOrDefault(i => i.Detect(sample));

    public static IFormatImporter? Find(string format) =>
        All.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase));
}
