namespace Analysis.Extraction;

using Analysis.Corpus;

// "KYIV (Interfax-Ukraine) - … . As Interfax-Ukraine reported earlier, the UK Ministry of Defence … said …": the page's own outlet,
// credited in its dateline, names its own earlier report; it is a source of the page, not a link of the figure's chain.
internal sealed partial class Attribution
{
    // The outlets the document credits (a dateline's credit), read once.
    private HashSet<string>? ownOutlets;

    // The chain without the document's own credited outlet where it only reports what the sentence's other voice said, or null
    // when it holds none or that outlet is the only voice.
    private List<SourceRef>? WithoutOwnOutlet(Sentence sentence, List<SourceRef> chain)
    {
        ownOutlets ??= refs.SelectMany(list => list).Where(r => r.IsCredit && IsMedia(r)).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        if (ownOutlets.Count == 0 || chain.Count < 2) return null;
        bool Own(SourceRef r) => !r.IsCredit && IsMedia(r) && r.Role == CitationRole.Speaker && ownOutlets.Contains(r.Name)
            && r.Span.Start >= sentence.Start && r.Span.End <= sentence.End;
        if (!chain.Exists(Own) || !chain.Exists(r => !Own(r) && !IsMedia(r))) return null;
        return chain.FindAll(r => !Own(r));
    }
}
