namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// The ranks a casualty count is counted in own its dead: "over 6,000 killed and 10,000 wounded in the Ethiopian Army, and over
/// 6,000 killed in the Somali Army", "some 300 dead among the Eritrean forces".
/// </summary>
internal sealed partial class TroopCountFinder
{
    // The country of the first demonym after the figure, in its clause (up to a semicolon or a colon), that ranks_openers open and
    // a word of ranks_nouns closes ("in the Ethiopian Army"); null when there is none, or when the ranks are an agent's ("in the
    // Russian army's assault").
    private string? RanksOfDead(string text, int end, FigureCandidate figure, IReadOnlyList<CountryMention> countries)
    {
        foreach (var c in countries)
        {
            if (c.Span.Start < figure.Span.End || !c.IsAdjective) continue;
            if (text.AsSpan(figure.Span.End, c.Span.Start - figure.Span.End).IndexOfAny(";:") >= 0) return null;
            if (PhraseBefore(kindWords.RanksOpeners, text, figure.Span.End, c.Span.Start, 0) < 0 || !Spaced(text, c.Span.End)) continue;
            var noun = kindWords.RanksNouns.EndOfPhraseAt(text, c.Span.End + 1, end);
            if (noun <= 0 || noun < text.Length && text[noun] is '\'' or '’') continue;
            return c.Country.Name;
        }
        return null;
    }
}
