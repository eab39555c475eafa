using Analysis.Claims;
using Deedle;

namespace Analysis.Frames;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Pipeline;

/// <summary>
/// Deedle frames of the findings, one per exported table and with the same column names, so a frame
/// and its CSV read the same. Rows are numbered from 0. Numbers are double or int columns, dates
/// DateTime, enums their snake_case names, lists joined by "; "; an empty cell is a missing value.
/// </summary>
public static partial class Frames
{
    public static Frame<int, string> Documents(Findings findings) => Of(Tables.Documents, Export.ByDocument(findings).Select(DocumentRow.Of).ToList());

    /// <summary>The troop counts, with the claim each belongs to, its dates, then its document's outlet and published day (as troop_counts.csv).</summary>
    public static Frame<int, string> TroopCounts(Findings findings) => Of(Tables.TroopCounts, Tables.WithDocuments(findings, ClaimSet.Of(findings).Counts));

    public static Frame<int, string> SourceMentions(Findings findings) => Of(Tables.SourceMentions, findings.SourceMentions);

    public static Frame<int, string> Sources(Findings findings) => Of(Tables.Sources, findings.Sources);

    /// <summary>The sentences of every document: document, sentence index, paragraph (0: headline), start, end, text.</summary>
    public static Frame<int, string> Sentences(Corpus corpus) =>
        Of(Tables.Sentences, corpus.Documents.SelectMany(d => d.Sentences.Select(s => (d, s))).ToList());

    /// <summary>The sentences of one document.</summary>
    public static Frame<int, string> Sentences(Document document) =>
        Of(Tables.Sentences, document.Sentences.Select(s => (document, s)).ToList());

    internal static Frame<int, string> Of<TRow>(Table<TRow> table, IReadOnlyList<TRow> rows)
    {
        var frame = Frame.FromRowKeys(Enumerable.Range(0, rows.Count));
        var cells = rows.Select(table.Cells).ToArray();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = cells.Select(r => r[c]).ToArray();
            var name = table.Columns[c];
            var sample = column.FirstOrDefault(v => v is not null);
            switch (sample)
            {
                case int:
                    frame.AddColumn(name, Present(column, v => (int)v));
                    break;
                case double:
                    frame.AddColumn(name, Present(column, v => (double)v));
                    break;
                case DateOnly:
                    frame.AddColumn(name, Present(column, v => ((DateOnly)v).ToDateTime(TimeOnly.MinValue)));
                    break;
                case DateTime:
                    frame.AddColumn(name, Present(column, v => (DateTime)v));
                    break;
                default:
                    frame.AddColumn(name, Present(column, v => v is string s ? s : Cell.Format(v)));
                    break;
            }
        }
        return frame;
    }

    // A series of the present values only: the rows it lacks are missing in the frame.
    private static Series<int, T> Present<T>(object?[] column, Func<object, T> convert) =>
        new(column.Select((v, i) => (v, i)).Where(x => x.v is not null).Select(x => KeyValuePair.Create(x.i, convert(x.v!))));
}
