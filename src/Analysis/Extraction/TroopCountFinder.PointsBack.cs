namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A sentence that points back with a pronoun or a word of the rest to the troops the passage counted last: "The bulk of them,
/// 1,500, were in Uruzgan, with 400 and 100 in Kandahar and Kabul", "They will include 200 in the north and another 200 at the
/// border post", "The other 30,000 came from the militia". It speaks of those troops as a sentence with a troop noun would, so its
/// bare numbers are read as one (a careful reader takes "them" for the troops just counted). Only when the passage's last count
/// before it is a troop figure: after "Police detained 150 protesters", "Most of them, 120, were released" counts protesters.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PhraseMatcher backPointers;
    private readonly AdjacentPhrases pastPresenceVerbs;

    // Whether a word of back_pointer_words stands in the sentence before its first number.
    private bool PointsBackBefore(string text, int start, IReadOnlyList<Quantity> quantities) =>
        quantities.Count > 0 && quantities[0].Span.Start > start && backPointers.Any(text, start, quantities[0].Span.Start);

    // "At its peak the force had about 1,950 soldiers there. The bulk of them, 1,500, were in Uruzgan, with 400 and 100 in
    // Kandahar and Kabul": parts of the troops a sentence points back to, whose own verb is a past one of presence
    // (past_presence_verbs: "were in", "were stationed in"), are where those troops were then, not a count of now; the parts that
    // follow it in the sentence ("with 400 and 100 in ...") share its time. (A part of troops there now says "are in".)
    private void PastPartsPointingBack(string text, int end, List<FigureCandidate> result, HashSet<Quantity> parts)
    {
        var past = false;
        for (var i = 0; i < result.Count; i++)
        {
            var figure = result[i];
            if (!parts.Contains(figure.Quantity) || figure.Status != EstimateStatus.Current) { past = false; continue; }
            var at = figure.Quantity.Span.End;
            while (at < end && (char.IsWhiteSpace(text[at]) || text[at] == ',')) at++;
            past |= pastPresenceVerbs.EndOfPhraseAt(text, at, end) > 0;
            if (past) result[i] = figure with { Status = EstimateStatus.Earlier };
        }
    }
}
