namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// What a number with no noun of its own counts: the troops its sentence counted or named before it ("allows Russia up to
/// 3,000 peacekeepers, though it had kept only about 2,500 there"; "EU officials, of over 100,000"), unless it is a level,
/// not a count ("the 13,000 at which observers must be invited").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases levelsAfter, valueCopulas, paymentVerbs, amountWords, troopWordsAt;
    private readonly PhraseMatcher contrastWords;
    private readonly int backReferenceMinimum;

    // A bare number refers back to troops when the last count before it in its sentence (no year, no trap) is a troop figure
    // of another clause (a comma, semicolon, colon or dash, or "though", "while", "but" between them: "3,000 troops in 12
    // convoys" is not one), or, with no count before it, a troop word is (from backReferenceMinimum up); and no level's
    // relative after it says otherwise.
    private bool RefersBackToTroops(string text, int start, int end, Quantity q, IReadOnlyList<Quantity> quantities,
        List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        if (Spaced(text, q.Span.End) && (levelsAfter.EndOfPhraseAt(text, q.Span.End, end) > 0 || AgentOfReport(text, q.Span.End, end))) return false;
        // The number's clause: from the last break before it to the next after it.
        var clauseStart = q.Span.Start;
        while (clauseStart > start && BackReferenceBreaks.IndexOf(text[clauseStart - 1]) < 0) clauseStart--;
        var clauseEnd = text.AsSpan(q.Span.End, end - q.Span.End).IndexOfAny(",;:.—–") is var next and >= 0 ? q.Span.End + next : end;
        if (nonTroopWords.Any(text, q.Span.End, clauseEnd) || OtherSubjectBefore(text, clauseStart, q.Span.Start) || PaidBefore(text, clauseStart, q.Span.Start)
            || LimitBefore(text, start, q))
            return false;
        Quantity? last = null;
        foreach (var other in quantities)
            if (other.Span.End <= q.Span.Start && !IsYear(other, false) && !IsTrap(text, start, end, other)) last = other;
        // With no count before it, a sentence that only names troops: a count of a thousand and up ("the casualties among the
        // North Korean forces have surpassed the 3,000"); below, a number there counts other things as often.
        if (last is null) return (q.Value ?? q.High ?? q.Low) >= backReferenceMinimum && troopWords.Any(text, start, q.Span.Start);
        if (text.AsSpan(last.Span.End, q.Span.Start - last.Span.End).IndexOfAny(BackReferenceBreaks) < 0 && !contrastWords.Any(text, last.Span.End, q.Span.Start))
            return false;
        foreach (var f in found)
            if (ReferenceEquals(f.Q, last)) return true;
        return false;
    }

    private const string BackReferenceBreaks = ",;:—–";

    // "whose population is now about 200,000", "the company's profit is now 52,000", "the number of crossings is currently 1,200":
    // the number is what a verb of being (value_copulas, adverbs between) says of the noun before it; when that noun is no
    // troop word nor an amount of them ("their numbers would be more than 2,000"), it is what the number counts.
    private bool OtherSubjectBefore(string text, int from, int at)
    {
        var i = at;
        for (var words = 0; words < 3 && relativeFillers.StartOfPhraseBefore(text, from, i) is var adverb and >= 0; words++) i = adverb;
        if (valueCopulas.StartOfPhraseBefore(text, from, i) is not (var copula and >= 0)) return false;
        var e = copula;
        while (e > from && char.IsWhiteSpace(text[e - 1])) e--;
        var b = e;
        while (b > from && char.IsLetter(text[b - 1])) b--;
        if (b == e || char.IsUpper(text[b])) return false;
        return troopWordsAt.EndOfPhraseAt(text, b, e) < 0 && amountWords.EndOfPhraseAt(text, b, e) < 0 && possessives.EndOfPhraseAt(text, b, e) < 0
            && subjectPronouns.EndOfPhraseAt(text, b, e) < 0;
    }

    // Where a word (letters, an apostrophe's possessive, hyphens) that starts at `at` ends.
    private static int WordEnd(string text, int at, int end)
    {
        while (at < end && (char.IsLetter(text[at]) || text[at] is '\'' or '’' or '-')) at++;
        return at;
    }

    // "Russia paid each soldier 2,000 a month": a verb of paying in the number's clause before it makes it a sum.
    private bool PaidBefore(string text, int from, int at)
    {
        for (var i = from; i < at; i++)
            if (char.IsLetter(text[i]) && (i == from || !char.IsLetter(text[i - 1])) && paymentVerbs.EndOfPhraseAt(text, i, at) > 0) return true;
        return false;
    }

    // "the 900 announced job cuts": a verb of reporting right after the number with an object of its own; the number is who
    // reported, not an earlier count ("the 900 announced in May" is).
    private bool AgentOfReport(string text, int at, int end) =>
        reportParticiples.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is var verb and > 0 && !IsBare(text, verb, end);
}
