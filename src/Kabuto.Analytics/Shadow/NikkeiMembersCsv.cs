using System.Globalization;
using System.Text;
using Kabuto.Core.Errors;

namespace Kabuto.Analytics.Shadow;

/// <summary>Reads the derived member table (<c>nikkei225-members.csv</c>: code, name_en, membership,
/// paf_estimate, paf_from_YYYY_MM_DD, paf_source). Columns are found by name, so extra columns are ignored.</summary>
public static class NikkeiMembersCsv
{
    public static NikkeiMembership Read(string path)
    {
        if (!File.Exists(path))
        {
            throw Fail.Input(path, null, "file", null, "does not exist", "pass the derived member table, e.g. --members data/derived/nikkei225-members.csv");
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return Parse(reader, path);
    }

    public static NikkeiMembership Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine() ?? throw Fail.Input(source, 1, "header", null, "is missing", "pass the derived nikkei225-members.csv");
        var columns = SplitLine(header);
        var code = Column(columns, "code", source);
        var name = Column(columns, "name_en", source);
        var membership = Column(columns, "membership", source);
        var factor = Column(columns, "paf_estimate", source);
        var provenance = Column(columns, "paf_source", source);
        var fromReview = columns.FindIndex(c => c.StartsWith("paf_from_", StringComparison.Ordinal));
        var members = new List<ShadowMember>();
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitLine(line);
            if (fields.Count < columns.Count)
            {
                throw Fail.Input(source, lineNumber, "row", line, $"has {fields.Count} fields, expected {columns.Count}", "fix the row or re-export the table");
            }

            var (from, until) = ParseMembership(fields[membership], source, lineNumber);
            var prior = ParseFactor(fields[factor], source, lineNumber, "paf_estimate");
            var afterReview = fromReview < 0 ? prior : ParseFactor(fields[fromReview], source, lineNumber, columns[fromReview]);
            members.Add(new ShadowMember(
                fields[code], fields[name], from, until, prior, afterReview,
                ParseProvenance(fields[provenance], source, lineNumber), fields[provenance]));
        }

        if (members.Count == 0)
        {
            throw Fail.Input(source, null, "rows", null, "are missing", "pass the derived nikkei225-members.csv with one row per member");
        }

        return NikkeiMembership.Create(members, fromReview < 0 ? null : ColumnDate(columns[fromReview], source));
    }

    private static int Column(List<string> columns, string name, string source)
    {
        var index = columns.IndexOf(name);
        return index >= 0 ? index : throw Fail.Input(source, 1, "column", name, "is missing", "pass the derived nikkei225-members.csv (columns code, name_en, membership, paf_estimate, paf_source)");
    }

    /// <summary>"paf_from_2026_04_01" -> 2026-04-01.</summary>
    private static DateOnly ColumnDate(string column, string source) =>
        DateOnly.TryParseExact(column["paf_from_".Length..], "yyyy_MM_dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fail.Input(source, 1, "column", column, "does not end in a date", "name it paf_from_YYYY_MM_DD");

    private static (DateOnly? From, DateOnly? Until) ParseMembership(string value, string source, int line)
    {
        if (value == "both")
        {
            return (null, null);
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (parts[0] == "from")
            {
                return (date, null);
            }

            if (parts[0] == "until")
            {
                return (null, date);
            }
        }

        throw Fail.Input(source, line, "membership", value, "is not 'both', 'from YYYY-MM-DD' or 'until YYYY-MM-DD'", "fix the membership column");
    }

    private static decimal ParseFactor(string value, string source, int line, string field) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var factor) && factor > 0m
            ? factor
            : throw Fail.Input(source, line, field, value, "is not a positive number", "write the factor as e.g. 0.7");

    private static FactorProvenance ParseProvenance(string value, string source, int line) =>
        ShadowMember.ProvenanceOf(value)
        ?? throw Fail.Input(source, line, "paf_source", value, "is not kabukabu:n, fact, fact+kabukabu, assumed 1 or calibrated", "fix the paf_source column");

    /// <summary>RFC 4180 fields ("" escapes a quote inside quotes).</summary>
    private static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
