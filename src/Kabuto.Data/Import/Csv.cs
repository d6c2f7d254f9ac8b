using System.Text;

namespace Kabuto.Data.Import;

/// <summary>Splits one CSV line (RFC 4180 quotes, "" inside quotes); fields are trimmed of surrounding spaces.</summary>
public static class Csv
{
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        Split(line, fields);
        return fields;
    }

    public static void Split(string line, List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(fields);
        fields.Clear();
        if (line.IndexOf('"', StringComparison.Ordinal) < 0)
        {
            foreach (var part in line.Split(','))
            {
                fields.Add(part.Trim());
            }

            return;
        }

        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
    }
}
