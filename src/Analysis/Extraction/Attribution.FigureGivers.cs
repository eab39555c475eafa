namespace Analysis.Extraction;

using Analysis.Corpus;

// A body that states a figure often has a person of its own give it out, named in the next sentence as the one the figure
// came from: "The Soviet government said that 13,310 … . The figures were given at a news conference by Gen. Aleksei
// Lizichev of the Defense Ministry", "Cuba said that 2,016 … . The figure was announced by Angel Pino, a spokesman …",
// "…, officials said. The estimate by Brig. Gen. X is the first …". That person is the figure's origin, over the body or
// country its own sentence cites.
internal sealed partial class Attribution
{
    // The chain of the next sentence of `sentence`'s paragraph when it opens on a reference to the figure ("the figures",
    // "the estimate", figure_references) that a person gives ("… by X"), and the sentence's own voice is no person.
    private List<SourceRef>? FigureGiverNext(Sentence sentence, List<SourceRef> own)
    {
        if (own.Count == 0 || own[0].IsPerson || own[0].IsPronoun || sentence.Index + 1 >= document.Sentences.Count) return null;
        var next = document.Sentences[sentence.Index + 1];
        if (next.Paragraph != sentence.Paragraph || chains[next.Index] is not [{ Role: CitationRole.Speaker, IsPerson: true, IsGroup: false } giver, ..] chain
            || giver.Name == own[0].Name) return null;
        var opening = FirstTokenStart(next);
        var text = document.Text;
        foreach (var hit in closing.BackReferences.Find(text, next.Start, next.End))
        {
            if (hit.Label != FigureReferences || hit.Span.Start != opening || hit.Span.End > giver.Span.Start) continue;
            // The giver is the agent of the reference's passive or of its noun: "… were given … by X", "The estimate by X"; a
            // person who only speaks about the figure ("The figure, X said, is too low") does not give it.
            var between = Words(text[hit.Span.End..giver.Span.Start]);
            // A title may stand between "by" and the name ("by Gen. Aleksei Lizichev").
            var by = between.FindLastIndex(w => w.Equals("by", StringComparison.OrdinalIgnoreCase));
            if (by >= 0 && by >= between.Count - 3 && between.Count <= 12) return chain;
        }
        return null;
    }
}
