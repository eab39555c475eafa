using System.Text;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Generation;
using Analysis.Pipeline;

/// <summary>The data rows of an exported CSV file (RFC 4180: quoted fields, doubled quotes, CRLF), header left out.</summary>
internal static class CsvRows
{
    public static List<string[]> Of(string csvFile)
    {
        var text = File.ReadAllText(csvFile);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) rows.Add([.. row, field.ToString()]);
        return rows.Skip(1).ToList();
    }
}
