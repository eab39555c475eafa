namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// People of a country counted before a relative clause that says which of them are meant, then the casualty verb of the
/// sentence: "3,800 of the 12,000 North Koreans who had arrived had been killed or wounded", "some 600 Cubans who served
/// there died". The verb past the relative is theirs, as it is right after them.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // Where the main verb group after a relative clause right after the people (`at`, the demonym's end) starts, when a casualty
    // word ends it: a relative opener (relative_openers) with words of its own, no clause break and no other clause's opener
    // (clause_openers) in them, then auxiliaries and the casualty word, or a casualty verb finite on its own
    // (finite_casualty_cues: "died"); nothing in the relative of service_blockers. Not an empty relative ("who were killed": the
    // relative's own verb, read as before), nor "who killed 12 soldiers" (no verb group of the sentence after it). Else `at`.
    private int PastPeopleRelative(string text, int at, int end)
    {
        if (!Spaced(text, at)) return at;
        var i = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (pastLevels.RelativeOpeners.EndOfWordsAt(text, i, end) is not (var opener and > 0) || !Spaced(text, opener)) return at;
        var clauseEnd = opener;
        while (clauseEnd < end && !ClauseBreaks.Contains(text[clauseEnd])) clauseEnd++;
        var words = casualtyWords.Find(text, opener, clauseEnd);
        if (words.Count == 0) return at;
        var cue = words[0].Span;
        var verb = cue.Start;
        while (auxiliaries.StartOfPhraseBefore(text, opener, verb) is var aux and >= 0 && aux < verb) verb = aux;
        if (verb == cue.Start && !kindWords.IsFiniteCasualtyCue(text, cue)) return at;
        // (Not a relative that says they are no troops: "2,000 North Koreans who work in Russian factories were injured".)
        return RelativeWords(text, opener, verb) > 0 && !service.Denies(text, opener, verb) ? verb : at;
    }

    // "3,800 of the 12,000 North Koreans who had arrived had been killed": a part of people of a country whose troops the
    // article has counted (ForceCountedPeople), the whole right after "of" (part_links) and an article; the part is anchored
    // to the whole as a part of troops is ("4,000 of the 12,000 soldiers").
    private bool PartOfCountedPeopleAfter(string text, int at, int end, IReadOnlyList<Quantity> quantities, Func<string, bool>? forceCounted)
    {
        if (forceCounted is null || PartLinkAfter(text, at, end) is not (var link and > 0)) return false;
        var i = PhraseLiteral.SkipWhiteSpace(text, link, end);
        if (articles.EndOfPhraseAt(text, i, end) is var article and > 0) i = PhraseLiteral.SkipWhiteSpace(text, article, end);
        foreach (var whole in quantities)
            if (whole.Span.Start == i)
                return peopleOfCountry.NounEnd(text, whole.Span.End, end) is var demonymEnd and >= 0 && ForceCountedPeople(text, demonymEnd, end, forceCounted);
        return false;
    }
}
