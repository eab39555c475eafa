namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// speaker_after: a name that a reporting verb follows speaks ("Kim said", "the Pentagon, the army's chief, said").
/// Its commonest matches are read word by word here, and most names are turned away before the pattern runs; a verb
/// that refuses an ask or places what it moves ("put on alert") says nothing.
/// </summary>
internal sealed partial class CitationRoles
{
    private readonly WordSet unclosedAsideOpeners;
    // speaker_aside_prepositions and speaker_aside_coordinators, in their case: the words that open the asides AsidesThenVerb reads.
    private readonly WordSet asideWords;
    // speaker_scene_prepositions: the words that open an aside of a scene ("at the time", "of the area"), in their case.
    private readonly WordSet sceneWords;

    // Whether a word that may start a reporting verb occurs in text[from..end).
    private bool VerbAfter(string text, int from, int end) => verbs.FirstOpening(text, from, end) >= 0;

    // Whether speaker_after can match at the start of `after`: it opens with "(", or with "," and an aside up to the next
    // comma (white space before them or not), or with white space and one of its openers. Most names are followed by
    // other words, and the pattern is not run.
    // (person: the name is a person's, the only name an unclosed aside may follow: "…, Russia, deputy head of the agency said"
    // is the deputy head's.)
    private bool MaySpeakAfter(ReadOnlySpan<char> after, bool person = false)
    {
        if (speakerAfterOpeners is not { } openers) return true;
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i < after.Length && after[i] == '(') return true;
        if (DashAsideOpens(after)) return true;
        // ", the army's chief, said": an aside that closes with a comma before any other mark (an initial's dot, "the
        // commander of U.S. forces", is none).
        if (i < after.Length && after[i] == ',') return AsideCloses(after[(i + 1)..], NameAfterComma(after[(i + 1)..])) || person && OpensUnclosedAside(after[(i + 1)..]);
        if (i == 0 || i == after.Length) return false;
        var j = i + LetterRun(after[i..], 0);
        return j > i && openers.Contains(after[i..j]);
    }

    // Whether the words after a name open an aside between dashes (dash_aside): an em or en dash, spaced or not, or a hyphen with
    // white space on each side; the pattern reads the rest.
    private static bool DashAsideOpens(ReadOnlySpan<char> after)
    {
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == after.Length) return false;
        return after[i] is '—' or '–' || after[i] == '-' && i > 0 && i + 1 < after.Length && char.IsWhiteSpace(after[i + 1]);
    }

    // Whether the aside after a comma opens with a word of unclosed_aside_openers (", deputy head of … said"), which
    // speaker_after reads with no closing comma.
    private bool OpensUnclosedAside(ReadOnlySpan<char> aside)
    {
        var j = 0;
        while (j < aside.Length && char.IsWhiteSpace(aside[j])) j++;
        return unclosedAsideOpeners.Contains(aside.Slice(j, LetterRun(aside, j)));
    }

    // Whether speaker_after's branch of a name after a comma (", the Pentagon and") may start the aside: its first word is
    // capitalised or "the" (read loosely: anything but another letter or a digit may be white space to the pattern).
    private static bool NameAfterComma(ReadOnlySpan<char> aside)
    {
        var j = 0;
        while (j < aside.Length && char.IsWhiteSpace(aside[j])) j++;
        return j == aside.Length || !char.IsLetterOrDigit(aside[j]) || char.IsAsciiLetterUpper(aside[j]) || aside[j] == 't';
    }

    // speaker_after's commonest match, found without running it: white space, a reporting verb of one word, and no word
    // character after it ("Kim said", "the ministry told"). False says nothing: the pattern decides.
    // Whether an aside closes with a comma before any other mark; the dot of an initial (a capital letter that follows no
    // word character: "U.S.", "D.C.") is no mark, as in speaker_after.
    // nameMayFollow: whether the aside may be a name ("(the) Pentagon and …", the one branch that needs no closing comma);
    // when it may not, the pattern goes on after the closing comma only with white space, "(" or another comma: a comma
    // between digits (", up from an earlier estimate of 3,500.") closes nothing.
    private static bool AsideCloses(ReadOnlySpan<char> aside, bool nameMayFollow = true)
    {
        for (var k = 0; k < aside.Length; k++)
            switch (aside[k])
            {
                // (in a relative clause a thousands separator is no close: "who commands the 1,200-strong battalion, said")
                case ',' when k > 0 && char.IsAsciiDigit(aside[k - 1]) && k + 1 < aside.Length && char.IsAsciiDigit(aside[k + 1]) && OpensRelative(aside): break;
                case ',': return nameMayFollow || (k + 1 < aside.Length && !char.IsLetterOrDigit(aside[k + 1]));
                case ';' or ':': return false;
                case '.' when !(k > 0 && char.IsAsciiLetterUpper(aside[k - 1]) && (k == 1 || !CueIndex.IsWordCharacter(aside[k - 2])))
                    && !PartyStateTag(aside[..k]): return false;
            }
        return false;
    }

    // Whether the text before a dot ends with an American lawmaker's party and abbreviated state ("R-Calif", "D-Ga", "I-Vt"), as
    // "Rep. X, R-Calif., said" writes them; speaker_after reads that dot so too.
    private static bool PartyStateTag(ReadOnlySpan<char> before)
    {
        var i = before.Length;
        while (i > 0 && char.IsAsciiLetterLower(before[i - 1])) i--;
        return before.Length - i is >= 1 and <= 4 && i >= 3 && char.IsAsciiLetterUpper(before[i - 1]) && before[i - 2] == '-'
            && before[i - 3] is 'D' or 'R' or 'I' && (i == 3 || !CueIndex.IsWordCharacter(before[i - 4]));
    }

    private static bool OpensRelative(ReadOnlySpan<char> aside) =>
        aside.TrimStart() is var a && (a.StartsWith("who ", StringComparison.Ordinal) || a.StartsWith("which ", StringComparison.Ordinal));

    // Whether the verb speaker_after reads after a name is one of placing or posting followed by a count ("put 200 members",
    // "posted 1,700 troops", placed_amounts) or by a particle of place ("put out of combat", "put on alert", "puts up"; "posted
    // to Kursk", posting_particles): the name is what was placed or who placed it, no voice.
    private bool PlacesWhatItMoves(ReadOnlySpan<char> after, ref int verbEnd)
    {
        // Most speakers' verbs are no verb of placing: the pattern is not run again for them.
        if (after.IndexOfAny(placingVerbList) < 0) return false;
        if (verbEnd == UnknownEnd) verbEnd = SpeakerVerbEnd(after);
        if (verbEnd < 0) return false;
        var verb = WordBefore(after, verbEnd, out _);
        var i = verbEnd;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        var posting = postingVerbs.Contains(verb);
        if (!posting && !placingVerbs.Contains(verb)) return false;
        // "put 200 members …", "put some 1,200 personnel on standby", "posted 1,700 troops to Syria": a count of what is placed.
        if (i < after.Length && char.IsAsciiDigit(after[i])) return true;
        var n = i < after.Length ? LetterRun(after, i) : 0;
        if (n == 0) return false;
        if (placedAmounts.Contains(after.Slice(i, n))) return true;
        // "have put at least 100,000 more into the gulf": a hedge of two words before the count (placed_amount_hedges).
        if (placedHedges.Contains(after.Slice(i, n)) && i + n < after.Length && after[i + n] == ' ' && LetterRun(after, i + n + 1) is var m and > 0
            && placedHedges.Contains(string.Concat(after.Slice(i, n), " ", after.Slice(i + n + 1, m)))) return true;
        // "soldiers posted to Kursk", "troops posted along the border": posted where they serve; "put on alert": placed.
        if ((posting ? postingParticles : placementParticles).Contains(after.Slice(i, n))) return true;
        // "placed the brigade's 3,000 soldiers under NATO command": a count in the verb's object, before the "at" that an
        // estimate puts its figure at ("placed the number of troops at 8,000") and followed by a particle of place, is what the
        // verb moves.
        return !posting && MovesCount(after[i..]);
    }

    // Whether the clause moves a count: a count (a digit) stands in it before any word of placed_figure_particles ("at"), with a
    // word of placement_particles after the count ("under", "on").
    private bool MovesCount(ReadOnlySpan<char> rest)
    {
        var counted = false;
        for (var k = 0; k < rest.Length; k++)
        {
            var c = rest[k];
            if (c is ',' or ';' or ':' or '.' && !(k > 0 && char.IsAsciiDigit(rest[k - 1]) && k + 1 < rest.Length && char.IsAsciiDigit(rest[k + 1]))) return false;
            if (char.IsAsciiDigit(c)) counted = true;
            else if (char.IsAsciiLetter(c) && (k == 0 || !char.IsAsciiLetter(rest[k - 1])))
            {
                var n = LetterRun(rest, k);
                var word = rest.Slice(k, n);
                if (!counted && placedFigureParticles.Contains(word)) return false;
                if (counted && placementParticles.Contains(word)) return true;
                k += n - 1;
            }
        }
        return false;
    }

    // Where the first match of speaker_after in the words after a name ends (its verb's end), or -1.
    private int SpeakerVerbEnd(ReadOnlySpan<char> after)
    {
        foreach (var match in speakerAfter.EnumerateMatches(after)) return match.Index + match.Length;
        return -1;
    }

    // A verb end not looked for yet (SpeaksAfter found the match without the pattern).
    private const int UnknownEnd = -2;

    // Whether speaker_after matches `after`, and where its match ends (UnknownEnd when it was found without running it; the
    // refusal and placing tests run it only if they need the end). Its commonest matches are read word by word: white space,
    // adverbs of one word, a reporting verb of one word ("Kim said", "the ministry has not confirmed"). Where the words after the
    // name open none of its asides, the pattern is only its verb part, and a name none of whose words after it can reach a
    // verb that way ("were taking part in …, up from …") is not tried.
    private bool SpeaksAfter(ReadOnlySpan<char> after, out int verbEnd)
    {
        verbEnd = UnknownEnd;
        if (AdverbsThenVerb(after, out verbEnd) || SpeaksRightAfter(after)) return true;
        if (!MayReachVerb(after)) return false;
        if (AsidesThenVerb(after, out verbEnd)) return true;
        verbEnd = SpeakerVerbEnd(after);
        return verbEnd >= 0;
    }

    // speaker_after's commonest matches past an aside, read word by word ("… at the United Nations warned", "… (HUR) said"):
    // up to three asides, each a parenthesis of 1 to 60 characters with no other parenthesis in it, or white space, a word of
    // speaker_aside_prepositions or speaker_aside_coordinators, white space, "the" and white space or not, and one to five
    // capitalised words; then what AdverbsThenVerb reads. Read strictly (ASCII words only), so that true is a path the
    // pattern takes; false says nothing, and the pattern decides. verbEnd: where the pattern's match ends, when only
    // parentheses stand before the words AdverbsThenVerb reads and it tells (else UnknownEnd: the pattern's own asides of
    // capitalised words are read longest first).
    private bool AsidesThenVerb(ReadOnlySpan<char> after, out int verbEnd)
    {
        verbEnd = UnknownEnd;
        var i = 0;
        var parentheses = true;
        for (var asides = 0; asides < 3; asides++)
        {
            var j = i;
            while (j < after.Length && char.IsWhiteSpace(after[j])) j++;
            if (j == after.Length) return false;
            if (after[j] == '(')
            {
                var close = after[(j + 1)..].IndexOfAny('(', ')');
                if (close is < 1 or > 60 || after[j + 1 + close] != ')') return false;
                i = j + 2 + close;
                if (AdverbsThenVerb(after[i..], out var end))
                {
                    if (end >= 0 && parentheses) verbEnd = i + end;
                    return true;
                }
                continue;
            }
            var n = LetterRun(after, j);
            if (j == i || n == 0 || !asideWords.Contains(after.Slice(j, n))) return false;
            parentheses = false;
            var k = SkipSpace(after, j + n);
            if (k == j + n || k == after.Length) return false;
            if (after[k..].StartsWith("the") && SkipSpace(after, k + 3) is var t && t > k + 3 && t < after.Length) k = t;
            for (var words = 0; ; words++)
            {
                if (words == 5 || !char.IsAsciiLetterUpper(after[k])) { if (words == 0) return false; break; }
                var e = k + 1;
                while (e < after.Length && after[e] is var c && (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '\'' or '’' or '-')) e++;
                if (e == after.Length || !char.IsWhiteSpace(after[e])) return false;
                if (AdverbsThenVerb(after[e..], out _)) return true;
                i = e;
                k = SkipSpace(after, e);
                if (k == after.Length) return false;
            }
        }
        return false;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i;
    }

    // White space, adverbs of one word each followed by white space, then a reporting verb of one word that no word character
    // follows (read strictly: any character past ASCII is left to the pattern's own \b). verbEnd: where the pattern's first
    // match ends, when the words tell (the first opens none of its asides, and every word is a plain one: the pattern then
    // reads them as they are read here); else UnknownEnd.
    private bool AdverbsThenVerb(ReadOnlySpan<char> after, out int verbEnd)
    {
        verbEnd = UnknownEnd;
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0) return false;
        var plain = true;
        for (var first = true; i < after.Length; first = false)
        {
            var n = LetterRun(after, i);
            if (n == 0) return false;
            var word = after.Slice(i, n);
            var next = i + n;
            if (first && asideOpeners.Contains(word)) plain = false;
            if (oneWordVerbs.Contains(word))
            {
                if (!(next == after.Length || after[next] < 128 && !CueIndex.IsWordCharacter(after[next]))) return false;
                if (plain && (plainVerbs.Contains(word) || VerbStandsAlone(after, i, word))) verbEnd = next;
                return true;
            }
            if (next == after.Length || !char.IsWhiteSpace(after[next]) || !oneWordAdverbs.Contains(word)) return false;
            plain &= plainAdverbs.Contains(word) || AdverbStandsAlone(after, i, word);
            i = next;
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        }
        return false;
    }

    // Whether speaker_after may match where the first word after the white space opens none of its asides: past that word,
    // every word up to the verb must be one the pattern lets stand before it (an adverb's, "been", "was", "were"; "last",
    // "this" or "on" and any word after it), and the verb opens with one of the reporting verbs' first words. Read loosely
    // (a word's letters only, any punctuation after it), so that false is certain; true says nothing.
    private bool MayReachVerb(ReadOnlySpan<char> after)
    {
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0 || i == after.Length) return true;
        var n = LetterRun(after, i);
        if (n == 0) return true;
        // A preposition that opens only the aside of a place ("officials in Seoul held …") is followed through it; where that
        // aside cannot lead to the verb, the word is read as the words before a verb are ("in a statement said").
        // A word that opens another aside only as the first of several ("in charge", "familiar with") opens it only before the
        // next one ("officials in Seoul held …" is read as a place's).
        var opener = after.Slice(i, n);
        if (sceneWords.Contains(opener) && SceneMayReachVerb(after, i + n)) return true;
        if (asideOpeners.Contains(opener))
        {
            var other = asideNextWords.TryGetValue(opener, out var next) ? NextWordMayBe(after, i + n, next) : !placeWords.Contains(opener);
            if (other || placeWords.Contains(opener) && PlaceMayReachVerb(after, i + n)) return true;
        }
        var anyWord = false;
        // Past a time word and the word after it, the numbers of a date ("on April 26, 2025, said", "on 3 March said").
        var dated = false;
        while (true)
        {
            var word = after.Slice(i, n);
            if (n > 0 && verbStarts.Contains(word) && (!verbNextWords.TryGetValue(word, out var next) || NextWordMayBe(after, i + n, next))) return true;
            // A date's number is passed over and changes nothing.
            if (!(dated && n == 0 && char.IsAsciiDigit(after[i])))
            {
                if (!anyWord && !(n > 0 && (verbFillers.Contains(word) || timeWords.Contains(word)))) return false;
                dated = anyWord || n > 0 && timeWords.Contains(word);
                anyWord = n > 0 && timeWords.Contains(word);
            }
            while (i < after.Length && !char.IsWhiteSpace(after[i])) i++;
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            if (i == after.Length) return false;
            n = LetterRun(after, i);
        }
    }

    // Whether speaker_after may go on past an aside of a scene ("at the time", "of the area": a word of speaker_scene_prepositions,
    // white space, "the", white space and one lower-case word) that starts at `i`, right after the preposition: what follows that
    // word must be what MayReachVerb lets through. Read loosely: anything past ASCII says true.
    private bool SceneMayReachVerb(ReadOnlySpan<char> after, int i)
    {
        var j = SkipSpace(after, i);
        if (j == i || !after[j..].StartsWith("the ")) return false;
        j = SkipSpace(after, j + 3);
        var e = j;
        while (e < after.Length && char.IsAsciiLetterLower(after[e])) e++;
        if (e == j) return false;
        return e < after.Length && after[e] >= 128 || MayReachVerb(after[e..]);
    }

    // Whether the word after a phrase's first word (ending at `at`) may be one of `next` (NextWords; null: any). Read loosely, as
    // MayReachVerb reads: in any case, its first letters only, and anything but white space after the first word says true.
    private static bool NextWordMayBe(ReadOnlySpan<char> after, int at, string[]? next)
    {
        if (next is null || at < after.Length && !char.IsWhiteSpace(after[at])) return true;
        var k = SkipSpace(after, at);
        foreach (var word in next)
            if (after[k..].StartsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Whether speaker_after may go on past a preposition that opens only its aside of a place or a body ("in Seoul", "of the
    // Pentagon": the preposition, white space, "the" and white space or not, then one to five capitalised words): where one of
    // those words ends, what follows must be what MayReachVerb lets through ("officials in Seoul held a meeting" is turned
    // away, "officials in Seoul said" is not). Read loosely: anything past ASCII, or a mark where white space was expected,
    // says true; false only where the pattern cannot match.
    private bool PlaceMayReachVerb(ReadOnlySpan<char> after, int i)
    {
        var j = i;
        while (j < after.Length && char.IsWhiteSpace(after[j])) j++;
        if (j == i || j == after.Length) return true;
        if (after[j..].StartsWith("the") && (j + 3 == after.Length || !char.IsAsciiLetter(after[j + 3])))
        {
            var k = j + 3;
            while (k < after.Length && char.IsWhiteSpace(after[k])) k++;
            if (k == j + 3 || k == after.Length) return true;
            j = k;
        }
        for (var words = 0; words < 5; words++)
        {
            if (!char.IsAsciiLetterUpper(after[j])) return false;
            var e = j + 1;
            for (; e < after.Length && after[e] is var c && (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '\'' or '’' or '-' || c >= 128); e++)
                if (c >= 128) return true;
            if (MayReachVerb(after[e..])) return true;
            j = e;
            while (j < after.Length && char.IsWhiteSpace(after[j])) j++;
            if (j == e || j == after.Length) return false;
        }
        return false;
    }

    // Whether the verb speaker_after ends with says nothing: a request of no count or a change of no count (AsksForNoCount,
    // RevisesNoCount), a refusal of something asked ("Germany rejected a request to send 2,000 troops"), where the first noun
    // of refused_asks or refused_statements within six words after it decides (none says it speaks), or a characterizing verb
    // with no refused_statements noun in those words ("called up 300,000 reservists", "called for more troops": no speech;
    // "called the reports far-fetched": speech).
    private bool SaysNothing(ReadOnlySpan<char> after)
    {
        var verbEnd = UnknownEnd;
        return SaysNothing(after, ref verbEnd);
    }

    // verbEnd: where speaker_after's match in `after` ends, if known (else UnknownEnd: found here, once).
    private bool SaysNothing(ReadOnlySpan<char> after, ref int verbEnd)
    {
        if (AsksForNoCount(after, ref verbEnd) || RevisesNoCount(after, ref verbEnd)) return true;
        // Most speakers' verbs are no refusal: the pattern is not run again for them.
        if (after.IndexOfAny(refusalVerbList) < 0) return false;
        if (verbEnd == UnknownEnd) verbEnd = SpeakerVerbEnd(after);
        if (verbEnd < 0) return false;
        var verbWord = WordBefore(after, verbEnd, out _);
        var characterizing = characterizingVerbs.Contains(verbWord);
        if (!characterizing && !refusalVerbs.Contains(verbWord)) return false;
        var i = verbEnd;
        for (var words = 0; words < 6; words++)
        {
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            var n = i < after.Length ? LetterRun(after, i) : 0;
            if (n == 0) return characterizing;
            var word = after.Slice(i, n);
            if (refusedStatements.Contains(word)) return false;
            if (!characterizing && refusedAsks.Contains(word))
            {
                // "rejected the suggestion that 3,000 …": an ask that states something is a statement.
                var next = i + n;
                while (next < after.Length && after[next] == ' ') next++;
                return !(next < after.Length && LetterRun(after, next) is var m and > 0 && after.Slice(next, m) is "that");
            }
            i += n;
            // A possessive or a hyphenated word goes on ("Kyiv's request", "U.S.-led plan"); other marks end the reading.
            while (i < after.Length && after[i] is '\'' or '’' or '-' or '.') i++;
            if (i < after.Length && !char.IsWhiteSpace(after[i]) && !char.IsLetter(after[i])) return characterizing;
        }
        return characterizing;
    }

    // Whether the verb speaker_after ends with is a request or a proposal (request_verbs) whose object is no count: "McChrystal
    // requested 40,000 more troops", "the envoy asked for another 3,000", "Annan recommended boosting the force to 16,500" speak
    // (the count asked for or proposed is its maker's), "Jakarta asked for an
    // explanation of the plan to place 2,500 marines", "the president, who had asked for them" do not. The words after the verb
    // up to the count are request_count_openers ("an additional", "up to", "about"); "that" opens a request that states its
    // count ("requested that NATO send 3,000 more").
    private bool AsksForNoCount(ReadOnlySpan<char> after, ref int verbEnd)
    {
        if (!EndsInRequest(after, ref verbEnd)) return false;
        var i = verbEnd;
        // A bare "asked": only a named party, "to" and a sending verb lead to the count ("asked NATO to send 1,000 more"). A formal
        // request speaks whatever it asks ("formally asked India to withdraw its 88 military personnel"), and a voice "who asked
        // not to be named" speaks by the verb after the formula.
        if (WordBefore(after, verbEnd, out var askedAt) is "asked" or "asks")
        {
            if (WordBefore(after, askedAt, out _) is "formally" || NextWord(after, verbEnd) is "not") return false;
            if ((i = AskedPartySends(after, verbEnd)) < 0) return true;
        }
        for (var words = 0; words < 5; words++)
        {
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            if (i < after.Length && char.IsAsciiDigit(after[i])) return false;
            var n = i < after.Length ? LetterRun(after, i) : 0;
            if (n == 0) return true;
            var word = after.Slice(i, n);
            if (countWords.Contains(word) || word is "that") return false;
            i += n;
            // "recommended the deployment of 3,000": "the" before an opener's noun, never before the count itself ("asked for the
            // 7,000-strong force's mandate to be extended" asks for no count).
            if (word is "the" && LetterRun(after, Math.Min(after.Length, i + 1)) > 0 && i < after.Length && after[i] == ' ') continue;
            if (!requestCountOpeners.Contains(word)) return true;
        }
        return true;
    }

    // Whether the verb speaker_after ends with changes something that is no count (count_revision_verbs): "the ministry raised
    // its death toll to 2,823", "updated on Tuesday the count of soldiers killed", "the Pentagon revised up the number of troops
    // injured to 64" speak (a count_correction_verbs verb before "number" too); "Russia raised its forces to 10,000", "the
    // army increased the number of troops at the border" do not: the first noun of revised_counts within six words decides.
    private bool RevisesNoCount(ReadOnlySpan<char> after, ref int verbEnd)
    {
        if (after.IndexOfAny(revisionVerbList) < 0) return false;
        if (verbEnd == UnknownEnd) verbEnd = SpeakerVerbEnd(after);
        if (verbEnd < 0) return false;
        var verb = WordBefore(after, verbEnd, out _);
        if (!revisionVerbs.Contains(verb)) return false;
        var correcting = correctionVerbs.Contains(verb);
        var i = verbEnd;
        for (var words = 0; words < 6; words++)
        {
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            var n = i < after.Length ? LetterRun(after, i) : 0;
            if (n == 0) return true;
            var word = after.Slice(i, n);
            if (revisedCounts.Contains(word) || correcting && correctedCounts.Contains(word)) return false;
            i += n;
            // A possessive or a hyphenated word goes on ("the army's toll", "death-toll"); other marks end the object.
            while (i < after.Length && after[i] is '\'' or '’' or '-') i++;
            if (i < after.Length && !char.IsWhiteSpace(after[i]) && !char.IsLetter(after[i])) return true;
        }
        return true;
    }

    // Where the words after "to" and the sending verb start when a bare "asked" at `verbEnd` names its party (up to four words, the
    // first capitalised or "the", never a pronoun: "asked him to add 500" is the asked one's relay) and "to" and an
    // asked_party_verbs word (an asked_party_particles word may follow) come next; else -1.
    private int AskedPartySends(ReadOnlySpan<char> after, int verbEnd)
    {
        var i = verbEnd;
        for (var words = 0; words < 5; words++)
        {
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            var n = i < after.Length ? LetterRun(after, i) : 0;
            if (n == 0) return -1;
            var word = after.Slice(i, n);
            if (words == 0 && !char.IsUpper(word[0]) && word is not "the") return -1;
            i += n;
            while (i < after.Length && after[i] is '.' or '-' or '\'' or '’') i++;
            if (word is not "to" || words == 0) continue;
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            n = i < after.Length ? LetterRun(after, i) : 0;
            if (n == 0 || !askedPartyVerbs.Contains(after.Slice(i, n))) return -1;
            i += n;
            var j = i;
            while (j < after.Length && char.IsWhiteSpace(after[j])) j++;
            if (LetterRun(after, j) is var p and > 0 && askedPartyParticles.Contains(after.Slice(j, p))) i = j + p;
            return i;
        }
        return -1;
    }

    // Whether the verb speaker_after ends with is one of request_verbs (verbEnd: where that verb ends, as in SaysNothing).
    private bool EndsInRequest(ReadOnlySpan<char> after, ref int verbEnd)
    {
        if (after.IndexOfAny(requestVerbList) < 0) return false;
        if (verbEnd == UnknownEnd) verbEnd = SpeakerVerbEnd(after);
        if (verbEnd < 0) return false;
        var said = after[..verbEnd];
        foreach (var verb in requestVerbs)
            if (said.EndsWith(verb, StringComparison.OrdinalIgnoreCase) && (said.Length == verb.Length || !char.IsLetter(said[^(verb.Length + 1)])))
                return true;
        return false;
    }

    // A request reported inside another's words is the reporter's figure ("The minister said Gen. Tomas Varga had asked for
    // at least 3,000 more troops"): a verb of saying before the name in its sentence takes it.
    private bool AsksInsideSpeech(ReadOnlySpan<char> before, ReadOnlySpan<char> after, ref int verbEnd)
    {
        if (!EndsInRequest(after, ref verbEnd)) return false;
        for (var i = 0; i < before.Length;)
        {
            var n = LetterRun(before, i);
            if (n == 0)
            {
                i++;
                continue;
            }
            if (oneWordVerbs.Contains(before.Slice(i, n))) return true;
            i += n;
        }
        return false;
    }

    private bool SpeaksRightAfter(ReadOnlySpan<char> after) => SpeaksRightAfter(after, oneWordVerbs);

    // A voice that characterizes something is cited for its words, not for the figures of its sentence (SourceFinder keeps it as
    // a source of the story, as a credit): "in what Secretary-General Antonio Guterres called an unprecedented withdrawal", "what
    // the White House calls narcoterrorists" (a name between "what", past its title's capitalised words or a "the", and the
    // verb); and a person or a body that gives an object its complement: "Defense Secretary Lloyd Austin called the move a very
    // serious escalation", "Beijing's defence ministry called the president a destroyer of peace" (a state by its name or capital
    // is no voice so: "Warsaw branded the arrival of 1,500 mercenaries a provocation"). Not
    // "called up 300,000 reservists", "called for more troops", "called in a battalion" (a particle first), nor "called a
    // meeting" (no object before the article).
    public bool Characterizes(string text, int start, int end, TextSpan span, bool state)
    {
        // Both readings end in a word of characterizing_verbs after the name: where none is, speaker_after is not run for
        // the verb's end (most names said Mentioned are followed by none).
        if (text.AsSpan(span.End, end - span.End).IndexOfAny(characterizingVerbList) < 0) return false;
        var b = text.AsSpan(start, span.Start - start).TrimEnd();
        for (var words = 0; words < 4; words++)
        {
            var w = b.LastIndexOf(' ') + 1;
            var word = b[w..];
            if (word.Length == 0 || !(char.IsUpper(word[0]) && word.ContainsAnyInRange('a', 'z') || word is "the")) break;
            b = b[..w].TrimEnd();
        }
        var what = b.EndsWith("what", StringComparison.OrdinalIgnoreCase) && (b.Length == 4 || !char.IsLetter(b[^5]));
        var after = text.AsSpan(span.End, end - span.End);
        // The verb where speaker_after finds it, past asides and adverbs ("the ministry, in a statement, called …").
        if (!what)
        {
            if (state || !MaySpeakAfter(after) || !SpeaksAfter(after, out var verbEnd)) return false;
            if (verbEnd == UnknownEnd) verbEnd = SpeakerVerbEnd(after);
            return verbEnd > 0 && characterizingVerbs.Contains(WordBefore(after, verbEnd, out _)) && ComplementFollows(after[verbEnd..]);
        }
        var i = 0;
        while (i < after.Length && after[i] == ' ') i++;
        if (i == 0) return false;
        var n = LetterRun(after, i);
        if (after.Slice(i, n) is "has" or "had" or "have" or "also")
        {
            i += n;
            while (i < after.Length && after[i] == ' ') i++;
            n = LetterRun(after, i);
        }
        return n > 0 && characterizingVerbs.Contains(after.Slice(i, n)) && !(i + n < after.Length && char.IsLetter(after[i + n]));
    }

    // An object of up to eight words (a number among them: "the arrival of 2,000 foreign troops"), then "a" or "an", or the
    // quotation that is the speaker's own word for it (called the resolution "an important step", called the deployment of
    // the troops “dangerous”): wire copy quotes a characterization as often as it paraphrases one.
    private bool ComplementFollows(ReadOnlySpan<char> after)
    {
        var i = 0;
        for (var words = 0; words <= 8; words++)
        {
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            if (words > 0 && i < after.Length && after[i] is '"' or '\u201c' or '\u00ab') return true;
            if (words == 8) break;
            if (i < after.Length && words > 0 && char.IsAsciiDigit(after[i]))
            {
                while (i < after.Length && (char.IsAsciiDigit(after[i]) || after[i] is ',' or '.' && i + 1 < after.Length && char.IsAsciiDigit(after[i + 1]))) i++;
                continue;
            }
            var n = i < after.Length ? LetterRun(after, i) : 0;
            if (n == 0) return false;
            var word = after.Slice(i, n);
            if (words == 0 && (word is "a" or "an" or "for" or "upon" || placementParticles.Contains(word))) return false;
            if (words > 0 && word is "a" or "an") return true;
            i += n;
            // A possessive or a hyphenated word goes on ("Kyiv's move", "U.S.-led force"); other marks end the object.
            while (i < after.Length && after[i] is '\'' or '’' or '-' or '.') i++;
            if (i < after.Length && !char.IsWhiteSpace(after[i]) && !char.IsLetter(after[i])) return false;
        }
        return false;
    }

    // White space, then one of `verbs` as a whole word.
    private static bool SpeaksRightAfter(ReadOnlySpan<char> after, WordSet verbs)
    {
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0) return false;
        var n = LetterRun(after[i..], 0);
        return n > 0 && verbs.Contains(after.Slice(i, n)) && (i + n == after.Length || !CueIndex.IsWordCharacter(after[i + n]));
    }
}
