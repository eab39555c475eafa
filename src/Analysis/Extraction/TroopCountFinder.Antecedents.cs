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
    private readonly BackReferenceWords backWords;

    private sealed class BackReferenceWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Predicates = AdjacentPhrases.Of(lexicon, "back_reference_predicates");
        public readonly AdjacentPhrases NonVerbs = AdjacentPhrases.Of(lexicon, "back_reference_non_verbs");
        public readonly AdjacentPhrases VerbFillers = AdjacentPhrases.Of(lexicon, ["auxiliaries", "relative_fillers", "back_reference_modals"]);
        public readonly PhraseMatcher SpeechVerbs = PhraseMatcher.Of(lexicon, ["back_reference_speech_verbs"]);
        public readonly AdjacentPhrases TallyLinks = AdjacentPhrases.Of(lexicon, "tally_links");
        public readonly AdjacentPhrases ChangeLeads = AdjacentPhrases.Of(lexicon, "tally_change_leads");
        // The hedge a change's first number may carry between the lead and its digits ("from roughly 5,200 to 3,000").
        public readonly AdjacentPhrases Hedges = AdjacentPhrases.Of(lexicon, ["hedge_approximate", "hedge_at_least", "hedge_at_most"]);
        public readonly AdjacentPhrases TallyLeads = AdjacentPhrases.Of(lexicon, "tally_leads");
        public readonly AdjacentPhrases GroupLeads = AdjacentPhrases.Of(lexicon, "back_reference_group_leads");
        public readonly AdjacentPhrases SharedSubjectLinks = AdjacentPhrases.Of(lexicon, "shared_subject_links");
    }

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
        if (last is null)
            return (q.Value ?? q.High ?? q.Low) >= backReferenceMinimum && troopWords.Any(text, start, q.Span.Start) && !AppositionToOther(text, start, q.Span.Start)
                && !CrowdOfOthers(text, start, end, q);
        if (text.AsSpan(last.Span.End, q.Span.Start - last.Span.End).IndexOfAny(BackReferenceBreaks) < 0 && !contrastWords.Any(text, last.Span.End, q.Span.Start))
            return false;
        // Another clause: its own verb must be one of troops, and a speaker's verb that opens it starts another claim ("but the
        // opposition said 20,000 took to the streets").
        if (!TroopPredicateOrNone(text, q.Span.End, clauseEnd) || backWords.SpeechVerbs.Any(text, clauseStart, q.Span.Start)) return false;
        foreach (var f in found)
            if (ReferenceEquals(f.Q, last)) return true;
        return false;
    }

    // "though 40,000 still lack shelter", "while 12,000 were displaced": a verb after the number in its clause (past auxiliaries,
    // fillers and modals) that is none of back_reference_predicates says the number counts something else; no verb at all
    // ("though it had only about 1,800 there") or a word that opens none (back_reference_non_verbs) leaves it the troops'.
    private bool TroopPredicateOrNone(string text, int at, int clauseEnd)
    {
        for (var words = 0; words < 5; words++)
        {
            at = PhraseLiteral.SkipWhiteSpace(text, at, clauseEnd);
            if (at >= clauseEnd || !char.IsLower(text[at])) return true;
            if (WholeWordsAt(backWords.Predicates, text, at, clauseEnd) > 0 || WholeWordsAt(backWords.NonVerbs, text, at, clauseEnd) > 0) return true;
            if (WholeWordsAt(backWords.VerbFillers, text, at, clauseEnd) is not (var next and > 0)) return false;
            at = next;
        }
        return true;
    }

    private static int WholeWordsAt(AdjacentPhrases phrases, string text, int at, int end) =>
        phrases.EndOfPhraseAt(text, at, end) is var e and > 0 && (e == end || !CueIndex.IsWordCharacter(text[e])) ? e : -1;

    // "The soldiers' families, about 2,000, protested": a number set off by a comma after a noun counts that noun; only a troop
    // word there ("The troops, some 6,000, began leaving") makes it troops.
    private bool AppositionToOther(string text, int start, int at)
    {
        var comma = at;
        comma = SourceText.SkipWhiteSpaceBack(text, comma, start);
        if (comma == start || text[comma - 1] != ',') return false;
        var (b, e) = LettersBefore(text, start, comma - 1);
        return b < e && troopWordsAt.EndOfPhraseAt(text, b, e) != e;
    }

    // "Soldiers were among the 4,000 who attended the funeral": with no count before it, a number that troops are among
    // (back_reference_group_leads) or whose relative clause has a verb none of troops counts a crowd of others.
    private bool CrowdOfOthers(string text, int start, int end, Quantity q)
    {
        if (backWords.GroupLeads.StartOfPhraseBefore(text, start, q.Span.Start) >= 0) return true;
        var at = PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end);
        return Spaced(text, q.Span.End) && WholeWordsAt(governing.RelativeOpeners, text, at, end) is var opener and > 0 && !TroopRelativeVerb(text, opener, end);
    }

    // "approved the deployment of 1,000 troops, 250 to 120", "the House 310-115": a bare pair falling from the first number to
    // the second, joined by a word of tally_links, is a vote or a score, not a count (a range rises: "2,000 to 3,000"; a change
    // is told with "from"); so is any such pair after a word of tally_leads ("voted 68 to 30 to send").
    // A year after a word of time is no first number of a pair: "bringing the toll since 2013 to 62" raises a toll.
    private bool Tally(string text, int start, int end, Quantity q)
    {
        if (q.ChangeStart || q.ChangeEnd) return false;
        if (q.Low is { } low && q.High is { } high && low > high && q.Core.End > q.Core.Start) return true;
        var after = PhraseLiteral.SkipWhiteSpace(text, q.Core.End, end);
        if (after < end && WholeLinkAt(text, after, end) is var link and > 0 && NumberAt(text, PhraseLiteral.SkipWhiteSpace(text, link, end), end) is var (second, secondEnd)
            && q.Value is { } first && ((first > second && BareEnd(text, secondEnd, end) && backWords.ChangeLeads.StartOfPhraseBefore(text, start, q.Span.Start) < 0)
                || backWords.TallyLeads.StartOfPhraseBefore(text, start, q.Span.Start) >= 0))
            return true;
        var before = q.Core.Start;
        before = SourceText.SkipWhiteSpaceBack(text, before, start);
        for (var b = before - 1; b >= Math.Max(start, before - 9); b--)
            if (char.IsDigit(text[b]) && (b == start || !char.IsDigit(text[b - 1]) && text[b - 1] != ',' && text[b - 1] != '.')
                && NumberAt(text, b, before) is var (firstBefore, firstEnd) && WholeLinkAt(text, PhraseLiteral.SkipWhiteSpace(text, firstEnd, before), before) == before
                && !(firstEnd - b == 4 && firstBefore is >= 1900 and <= 2100 && YearLeadBefore(text, start, b, firstBefore % 50 != 0))
                && q.Value is { } v && ((firstBefore > v && BareEnd(text, q.Core.End, end) && !ChangeLeadBefore(text, start, b))
                    || backWords.TallyLeads.StartOfPhraseBefore(text, start, b) >= 0))
                return true;
        return false;
    }

    // A word that opens a change right before a pair's first number, or before the hedge it carries: "cut from 5,000 to 3,000",
    // "reduced from roughly 5,200 to 3,000" (a fall told as a change, not a vote or a score).
    private bool ChangeLeadBefore(string text, int start, int at) =>
        backWords.ChangeLeads.StartOfPhraseBefore(text, start, at) >= 0
        || (backWords.Hedges.StartOfPhraseBefore(text, start, at) is var hedge and >= 0 && backWords.ChangeLeads.StartOfPhraseBefore(text, start, hedge) >= 0);

    private int WholeLinkAt(string text, int at, int end) =>
        backWords.TallyLinks.EndOfPhraseAt(text, at, end) is var e and > 0 && (e == end || !char.IsLetter(text[e - 1]) || !char.IsLetter(text[e])) ? e : -1;

    // The digits (thousands commas allowed) at `at`, their value and end.
    private static (double Value, int End)? NumberAt(string text, int at, int end)
    {
        var i = at;
        while (i < end && (char.IsDigit(text[i]) || (text[i] == ',' && i + 1 < end && char.IsDigit(text[i + 1]) && i > at))) i++;
        if (i == at || !char.IsDigit(text[at])) return null;
        return double.TryParse(text.AsSpan(at, i - at).ToString().Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? (v, i) : null;
    }

    // Nothing the number counts after it: the end or punctuation.
    private static bool BareEnd(string text, int at, int end)
    {
        var i = PhraseLiteral.SkipWhiteSpace(text, at, end);
        return i >= end || !char.IsLetterOrDigit(text[i]);
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
        if (SharedSubjectLinkBefore(text, from, copula)) return false;
        var (b, e) = LettersBefore(text, from, copula);
        if (b == e || char.IsUpper(text[b])) return false;
        return troopWordsAt.EndOfPhraseAt(text, b, e) < 0 && amountWords.EndOfPhraseAt(text, b, e) < 0 && possessives.EndOfPhraseAt(text, b, e) < 0
            && subjectPronouns.EndOfPhraseAt(text, b, e) < 0;
    }

    // "The death toll reached 4,000 in 2008, and currently stands at 4,486": a conjunction right before the verb (adverbs
    // between) gives it the subject of the clause before, whose own count decides what the number counts.
    private bool SharedSubjectLinkBefore(string text, int from, int copula)
    {
        var link = copula;
        for (var words = 0; words < 3 && relativeFillers.StartOfPhraseBefore(text, from, link) is var adverb and >= 0; words++) link = adverb;
        return backWords.SharedSubjectLinks.StartOfPhraseBefore(text, from, link) >= 0;
    }

    // A bare number that a verb of being shares with the troop figure of the clause before ("reached 4,000 in 2008, and now
    // stands at 4,486"): it is the same count later, so it keeps that figure's kind.
    private bool SharesSubjectBefore(string text, int from, int at)
    {
        var i = at;
        for (var words = 0; words < 3 && relativeFillers.StartOfPhraseBefore(text, from, i) is var adverb and >= 0; words++) i = adverb;
        return valueCopulas.StartOfPhraseBefore(text, from, i) is var copula and >= 0 && SharedSubjectLinkBefore(text, from, copula);
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
