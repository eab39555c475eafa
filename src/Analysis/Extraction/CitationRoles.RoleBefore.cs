namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// The before-patterns (informant_before, audience_before, speaker_before, inverted_before): the role the words before
/// a name give it. Cheap tests of the last words (each pattern's closing words, the words before them, the words its
/// other branches need) decide whether a pattern can match at all before it is run.
/// </summary>
internal sealed partial class CitationRoles
{
    // The role the before-patterns give a name that `before` (ending in white space) leads to, or null.
    private CitationRole? RoleBefore(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // The before-patterns end in a word and white space (and an optional "the"): the last three words tell
        // which of them can match.
        var w1 = WordBefore(before, before.Length, out var b1);
        var w2 = WordBefore(before, b1, out var b2);
        var the = w1.Equals("the", StringComparison.OrdinalIgnoreCase);
        // "according to the United States and NATO,": the second of two voices after the cue, where it closes its clause.
        if ((w1 is "and" || (the && w2 is "and")) && ClauseEnds(after) && before.Contains("according", StringComparison.OrdinalIgnoreCase)
            && coordinatedSpeakerBefore.IsMatch(before)) return CitationRole.Speaker;
        // "…, declared for his part Joseph Kabui", "…, announced for its part the ministry": the inverted verb past its aside
        // (inverted_verb_asides).
        if (InvertedAsideStart(before) is > 0 and var aside && RoleBefore(before[..aside], after) == CitationRole.Speaker) return CitationRole.Speaker;
        // "…, citing a closed briefing from the country's National Intelligence Service": the cue before a possessive that names a state
        // without its name (CitationRoles.StatePossessives).
        if (StatePossessiveStart(before) is > 0 and var possessive && RoleBefore(before[..possessive], after) is { } owned) return owned;
        // "…, said in a statement on Tuesday the ministry": the inverted verb past its adverbials (speech_adverbial).
        if (InvertedAdverbialStart(before) is > 0 and var adverbials && RoleBefore(before[..adverbials], after) == CitationRole.Speaker) return CitationRole.Speaker;
        // Without a determiner last, each pattern below needs its closing word last (or "told" before the last word): most
        // names' left context ends otherwise, and one look-up in all the closing words turns them away.
        if (!the && w1 is not ("a" or "an") && w2 is not "told" && !anyEnds.Contains(w1)) return null;
        var w3 = WordBefore(before, b2, out _);
        if (EndsWith(informantEnds, w1, w2, the) && MayEnd(informantLeads, informantNeedles, before, w2, w3, the) && informantBefore.IsMatch(before)) return CitationRole.Informant;
        if (EndsWith(audienceEnds, w1, w2, the) && (MayBeTold(w1, w2) || (the && MayBeTold(w2, w3))) && audienceBefore.IsMatch(before)) return CitationRole.Audience;
        if (EndsWith(speakerEnds, w1, w2, the) && (MayEnd(speakerLeads, speakerNeedles, before, w2, w3, the) || AfterPassiveBy(before, w1, w2, the))
            && (AccordingToLast(before) || speakerBeforeGate.MayMatch(before) && speakerBefore.IsMatch(before)))
            return CitationRole.Speaker;
        // "…, said the agency", "…, told Yonhap the official", "…, said a senior naval officer".
        var determiner = the || w1 is "a" or "an";
        if ((EndsWith(invertedEnds, w1, w2, determiner) || w2 is "told" || (determiner && w3 is "told") || (determiner && InvertedToOutlet(before)))
            && ClauseEnds(after) && !VerbHasSubject(before, invertedEnds.Contains(w1) ? b1 : determiner && invertedEnds.Contains(w2) ? b2 : -1)
            && invertedBefore.IsMatch(before)) return CitationRole.Speaker;
        return null;
    }

    // Where a phrase of inverted_verb_asides that ends `before` (an optional "the", "a" or "an" after it, then white space)
    // starts, white space kept before it; else -1.
    private int InvertedAsideStart(ReadOnlySpan<char> before)
    {
        var text = before.TrimEnd();
        foreach (var article in (ReadOnlySpan<string>)["the", "a", "an"])
            if (text.EndsWith(" " + article, StringComparison.Ordinal)) { text = text[..^(article.Length + 1)]; break; }
        foreach (var phrase in invertedAsides)
            if (text.EndsWith(phrase, StringComparison.Ordinal) && text.Length > phrase.Length && char.IsWhiteSpace(text[^(phrase.Length + 1)]))
                return text.Length - phrase.Length;
        return -1;
    }

