namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Parts of troops told by where they are, each a bare number and a place: "with 400 and 100 in Kandahar and Kabul", "They will
/// include 200 in the multinational force and another 200 at an outpost", "that makes 770 authorized and 650 in the country". In a
/// sentence about troops (its own noun, or a pronoun pointing back to the troops counted last), a number that a word of
/// placed_part_leads opens ("with", "and", "another", a verb of including) and a word of presence_places follows (perhaps past
/// "and" and a second number) stands where the troop noun would. Not a number a noun follows ("with 400 civilians in Kabul").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases placedPartLeads;

    private bool PlacedPart(string text, int start, int end, Quantity q)
    {
        if (placedPartLeads.StartOfPhraseBefore(text, start, q.Span.Start) < 0 || !Spaced(text, q.Span.End)) return false;
        var at = PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end);
        // "400 and 100 in Kandahar and Kabul": the place follows the last number of a pair.
        if (at + 4 < end && text.AsSpan(at).StartsWith("and ", StringComparison.Ordinal)
            && NumberAt(text, PhraseLiteral.SkipWhiteSpace(text, at + 4, end), end) is var (_, pairEnd))
            at = PhraseLiteral.SkipWhiteSpace(text, pairEnd, end);
        if (presencePlaces.EndOfPhraseAt(text, at, end) is not (var place and > 0) || place >= end || !char.IsWhiteSpace(text[place])) return false;
        // The place is a name or a noun phrase, not another number ("in 2014") nor a month ("with 104 in April, 126 in May": a
        // toll by month, no part by place).
        var next = PhraseLiteral.SkipWhiteSpace(text, place, end);
        return next < end && char.IsLetter(text[next]) && months.EndOfPhraseAt(text, next, end) < 0;
    }

    // Whether the word of placed_part_leads before q is a verb of including ("will include 200 in ...").
    private bool IncludedPart(string text, int start, Quantity q) =>
        placedPartLeads.StartOfPhraseBefore(text, start, q.Span.Start) is var lead and >= 0
        && text.AsSpan(lead, q.Span.Start - lead).Contains("includ", StringComparison.OrdinalIgnoreCase);
}
