namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Parts of troops told by where they are, each a bare number and a place: "with 400 and 100 in Kandahar and Kabul", "They will
/// include 200 in the multinational force and another 200 at an outpost", "that makes 770 authorized and 650 in the country". In a
/// sentence about troops (its own noun, or a pronoun pointing back to the troops counted last), a number that a word of
/// placed_part_leads ("with", "and", "another") or of included_part_leads (a verb of including) opens and a word of
/// presence_places follows (perhaps past "and" and a second number) stands where the troop noun would. Not a number a noun
/// follows ("with 400 civilians in Kabul").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases placedPartLeads, includedPartLeads;

    private bool PlacedPart(string text, int start, int end, Quantity q)
    {
        if ((placedPartLeads.StartOfPhraseBefore(text, start, q.Span.Start) < 0 && !IncludedPart(text, start, q)) || !Spaced(text, q.Span.End)) return false;
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

    // Whether a verb of including stands right before q ("will include 200 in ...").
    private bool IncludedPart(string text, int start, Quantity q) => includedPartLeads.StartOfPhraseBefore(text, start, q.Span.Start) >= 0;
}
