namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// What describes the holder of a name between its cue and the name, or right after it: a country's possessive
/// ("according to Sudan's …"), a description set off by commas ("The EU's top diplomat, …"), an affiliation ("of the
/// Swedish defence agency"), lower-case words before it ("the monitoring group"), an unnamed voice and its link
/// ("analysts at"), a title in apposition. Role reads past them to the cue; the cues themselves are the patterns'.
/// </summary>
internal sealed partial class CitationRoles
{
    // Where the country's possessive that ends right before the name (past white space) starts, or -1: "Sudan's " in
    // "according to Sudan's Rapid Support Forces". `before` runs from the sentence's start, as the countries' spans do.
    private static int PossessiveOwnerStart(ReadOnlySpan<char> before, List<CountryName> countries)
    {
        var end = before.TrimEnd().Length;
        foreach (var c in countries)
            if (c is { Possessive: true, Country: not null } && c.Span.End == end && c.Span.Length > 2 && CountryName.IsPossessiveEnd(before, end)) return c.Span.Start;
        return -1;
    }

    // Where the description of a name set off by commas starts in the clause before it, or -1: the clause ends in that comma,
    // opens (past a conjunction or an inverted verb: "while", "says") with a determiner or a possessive, holds two to eight
    // words, and ends in a lower-case noun or a demonym ("The EU's top diplomat,", "Kenya's envoy to the talks,", "The
    // Cuban,"). Not a clause opened by a preposition or an adverb ("In March,", "On Monday,"), nor one that ends in a name
    // ("Officials in Kyiv,"), nor one whose noun names a body or several ("The ruling party,", "the two applicants,").
    private int DescribedHolderStart(ReadOnlySpan<char> before, List<CountryName> countries)
    {
        var trimmed = before.TrimEnd();
        if (trimmed is not [.., ',']) return -1;
        var comma = trimmed.Length - 1;
        var clauseStart = trimmed[..comma].LastIndexOfAny(",.;:()\"“”") + 1;
        var clause = trimmed[clauseStart..comma];
        var words = 0;
        var first = -1;
        ReadOnlySpan<char> last = [];
        var lastStart = 0;
        foreach (var range in clause.Split(' '))
        {
            var word = clause[range];
            if (word.IsEmpty) continue;
            if (first < 0 && (holderConjunctions.Contains(word) || invertedEnds.Contains(word))) continue;
            if (first < 0 && !(definiteWords.Contains(word) || holderDeterminers.Contains(word) || word.EndsWith("'s") || word.EndsWith("’s"))) return -1;
            if (first < 0) first = clauseStart + range.Start.Value;
            words++;
            last = word;
            lastStart = clauseStart + range.Start.Value;
        }
        if (words is < 2 or > 8 || last.IsEmpty) return -1;
        if (last.ContainsAnyExcept(DescriptorLetters)) return Demonym(countries, lastStart, lastStart + last.Length) >= 0 ? first : -1;
        return descriptorBreaks.Contains(last) || organisationDescriptionNouns.Contains(last) ? -1 : first;
    }

    // "Anna Berg of the Swedish defence agency said": a person's affiliation, then the verb.
    private bool SpeaksAfterAffiliation(ReadOnlySpan<char> after) => AffiliationEnd(after, out var verb) > 0 && verb || SpeaksPastAffiliation(after);

