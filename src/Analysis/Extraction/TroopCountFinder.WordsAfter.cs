namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// What the words right after a number say of it: nothing (a bare number), a strength ("3,000-strong"), a part of
/// the figure after it ("4,000 of the 12,000 soldiers"), other people, a pronoun that pledged it, a verb of its own.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases wholeAdjectives, amountHeadsAfter;
    // The words that take a part from a figure after them (part_links): "4,000 of the 12,000", "300 out of the 2,000".
    private readonly AdjacentPhrases partLinks;
    // Words between a named subject and its verb of reporting (list report_adverbs): "London first considered".
    private readonly AdjacentPhrases reportAdverbs;
    // "a 1,000-person contingent": a strength suffix that counts troops only before a force's noun (person_strength_*).
    private readonly AdjacentPhrases personSuffixes, personHeads, civilianStrengthHeads;
    private readonly PhraseMatcher militaryCompanyWords;

    // Where a word of part_links after white space at `at` ends, white space after it ("4,000| of |the 12,000"), or -1.
    private int PartLinkAfter(string text, int at, int end) =>
        Spaced(text, at) && partLinks.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is var link and > 0 && Spaced(text, link)
            ? link : -1;

    // text[at..) reads "of" ("out of"), a few articles, possessive pronouns or possessives ("the mission's"), then a number that a troop
    // noun follows: "4,000 of the 12,000 soldiers", "6,000 of its 17,000 troops".
    private bool PartOfFigureAfter(string text, int at, int end, IReadOnlyList<Quantity> quantities)
    {
        if (PartLinkAfter(text, at, end) is not (var link and > 0)) return false;
        var i = link;
        for (var words = 0; words < 4; words++)
        {
            i = PhraseLiteral.SkipWhiteSpace(text, i, end);
            if (i >= end) return false;
            for (var q = 0; q < quantities.Count; q++)
                if (quantities[q].Span.Start == i)
                    // "41,000 of the 82,000 sent to Ukraine": a whole after "the" that a participle of sending counts is troops sent.
                    // "12,000 of the 15,000-strong force": a whole that is a force's strength.
                    return nounAfter.NounEnd(text, quantities[q].Span.End, end) >= 0 || StrengthAfter(text, quantities[q].Span.End, end) > 0
                        || (words > 0 && Spaced(text, quantities[q].Span.End)
                            && sentParticiples.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, quantities[q].Span.End, end), end) > 0);
            var next = articles.EndOfPhraseAt(text, i, end) is var article and > 0 ? article : possessives.EndOfPhraseAt(text, i, end);
            // "300 of the first 2,000 Guard members"
            if (next < 0 && words > 0) next = wholeAdjectives.EndOfPhraseAt(text, i, end);
            if (next < 0)
            {
                var e = i;
                while (e < end && CueIndex.IsWordCharacter(text[e])) e++;
                if (e + 1 < end && text[e] is '\'' or '’' && text[e + 1] == 's' && (e + 2 == end || !CueIndex.IsWordCharacter(text[e + 2]))) next = e + 2;
            }
            if (next < 0) return false;
            i = next;
        }
        return false;
    }

    // "raised to 350.000 the ceiling of reservists": the number, "the", an amount noun, "of" ("on", "for"), then troops; where the troop
    // noun ends, or -1.
    private int AmountHeadAfter(string text, int at, int end)
    {
        if (!Spaced(text, at)) return -1;
        var i = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (i == end || articles.EndOfPhraseAt(text, i, end) is not (var article and > 0) || !Spaced(text, article)) return -1;
        i = PhraseLiteral.SkipWhiteSpace(text, article, end);
        if (i == end || amountHeadsAfter.EndOfPhraseAt(text, i, end) is not (var head and > 0) || !Spaced(text, head)) return -1;
        i = PhraseLiteral.SkipWhiteSpace(text, head, end);
        // "the ceiling of reservists", "the cap on reservists", "the quota for troops"
        var preposition = text.AsSpan(i, Math.Min(4, end - i));
        var length = preposition.StartsWith("of ", StringComparison.OrdinalIgnoreCase) || preposition.StartsWith("on ", StringComparison.OrdinalIgnoreCase) ? 2
            : preposition.StartsWith("for ", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        return length == 0 ? -1 : nounAfter.NounEnd(text, i + length, end);
    }

    // "the 200 who died were all civilians": a relative clause after the number ("who") that names other people before its
    // clause ends, or whose verb is none of troops ("the 300 who gathered at the square fled").
    private bool RelativeOfOthers(string text, int at, int opener, int end)
    {
        if (!text.AsSpan(PhraseLiteral.SkipWhiteSpace(text, at, opener), opener - PhraseLiteral.SkipWhiteSpace(text, at, opener)).Equals("who", StringComparison.OrdinalIgnoreCase))
            return false;
        var clauseEnd = text.AsSpan(opener, end - opener).IndexOfAny(",.;:");
        return !TroopRelativeVerb(text, opener, end) || nonTroopWords.Any(text, opener, clauseEnd < 0 ? end : opener + clauseEnd);
    }

    // "the 1,100 who were killed", "the 3,600 who sustained injuries": a relative opener (relative_openers) right after the number
    // ending at `at`, auxiliaries and fillers, then a word of casualty_words: the number counts casualties.
    private bool CasualtyRelativeAfter(string text, int at, int end)
    {
        if (!Spaced(text, at) || WholeWordsAt(governing.RelativeOpeners, text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is not (var opener and > 0)) return false;
        at = opener;
        for (var words = 0; words < 4; words++)
        {
            if (!Spaced(text, at)) return false;
            at = PhraseLiteral.SkipWhiteSpace(text, at, end);
            if (at == end) return false;
            if (WholeWordsAt(casualtyVerbs, text, at, end) > 0) return true;
            var next = auxiliaries.EndOfPhraseAt(text, at, end);
            if (next <= 0) next = relativeFillers.EndOfPhraseAt(text, at, end);
            // ("who have become casualties", "who went missing": a verb that takes the casualty word as its complement.)
            if (next <= 0) next = kindWords.CasualtyLinkingVerbs.EndOfPhraseAt(text, at, end);
            if (next <= 0) return false;
            at = next;
        }
        return false;
    }

    // After "who": auxiliaries and fillers ("already", "had been"), then a verb of relative_troop_verbs.
    private bool TroopRelativeVerb(string text, int at, int end) =>
        VerbAfterFillers(text, at, end, 4, relativeTroopVerbs, auxiliaries, relativeFillers);

    // text[at..): at most `words` words, each one of fillers (or of moreFillers) and set off by white space, then one of verbs.
    private static bool VerbAfterFillers(string text, int at, int end, int words, AdjacentPhrases verbs, AdjacentPhrases fillers,
        AdjacentPhrases? moreFillers = null)
    {
        for (var word = 0; word < words; word++)
        {
            if (!Spaced(text, at)) return false;
            at = PhraseLiteral.SkipWhiteSpace(text, at, end);
            if (at == end) return false;
            if (verbs.EndOfPhraseAt(text, at, end) > 0) return true;
            var next = fillers.EndOfPhraseAt(text, at, end);
            if (next <= 0 && moreFillers is not null) next = moreFillers.EndOfPhraseAt(text, at, end);
            if (next <= 0) return false;
            at = next;
        }
        return false;
    }

    // text[at..) opens with a subject pronoun, perhaps an auxiliary, then a verb of offering or sending: "it promised",
    // "they had pledged".
    private bool PledgedAfter(string text, int at, int end)
    {
        if (!Spaced(text, at)) return false;
        at = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (at == end || subjectPronouns.EndOfPhraseAt(text, at, end) is not (var pronoun and > 0)) return false;
        at = PhraseLiteral.SkipWhiteSpace(text, pronoun, end);
        if (at < end && auxiliaries.EndOfPhraseAt(text, at, end) is var auxiliary and > 0) at = PhraseLiteral.SkipWhiteSpace(text, auxiliary, end);
        return at < end && (expectVerbs.EndOfPhraseAt(text, at, end) > 0 || sendVerbs.EndOfPhraseAt(text, at, end) > 0);
    }

    // text[at..) opens with a named subject ("the White House", "London": one to four capitalized words, "the" before them or
    // not), at most two of report_adverbs, then a verb of reporting, offering or sending: "the 3,000 the White House cited last
    // week", "far below the 10,000 London first considered". An earlier or weighed count of the troops, with no noun of its own.
    private bool NamedReportAfter(string text, int at, int end)
    {
        if (!Spaced(text, at)) return false;
        at = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (articles.EndOfPhraseAt(text, at, end) is var article and > 0 && Spaced(text, article)) at = PhraseLiteral.SkipWhiteSpace(text, article, end);
        var words = 0;
        while (at < end && char.IsUpper(text[at]) && words < 4)
        {
            var wordEnd = at;
            while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '.')) wordEnd++;
            if (wordEnd == end || !char.IsWhiteSpace(text[wordEnd])) return false;
            at = PhraseLiteral.SkipWhiteSpace(text, wordEnd, end);
            words++;
        }
        if (words == 0) return false;
        for (var adverbs = 0; adverbs < 2 && at < end && reportAdverbs.EndOfPhraseAt(text, at, end) is var adverb and > 0; adverbs++)
            at = PhraseLiteral.SkipWhiteSpace(text, adverb, end);
        return at < end && (reportParticiples.EndOfPhraseAt(text, at, end) > 0 || expectVerbs.EndOfPhraseAt(text, at, end) > 0
            || sendVerbs.EndOfPhraseAt(text, at, end) > 0);
    }

    // "about 200 will be civilians": a noun of other people among the four words after a number, in its clause.
    private bool NonTroopAfter(string text, int at, int end)
    {
        for (var words = 0; words < 4; words++)
        {
            while (at < end && char.IsWhiteSpace(text[at])) at++;
            if (at == end || !CueIndex.IsWordCharacter(text[at])) return false;
            if (nonTroopNouns.EndOfPhraseAt(text, at, end) > 0) return true;
            while (at < end && CueIndex.IsWordCharacter(text[at])) at++;
        }
        return false;
    }

    // An auxiliary ("have", "are", "were") among the three words after a figure: the part has a verb of its own.
    private bool AuxiliaryAfter(string text, int from, int end)
    {
        for (var (i, words) = (from, 0); i < end && words < 3; words++)
        {
            var token = PhraseMatcher.NextToken(text, i, end);
            if (token.Start < 0 || !char.IsLetter(text[token.Start])) return false;
            if (auxiliaries.EndOfPhraseAt(text, token.Start, end) > 0) return true;
            i = token.End;
        }
        return false;
    }

    // "a 3,000-strong force", "a 500-man unit", "a 3,000 strong force": where the strength word ends, or -1.
    private int StrengthAfter(string text, int at, int end)
    {
        var i = at;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i < end && text[i] == '-')
        {
            var suffix = strengthSuffixes.EndOfPhraseAt(text, i + 1, end);
            if (suffix > 0 && personSuffixes.EndOfPhraseAt(text, i + 1, end) == suffix
                && !(Spaced(text, suffix) && personHeads.EndOfPhraseAt(text, HeadStart(text, suffix, end), end) > 0))
                return -1;
            if (suffix > 0 && CivilianCompany(text, suffix, end)) return -1;
            return suffix > 0 && text.AsSpan(i + 1, suffix - i - 1).Trim() is "member" && MembersOfBody(text, suffix, end) ? -1 : suffix;
        }
        return i > at ? strengthWords.EndOfPhraseAt(text, i, end) : -1;
    }

    // "the 26-member crew of the tanker", "a 40-member delegation": a head of civilian_strength_heads right after the strength,
    // with no troop word nor word of military_company_words in its phrase (to the next comma or stop, or CompanyReach).
    private bool CivilianCompany(string text, int suffix, int end)
    {
        if (!Spaced(text, suffix) || civilianStrengthHeads.EndOfPhraseAt(text, HeadStart(text, suffix, end), end) is not (var head and > 0)
            || (head < end && CueIndex.IsWordCharacter(text[head]))) return false;
        var to = Math.Min(end, head + CompanyReach);
        if (text.AsSpan(head, to - head).IndexOfAny(",;.:") is var stop and >= 0) to = head + stop;
        return !troopWords.Any(text, head, to) && !militaryCompanyWords.Any(text, head, to);
    }

    // How far after a civilian head its phrase is read ("crew of the Russian Navy's landing ship").
    private const int CompanyReach = 50;

    // Where the head after a strength word starts: past white space and an opening quotation mark, as copy puts around a unit
    // it doubts ("a 3,000-person \"battalion\"").
    private static int HeadStart(string text, int suffix, int end)
    {
        var head = PhraseLiteral.SkipWhiteSpace(text, suffix, end);
        return head < end && text[head] is '"' or '“' or '\'' or '‘' ? head + 1 : head;
    }

    // Right before `at`: a capitalized word's possessive ("Azerbaijan's ", "the mission's " is not: a name owns troops) or a
    // country pronoun ("its ", "their ").
    private bool OwnerBefore(string text, int start, int at)
    {
        var e = at;
        e = SourceText.SkipWhiteSpaceBack(text, e, start);
        if (e == at) return false;
        if (countryPronouns.StartOfPhraseBefore(text, start, e) >= 0) return true;
        if (e - 2 <= start || text[e - 1] != 's' || text[e - 2] is not ('\'' or '’')) return false;
        var w = e - 2;
        while (w > start && char.IsLetter(text[w - 1])) w--;
        return w < e - 2 && char.IsUpper(text[w]);
    }

    // A dash or colon right before `at`, and a troop word in the 80 characters before it: "mobilised so many reservists so
    // quickly — 300,000 in 48 hours".
    private bool SetOffAfterTroops(string text, int start, int at)
    {
        var e = at;
        e = SourceText.SkipWhiteSpaceBack(text, e, start);
        return e > start && text[e - 1] is '—' or '–' or ':' && troopWords.Any(text, Math.Max(start, e - 81), e - 1);
    }

    // "The remaining troops, about 600, will leave", "The Indian military personnel, 88 in all, will be withdrawn", "a quarter of
    // the reserve, some 115,000 people, are active", "landed troops (about 10,000 people) on the island": a number set off by
    // commas (or a dash, or a bracket) right after a troop word or a troop amount noun is their count. Where its words end
    // (after "people"), or -1.
    private int AppositionAfterTroops(string text, int start, int end, Quantity q)
    {
        var e = SourceText.SkipWhiteSpaceBack(text, q.Span.Start, start);
        if (e <= start || text[e - 1] is not (',' or '(')) return -1;
        var bracket = text[e - 1] == '(';
        var open = bracket ? SourceText.SkipWhiteSpaceBack(text, e - 1, start) : e - 1;
        if (troopWordsAt.StartOfPhraseBefore(text, start, open) < 0 && amountWords.StartOfPhraseBefore(text, start, open) < 0)
            return -1;
        var i = q.Span.End;
        if (Spaced(text, i) && peopleNouns.EndOfPhraseAt(text, i, end) is var people and > 0) i = people;
        var counted = i;
        if (Spaced(text, i) && totalAfter.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, i, end), end) is var total and > 0) i = total;
        // "The soldier, 21, was killed", "the troops, 12, were evacuated": a plain number under 100, set off alone, is a person's age
        // as copy writes it (a count set off so is hedged, large, or says what it counts: "about 600", "88 in all", "some 115,000 people").
        if (i == q.Span.End && q is { Hedge: Hedge.Exact, Possible: false } && (q.Value ?? q.High) < 100) return -1;
        return i < end && (bracket ? text[i] == ')' : text[i] is ',' or '—' or '–') ? counted : -1;
    }

    // text[at..): "from" (list part_origin_words), then a country's name ("1,500 from Kenya"), not its demonym or possessive.
    private bool FromCountryAfter(string text, int at, int end, IReadOnlyList<CountryMention> countries)
    {
        if (!Spaced(text, at) || partOrigins.EndOfPhraseAt(text, at, end) is not (var from and > 0) || !Spaced(text, from)) return false;
        return CountryAt(text, PhraseLiteral.SkipWhiteSpace(text, from, end), countries);
    }

    // Whether a country's name (not its demonym or possessive) starts at `at`: "in Syria", not "in Syrian camps".
    private static bool CountryAt(string text, int at, IReadOnlyList<CountryMention> countries)
    {
        foreach (var c in countries)
            if (c.Name.Start == at) return !c.IsDemonym && !c.Possessive;
        return false;
    }

    // What may follow a number that stands alone: punctuation, the end, or a word that is not a noun it counts; an everyday verb
    // or adverb of its clause ("began", "fell", "died", "still") only in a sentence about troops.
    private bool IsBare(string text, int at, int end, bool aboutTroops = true)
    {
        var i = at;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i == end) return true;
        // A closing quote too: "troops 'could reach 100,000'"; a table's cell break: "Indian Armed Forces: 500,000 | Mukti Bahini: 175,000".
        if (text[i] is ',' or '.' or ';' or ':' or ')' or '(' or '!' or '?' or '—' or '–' or '\'' or '’' or '"' or '”' or '|') return true;
        if (text[i] == '-') return i + 1 < end && char.IsWhiteSpace(text[i + 1]);
        return i > at && (bareFollowers.EndOfPhraseAt(text, i, end) > 0 || (aboutTroops && bareFollowersAboutTroops.EndOfPhraseAt(text, i, end) > 0));
    }

    // "Of them, 500 are women": a number whose sentence opens with "of them" and a comma is a part of the count before it.
    private bool FrontedOfThem(string text, int start, int at) =>
        ellipsis.EndOfPhraseAt(text, start, at) is var open and > 0 && text.AsSpan(open, at - open).Trim().SequenceEqual(",");

    // text[at..) opens an infinitive ("to", list infinitive_markers) of a verb troops take (passage_troop_verbs): "to stay on".
    private bool WishedInfinitiveOfTroops(string text, int at, int end)
    {
        if (!Spaced(text, at) || infinitiveMarkers.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is not (var to and > 0)
            || !Spaced(text, to)) return false;
        return passageTroopVerbs.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, to, end), end) > 0;
    }

    // text[at..), after a bare number in a sentence not itself about troops: fillers (auxiliaries, modals, "already"), then a
    // verb troops take or a place ("200 had arrived", "600 would leave", "4,000 were there now"; not "have fled", "were fined").
    private bool PassageVerbAfter(string text, int at, int end)
    {
        for (var words = 0; words < 5; words++)
        {
            if (!Spaced(text, at)) return false;
            at = PhraseLiteral.SkipWhiteSpace(text, at, end);
            if (at == end) return false;
            if (passageTroopVerbs.EndOfPhraseAt(text, at, end) > 0) return true;
            var next = passageVerbFillers.EndOfPhraseAt(text, at, end);
            if (next <= 0) return false;
            at = next;
        }
        return false;
    }
}
