using Deedle;

namespace Analysis.Frames;

using Analysis.Pipeline;

public static partial class Frames
{
    /// <summary>
    /// A frame of facts (source mentions, events: any frame with a <c>document</c> column) with each row's outlet and
    /// published day added as the last two columns, from the documents' metadata, so a reader can keep one outlet's rows
    /// with <c>FilterRowsBy("outlet", "Yonhap")</c>. The troop counts have them already (troop_counts.csv's last two
    /// columns), and a frame that has both is returned as it is.
    /// </summary>
    public static Frame<int, string> WithOutlets(Frame<int, string> facts, Findings findings)
    {
        if (!facts.ColumnKeys.Contains("document"))
            throw new ArgumentException("The frame has no \"document\" column to look its outlet up by.", nameof(facts));
        if (facts.ColumnKeys.Contains("outlet") && facts.ColumnKeys.Contains("published")) return facts;
        var documents = findings.Documents.Select(d => d.Document).DistinctBy(d => d.Id).ToDictionary(d => d.Id);
        var rows = facts.GetColumn<string>("document").Observations
            .Select(row => (row.Key, Document: documents.GetValueOrDefault(row.Value))).ToArray();
        var withOutlets = facts.Clone();
        withOutlets.AddColumn("outlet", new Series<int, string>(rows.Where(r => r.Document?.Metadata.Outlet is not null)
            .Select(r => KeyValuePair.Create(r.Key, r.Document!.Metadata.Outlet!))));
        withOutlets.AddColumn("published", new Series<int, DateTime>(rows.Where(r => r.Document?.Published is not null)
            .Select(r => KeyValuePair.Create(r.Key, r.Document!.Published!.Value.ToDateTime(TimeOnly.MinValue)))));
        return withOutlets;
    }
}