    // Where a name's affiliation after it ends: "of", "at" or "from", then up to ten words of letters, digits, hyphens,
    // apostrophes and initials' dots, up to a reporting verb of one word that no determiner or possessive makes a noun ("of
    // the agency's report" is a report; verb: true, the verb's start) or a mark that closes the clause (verb: false, the
    // mark's place). A clause's link (descriptor_breaks other than the prepositions of a body's name) or a longer run: -1.
    private int AffiliationEnd(ReadOnlySpan<char> after, out bool verb)
    {
        verb = false;
        var i = 0;
        while (i < after.Length && after[i] == ' ') i++;
        if (i == 0) return -1;
        var n = LetterRun(after, i);
        if (after.Slice(i, n) is not ("of" or "at" or "from")) return -1;
        i += n;
        var nounBefore = true;
        for (var words = 0; words < 10; words++)
        {
            var start = i;
            while (i < after.Length && after[i] == ' ') i++;
            if (i == start || i == after.Length) return -1;
            var e = i;
            while (e < after.Length && (char.IsLetterOrDigit(after[e]) || after[e] is '-' or '\'' or '’' or '.' && e + 1 < after.Length && char.IsLetter(after[e + 1])
                || after[e] == '.' && e > i && char.IsUpper(after[e - 1]))) e++;
            if (e == i) return -1;
            var word = after[i..e];
            if (words > 0 && !nounBefore && oneWordVerbs.Contains(word))
            {
                verb = e == after.Length || !CueIndex.IsWordCharacter(after[e]);
                return verb ? i : -1;
            }
            if (descriptorBreaks.Contains(word) && !(word is "of" or "for" or "on" or "in" or "at")) return -1;
            nounBefore = word is "the" or "a" or "an" or "its" or "their" || word.EndsWith("'s") || word.EndsWith("’s");
            i = e;
            if (i == after.Length || after[i] is ',' or '.' or ';' or ':' or '!' or '?' or '”' or '"' or '(') return words > 0 ? i : -1;
            if (after[i] != ' ') return -1;
        }
        return -1;
    }

    // The role a before-pattern gives the name once at most three lower-case words right before it are read as its description
    // ("the monitoring group", "army spokesman"); never across a preposition, a conjunction or a mark (descriptor_breaks). A
    // demonym among them says whose the name is, not whether it is cited ("told the American outlet The War Zone", "as quoted by
    // the South African portal News24", "the Israeli daily Haaretz reported"): it is passed over as one word.
    private CitationRole? DescribedBefore(ReadOnlySpan<char> before, ReadOnlySpan<char> after, List<CountryName> countries)
    {
        if (after.TrimStart(' ').StartsWith(':')) return null;
        var cut = before.Length;
        for (var words = 0; words < 3; words++)
        {
            var word = WordBefore(before, cut, out var start);
            // "the American outlet The War Zone": a name's own article, where the name was found without it.
            if (words == 0 && word is "The" && start > 0 && char.IsWhiteSpace(before[start - 1]) && before[(start + word.Length)..cut].IsWhiteSpace())
            {
                cut = start;
                continue;
            }
            if (!word.IsEmpty && char.IsUpper(word[0]) && words > 0 && Demonym(countries, start, start + word.Length) is >= 0 and var from
                && from > 0 && char.IsWhiteSpace(before[from - 1]) && before[(start + word.Length)..cut].IsWhiteSpace())
            {
                cut = from;
                if (RoleBefore(before[..cut], after) is { } owned and not CitationRole.Mentioned) return owned;
                continue;
            }
            // "told the Miami-based outlet": a capitalised word with a hyphenated tail that describes (name_modifier_tails) is one word of the description;
            // right before the name too ("told the US-based Wall Street Journal").
            if (!word.IsEmpty && modifierTails.Contains(word) && start > 1 && before[start - 1] == '-' && before[(start + word.Length)..cut].IsWhiteSpace()
                && WordStartBefore(before, start) is > 0 and var hyphenated && char.IsUpper(before[hyphenated]) && char.IsWhiteSpace(before[hyphenated - 1]))
            {
                cut = hyphenated;
                if (RoleBefore(before[..cut], after) is { } placed and not CitationRole.Mentioned) return placed;
                continue;
            }
            if (word.IsEmpty || !char.IsLower(word[0]) || descriptorBreaks.Contains(word) || start == 0 || !char.IsWhiteSpace(before[start - 1])) return null;
            // Only letters and hyphens, and white space alone up to the cut.
            if (word.ContainsAnyExcept(DescriptorLetters) || !before[(start + word.Length)..cut].IsWhiteSpace()) return null;
            cut = start;
            if (RoleBefore(before[..cut], after) is { } role and not CitationRole.Mentioned) return role;
        }
        return null;
    }

