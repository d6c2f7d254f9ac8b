using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>A bare "code,name" list (the unofficial 223-code Nikkei 225 list, UTF-8 with BOM). It says nothing about
/// dates or factors, so it only fills instrument names; membership comes from the derived member file.</summary>
public sealed class CodeListImporter : IFormatImporter
{
    public string Format => "code-list";

    public bool Detect(FileSample sample) =>
        string.Equals(ImporterHelpers.First(sample).Trim(), "code,name", StringComparison.OrdinalIgnoreCase);

    public void Read(SourceFile file, IRowSink sink)
    {
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1 || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            var code = f.Count >= 2 ? JQuants.TseCode(f[0]) : null;
            if (code is null || f[1].Length == 0)
            {
                sink.Reject(number, text, Rules.BadValue, f[0], "is not 'code,name' with a 4-character TSE code");
                continue;
            }

            sink.Instrument(number, new Instrument(code, f[1]) { NameJa = f[1] });
        }
    }
}