    // Whether `before` ends in "by" and up to two by_count_fillers words, the "by" opening the sentence or following a comma or
    // a semicolon.
    private bool ByOpensClause(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        for (var words = 0; words < 3; words++)
        {
            var word = WordBefore(before, end, out var start);
            if (word.IsEmpty) return false;
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                var e = start;
                while (e > 0 && char.IsWhiteSpace(before[e - 1])) e--;
                return e == 0 || before[e - 1] is ',' or ';';
            }
            if (!byCountFillers.Contains(word)) return false;
            end = start;
        }
        return false;
    }

    // Whether the inverted verb at `verb` (-1: none read) has a subject of its own right before it ("The agency said some
    // troops, including officers, moved …"): the name after it is what was said, not who said it. An inverted verb follows a
    // mark (", said the agency", "” said Kim"), the sentence's start, or an adverb or auxiliary ("…, also said the agency").
    private static bool VerbHasSubject(ReadOnlySpan<char> before, int verb)
    {
        if (verb <= 0) return false;
        var e = verb;
        while (e > 0 && char.IsWhiteSpace(before[e - 1])) e--;
        if (e == 0 || !char.IsLetter(before[e - 1])) return false;
        var word = WordBefore(before, e, out _);
        return !(word.EndsWith("ly") || word is "also" or "further" or "later" or "then" or "again" or "once" or "has" or "had" or "have" or "earlier");
    }

    // "…, declared to AFP a source close to …", "…, said to the radio RMF FM the deputy minister": translated copy puts the
    // outlet that was told between the inverted verb and its speaker. Mirrors inverted_before's outlet branch: "to" after an
    // inverted verb, or "told", among the last eight words before the determiner.
    private bool InvertedToOutlet(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        for (var words = 0; words < 8; words++)
        {
            var word = WordBefore(before, end, out var start);
            if (word.IsEmpty) return false;
            if (word is "told") return true;
            if (word is "to") return invertedEnds.Contains(WordBefore(before, start, out _));
            end = start;
        }
        return false;
    }

    // The name closes its clause: nothing, a punctuation mark, or words that only describe the speaker follow it ("said
    // an army official speaking on condition of anonymity", "said a diplomat who asked not to be named": speaker_descriptions).
    private bool ClauseEnds(ReadOnlySpan<char> after)
    {
        var rest = WithoutClosingAsides(after.TrimStart());
        if (rest.Length < after.Length && LetterRun(rest, 0) is var n and > 0 && speakerDescriptionWords.Contains(rest[..n])) return true;
        // "…, wrote Bloomberg with reference to four persons familiar with the matter", "reported Interfax quoting the ministry": a
        // relay's verb of citing (citing_verbs) after the speaker; the source it names is its informant.
        if (rest.Length < after.Length)
            foreach (var cue in citingCues)
                if (rest.StartsWith(cue, StringComparison.Ordinal) && rest.Length > cue.Length && rest[cue.Length] == ' ') return true;
        return rest.Length == 0 || rest[0] is ',' or '.' or ';' or ':' or '!' or '?' or '”' or '"';
    }

    // The words that may stand between an inverted verb's speaker and the end of the clause without making the speaker the
    // subject of what follows: a party or place in brackets ("declared Minister-President Malu Dreyer (SPD) on Tuesday"), a
    // time ("said Ivan Petrenko on Tuesday", "last week") and where it was said (closing_speaker_asides: "in a statement").
    // At most three, so that a clause that runs on ("said Russia on Monday moved …") still does not end.
    private ReadOnlySpan<char> WithoutClosingAsides(ReadOnlySpan<char> rest)
    {
        for (var asides = 0; asides < 3 && rest.Length > 0; asides++)
        {
            if (rest[0] == '(' && rest.IndexOf(')') is > 1 and <= 60 and var close) { rest = rest[(close + 1)..].TrimStart(); continue; }
            var n = LetterRun(rest, 0);
            if (n > 0 && n < rest.Length && rest[n] == ' ' && timeWords.Contains(rest[..n]) && LetterRun(rest, n + 1) is var m and > 0)
            {
                rest = rest[(n + 1 + m)..].TrimStart();
                continue;
            }
            // "said Ivan Petrenko in an interview with Reuters", "said a navy spokesman to the BBC": the outlet told, by its
            // capitalised name, closes the clause as where it was said does.
            if (OutletToldAfter(rest) is > 0 and var told) { rest = rest[told..].TrimStart(); continue; }
            var aside = -1;
            foreach (var phrase in closingSpeakerAsides)
                if (rest.StartsWith(phrase, StringComparison.Ordinal) && (rest.Length == phrase.Length || !CueIndex.IsWordCharacter(rest[phrase.Length]))) { aside = phrase.Length; break; }
            if (aside < 0) break;
            rest = rest[aside..].TrimStart();
        }
        return rest;
    }

    // The length of "with" or "to", an optional "the", then one to four capitalised words that open `rest` ("with Reuters",
    // "to the BBC", "with Radio Okapi"), or 0.
    private static int OutletToldAfter(ReadOnlySpan<char> rest)
    {
        var n = LetterRun(rest, 0);
        if (rest[..n] is not ("with" or "to") || n >= rest.Length || rest[n] != ' ') return 0;
        var at = n + 1;
        if (rest[at..].StartsWith("the ", StringComparison.Ordinal)) at += 4;
        var end = 0;
        for (var words = 0; words < 4 && at < rest.Length && char.IsUpper(rest[at]); words++)
        {
            var w = at;
            while (w < rest.Length && !char.IsWhiteSpace(rest[w]) && rest[w] is not (',' or '.' or ';' or ':' or '"' or '”')) w++;
            // "U.S.": an initial's dot is part of the word; a full stop after a word of lower-case letters ends the sentence.
            while (w < rest.Length && rest[w] == '.' && w + 1 < rest.Length && char.IsAsciiLetterUpper(rest[w + 1])) w++;
            end = w;
            if (w >= rest.Length || rest[w] != ' ') break;
            at = w + 1;
        }
        return end;
    }

    private static bool EndsWith(WordSet words, ReadOnlySpan<char> last, ReadOnlySpan<char> beforeLast, bool lastIsThe) =>
        words.Contains(last) || (lastIsThe && words.Contains(beforeLast));

    // Whether audience_before can end with the word `last` after `beforeLast`: a cue of one word, or the last word of a cue
    // of several (audienceEnds) after the word before it ("said to", "interview with").
    private bool MayBeTold(ReadOnlySpan<char> last, ReadOnlySpan<char> beforeLast) =>
        audienceSingles.Contains(last) || (audienceEnds.Contains(last) && audienceLeads.Contains(beforeLast));

    // speaker_before's commonest match, found without running it: "according to " or "according to the " ends `before`, the
    // words in ASCII letters of any case, white space between them and after, no word character before "according".
    private static bool AccordingToLast(ReadOnlySpan<char> before)
    {
        var rest = before;
        if (!(WordLast(ref rest, "the") && rest is [.., var space] && char.IsWhiteSpace(space))) rest = before;
        if (!(WordLast(ref rest, "to") && rest is [.., var gap] && char.IsWhiteSpace(gap)) || !WordLast(ref rest, "according")) return false;
        return rest.IsEmpty || rest[^1] < 128 && !CueIndex.IsWordCharacter(rest[^1]);
    }

    // Whether `text` ends with `word` (ASCII, any case) and white space; `text` is then cut before the word.
    private static bool WordLast(ref ReadOnlySpan<char> text, string word)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end - word.Length;
        if (end == text.Length || start < 0 || !System.Text.Ascii.EqualsIgnoreCase(text[start..end], word)) return false;
        text = text[..start];
        return true;
    }

    // Whether a before-pattern's closing word (the last word, or the one before a last "the") can follow the word before
    // it, or one of the words its other branches need is in the text.
    private static bool MayEnd(WordSet leads, string[] needles, ReadOnlySpan<char> before,
        ReadOnlySpan<char> beforeLast, ReadOnlySpan<char> third, bool lastIsThe)
    {
        if (leads.Contains(beforeLast) || (lastIsThe && leads.Contains(third))) return true;
        foreach (var needle in needles)
            if (before.Contains(needle, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The last word (run of \w) of each phrase, ignoring case.
    private static WordSet LastWords(IEnumerable<string> phrases) =>
        phrases.Select(p => WordBefore(p, p.Length, out _).ToString()).Where(w => w.Length > 0).ToWordSet(StringComparer.OrdinalIgnoreCase);
}
