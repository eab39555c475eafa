namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Gapped and listed figures: a number whose verb and troop noun are those of the figure before it ("and Rwanda
/// 4,000", "and the one in Abidjan 950", "more than 1,700 in Syria").
/// </summary>
internal sealed partial class TroopCountFinder
{
    // A country named by its name (its adjective only after "the") right before the number, past a filler ("and Rwanda an estimated 4,000"),
    // opened by a coordinator ("and", ","), after a sure troop figure of the sentence.
    private bool Gapped(string text, int start, Quantity q, IReadOnlyList<CountryMention> countries, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        for (var i = countries.Count - 1; i >= 0; i--)
        {
            var c = countries[i];
            if (c.Span.End > q.Span.Start) continue;
            if (c.Possessive) return false;
            var at = PhraseLiteral.SkipWhiteSpace(text, c.Span.End, q.Span.Start);
            // "and the British 6,000 in central Bosnia": a country's adjective names its contingent only as a noun, after an
            // article and right before the number ("and British 6,000-strong units" names the units).
            if (c.IsDemonym && (at != q.Span.Start || articles.StartOfPhraseBefore(text, start, c.Span.Start) < 0)) return false;
            if (at < q.Span.Start && gapFillers.EndOfPhraseAt(text, at, q.Span.Start) is var filler and > 0) at = PhraseLiteral.SkipWhiteSpace(text, filler, q.Span.Start);
            // A list of contributors with their numbers in brackets: "Italy (852 soldiers), Turkey (780) and the United States (679)".
            if (at < q.Span.Start && text[at] == '(') at = PhraseLiteral.SkipWhiteSpace(text, at + 1, q.Span.Start);
            if (at != q.Span.Start || at == c.Span.End) return false;
            var opener = articles.StartOfPhraseBefore(text, start, c.Span.Start) is var article and >= 0 ? article : c.Span.Start;
            return (coordinators.StartOfPhraseBefore(text, start, opener) >= 0 || ColonBefore(text, start, opener)) && SureFigureBefore(found, opener);
        }
        return false;
    }

    // The first row of a list a colon opens after the figure it breaks down: "to field 11,900 personnel: Uganda 4,500, Ethiopia 2,500".
    private static bool ColonBefore(string text, int start, int at)
    {
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        return at > start && text[at - 1] == ':';
    }

    // "and the one in Abidjan 950", "and in Abidjan 950": at most three capitalized words right before the number, after a word
    // of place ("in"), at most three words after a coordinator ("and", ","), after a sure troop figure of the sentence.
    private bool GappedPlace(string text, int start, Quantity q, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        // The capitalized words read so far; the words read from the word of place on.
        var (names, words) = (0, 0);
        for (var at = q.Span.Start; ;)
        {
            var wordEnd = at;
            wordEnd = SourceText.SkipWhiteSpaceBack(text, wordEnd, start);
            if (wordEnd == at || wordEnd == start) return false;
            if (words > 0 && coordinators.StartOfPhraseBefore(text, start, at) is var opener and >= 0)
                return SureFigureBefore(found, opener);
            var wordStart = wordEnd;
            while (wordStart > start && (CueIndex.IsWordCharacter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\'' or '’')) wordStart--;
            if (wordStart == wordEnd || char.IsDigit(text[wordStart])) return false;
            if (words == 0 && char.IsUpper(text[wordStart]))
            {
                if (++names > 3) return false;
            }
            else if (words == 0)
            {
                if (names == 0 || destinationWords.EndOfPhraseAt(text, wordStart, wordEnd) != wordEnd) return false;
                words = 1;
            }
            else if (++words > 4) return false;
            at = wordStart;
        }
    }

    // "more than 15,000 troops in Afghanistan, more than 1,700 in Syria": a number right after a comma or a dash, then a word of
    // place ("in"), perhaps "the", and a name.
    private bool ListedBeforePlace(string text, int start, int end, Quantity q)
    {
        var before = q.Span.Start;
        before = SourceText.SkipWhiteSpaceBack(text, before, start);
        if (before == q.Span.Start || before == start || text[before - 1] is not (',' or '—' or '–')) return false;
        var at = PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end);
        if (at == q.Span.End || destinationWords.EndOfPhraseAt(text, at, end) is not (var preposition and > 0)) return false;
        at = PhraseLiteral.SkipWhiteSpace(text, preposition, end);
        if (at < end && articles.EndOfPhraseAt(text, at, end) is var article and > 0) at = PhraseLiteral.SkipWhiteSpace(text, article, end);
        return at < end && char.IsUpper(text[at]);
    }

    // Only "and" (or a comma, "plus", "as well as") between the figure before and this one.
    // ("and another 1,000 injured": past an object filler after the coordinator.)
    private bool Coordinated(string text, int segmentStart, int at) =>
        coordinators.EndOfPhraseAt(text, segmentStart, at) is var joined and > 0
        && (text.AsSpan(joined, at - joined).IsWhiteSpace()
            || (objectFillers.EndOfPhraseAt(text, joined, at) is var filler and > 0 && Spaced(text, joined) && text.AsSpan(filler, at - filler).IsWhiteSpace()));
}
