namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// People of a country that a force is said to number or hold ("The force currently numbers 2,000 Nigerians, 700 Kenyans and
/// 600 Ghanaians", "the contingent includes 150 Togolese") or that are "of" a force ("the 2,000 Nigerians and 600 Senegalese
/// of the OAU force"): its troops by nationality. The words are the lexicon's (figures.json).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly ForceOfNationalsWords forceOfNationals;

    private sealed class ForceOfNationalsWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases SizeVerbs = AdjacentPhrases.Of(lexicon, "force_size_verbs");
        public readonly AdjacentPhrases OfForce = AdjacentPhrases.Of(lexicon, "of_force_openers");
        public readonly AdjacentPhrases OfForceNouns = AdjacentPhrases.Of(lexicon, "of_force_nouns");
    }

    // A force noun (force_nouns), at most two words (an adverb: "currently", "now") and a verb of its size (force_size_verbs)
    // right before the number: "The force currently numbers 2,000 Nigerians".
    private bool ForceSizeBefore(string text, int start, int at) =>
        PhraseBefore(forceOfNationals.SizeVerbs, text, start, at, 0) is var verb and >= 0 && PhraseBefore(forceNouns, text, start, verb, 2) >= 0;

    // After people of a country (ending at `demonymEnd`), past more counts of people of a country joined by commas and "and"
    // ("2,000 Nigerians, 700 Zairians and 600 Senegalese"), "of the" (of_force_openers), at most three words and a noun of
    // of_force_nouns: "of the OAU force", "of the UN contingent".
    private bool OfForceAfter(string text, int demonymEnd, int end, IReadOnlyList<Quantity> quantities)
    {
        var at = demonymEnd;
        for (var k = 0; k < 8; k++)
        {
            var next = at < end && text[at] == ',' ? at + 1 : at;
            next = PhraseLiteral.SkipWhiteSpace(text, next, end);
            if (text.AsSpan(next, end - next).StartsWith("and ", StringComparison.Ordinal)) next = PhraseLiteral.SkipWhiteSpace(text, next + 3, end);
            if (next == at || QuantityStartingAt(quantities, next) is not { } other) break;
            var noun = peopleOfCountry.NounEnd(text, other.Span.End, end);
            if (noun < 0) break;
            at = noun;
        }
        if (!Spaced(text, at) || forceOfNationals.OfForce.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is not (var of and > 0))
            return false;
        // The force noun ends one of the next four words: "of the force", "of the OAU force", "of the inter-African peacekeeping force".
        var i = of;
        for (var words = 0; words < 4 && i < end; words++)
        {
            i = PhraseLiteral.SkipWhiteSpace(text, i, end);
            var wordEnd = i;
            while (wordEnd < end && (CueIndex.IsWordCharacter(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’')) wordEnd++;
            if (wordEnd == i) return false;
            if (forceOfNationals.OfForceNouns.StartOfPhraseBefore(text, i, wordEnd) >= 0 && (wordEnd == end || !CueIndex.IsWordCharacter(text[wordEnd]))) return true;
            i = wordEnd;
        }
        return false;
    }

    private static Quantity? QuantityStartingAt(IReadOnlyList<Quantity> quantities, int at)
    {
        foreach (var q in quantities)
            if (q.Span.Start == at) return q;
        return null;
    }

    // "2,000 Nigerians, 700 Kenyans and 600 Senegalese": a count of people of a country right after a figure of people of a
    // country found before it in the same list (only a comma, "and" or ", and" between them) is one more row of that list. Not
    // after a troop noun: "Besides the 11,000 North Korean troops, some 2,000 Chinese arrived in Moscow".
    private bool ListedAfterFound(string text, int at, int end, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        foreach (var f in found)
        {
            if (f.Span.End > at || peopleOfCountry.NounEnd(text, f.Q.Span.End, end) != f.Span.End) continue;
            var between = text.AsSpan(f.Span.End, at - f.Span.End).Trim();
            if (between is "," or "and" or ", and") return true;
        }
        return false;
    }
}
