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

    // Whether a word of back_pointer_words stands in the sentence before its first number.
    private bool PointsBackBefore(string text, int start, IReadOnlyList<Quantity> quantities) =>
        quantities.Count > 0 && quantities[0].Span.Start > start && backPointers.Any(text, start, quantities[0].Span.Start);
}
