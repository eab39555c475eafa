using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// One report of a figure: the troop count as extracted, the day its document was published (from the
/// manifest; null when it has none), the outlet that published it (the manifest's; null when it has
/// none), whether it sits in the headline, and the document's place in the corpus (what orders reports
/// of the same day).
/// </summary>
public sealed record ClaimMention(TroopCount Count, DateOnly? Published, string? Outlet, bool InHeadline, int DocumentIndex)
{
    public string Document => Count.Provenance.Document;

    /// <summary>Who published it, for the citation network: the outlet, else the document itself.</summary>
    public string Publisher => Outlet ?? Document;

    /// <summary>Who the figure is credited to: its origin, else the first voice it came through; null when unattributed.</summary>
    public string? Origin => Count.AttributedTo ?? Count.Via.FirstOrDefault();

    /// <summary>The mentions of one document, headline first as in the text.</summary>
    public static IEnumerable<ClaimMention> Of(Document document, IEnumerable<TroopCount> counts, int documentIndex)
    {
        var outlet = document.Metadata.Outlet;
        foreach (var count in counts)
        {
            var sentence = count.Provenance.Sentence;
            var inHeadline = sentence >= 0 && sentence < document.Sentences.Count && document.Sentences[sentence].Paragraph == 0;
            yield return new ClaimMention(count, document.Published, outlet, inHeadline, documentIndex);
        }
    }
}