    // Where the demonym that ends at `end` starts (a country adjective, not a name or a possessive: "American", "South African"); else -1.
    private static int Demonym(List<CountryName> countries, int start, int end)
    {
        foreach (var c in countries)
            if (c.IsDemonym && !c.Possessive && c.Span.End == end && c.Span.Start <= start) return c.Span.Start;
        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> DescriptorLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    // "Soldiers from North Korea who were captured in Kursk said": a country after "from"/"of" says where an unnamed voice
    // comes from; the relative clause and the verb after it are that voice's, not the country's.
    // at: where the name starts in its sentence (the countries' spans are the sentence's).
    // ("Separatist rebels in northern Mali said": a country's name after "in", a compass word at most between, is where the voice
    // is, not the voice.)
    private bool VoiceFromCountry(ReadOnlySpan<char> before, ReadOnlySpan<char> after, int at, List<CountryName> countries) =>
        (SourceText.WordBefore(before, before.Length, out _) is "from" or "of" && after.TrimStart().StartsWith("who ", StringComparison.Ordinal)
            && countries.Exists(c => c.Span.Start == at))
        || (PlaceBefore(before) && countries.Exists(c => c.Span.Start == at && !c.IsDemonym && !c.Possessive));

    // (White space only between: "were flown in, US Army officials said" is a particle and a comma before the voice.)
    private readonly WordSet voicePlaceWords, voicePlaceCompassWords;

    private bool PlaceBefore(ReadOnlySpan<char> before)
    {
        var word = SourceText.WordBefore(before, before.Length, out var start);
        if (!before[(start + word.Length)..].IsWhiteSpace()) return false;
        if (voicePlaceCompassWords.Contains(word))
        {
            var end = start;
            word = SourceText.WordBefore(before, end, out start);
            if (!before[(start + word.Length)..end].IsWhiteSpace()) return false;
        }
        return voicePlaceWords.Contains(word);
    }

    // Where "analysts at " (an unnamed voice, a voice_links word) starts at the end of `before`, or -1.
    private int VoiceBefore(ReadOnlySpan<char> before)
    {
        var link = WordBefore(before, before.Length, out var linkStart);
        if (link is "the") link = WordBefore(before, linkStart, out linkStart);
        if (!voiceLinkWords.Contains(link)) return -1;
        var voice = WordBefore(before, linkStart, out var voiceStart);
        return voiceWords.Contains(voice) ? voiceStart : -1;
    }

    // Where the title phrase starts that a name set off by a comma stands in apposition to ("the army chief, " in "the army
    // chief, Ivan Petrenko,"): the first title in the clause before the comma; -1 when `before` does not end in a comma
    // after one.
    private static int ApposedTitleStart(ReadOnlySpan<char> before, IReadOnlyList<PhraseMatch> titleHits)
    {
        var trimmed = before.TrimEnd();
        // "according to the spokesman of the Pentagon, the general Pat Ryder": the name's own title, with its article, is
        // what stands in apposition.
        if (trimmed.EndsWith(" the", StringComparison.Ordinal) || trimmed.EndsWith(" a", StringComparison.Ordinal))
            trimmed = trimmed[..trimmed.LastIndexOf(' ')].TrimEnd();
        if (trimmed is not [.., ',']) return -1;
        var comma = trimmed.Length - 1;
        var clause = trimmed[..comma].LastIndexOfAny(",.;:(\"“") + 1;
        for (var t = 0; t < titleHits.Count; t++)
            if (titleHits[t] is var title && title.Span.Start >= clause && title.Span.End <= comma) return title.Span.Start;
        return -1;
    }
}
