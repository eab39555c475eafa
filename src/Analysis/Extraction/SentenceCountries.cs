namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// The countries a sentence names ("Seoul", "North Korean", "Russia's"), from the countries layer, and the group
/// adjectives ("Western"), in order, as the source rules read them: what a group, a title or a ministry belongs to.
/// </summary>
internal sealed class SentenceCountries
{
    private readonly HashSet<string> demonyms;
    private readonly WordSet demonymWords;
    private readonly PhraseMatcher groupAdjectives;
    // Where the group adjectives can first be (see FirstWords).
    private readonly FirstWords groupAdjectiveStarts;
    // "a Seoul lawmaker", "Kyiv officials": voice nouns a country's bare name or capital qualifies as its adjective would
    // (attributive_country_voices); not after a place's preposition ("troops in Kyiv officials ..." is no voice's country).
    private readonly WordSet attributiveVoices, placePrepositions;
    // "western" as some copy writes the group's adjective ("western officials said", "South Korean and western intelligence
    // agencies"): one only where a group's word follows (group_heads, the first words of group_modifiers), so that the
    // place's adjective ("in western Russia", "the western Kursk region") stays a place's (lower_case_group_adjectives).
    private readonly string[] lowerGroupAdjectives;
    private readonly WordSet groupWords;

    public SentenceCountries(Lexicon lexicon)
    {
        demonyms = lexicon.Countries.SelectMany(c => c.Demonyms).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        demonymWords = demonyms.ToWordSet();
        // Case-sensitive, as countries are: "US" is a group's adjective, "us" a pronoun.
        groupAdjectives = PhraseMatcher.Of(lexicon, ["group_adjectives"], ignoreCase: false);
        groupAdjectiveStarts = new FirstWords(lexicon.Words("group_adjectives"), ignoreCase: false);
        attributiveVoices = lexicon.WordLookup("attributive_country_voices", StringComparer.Ordinal);
        placePrepositions = lexicon.WordLookup("place_prepositions", StringComparer.OrdinalIgnoreCase);
        lowerGroupAdjectives = [.. lexicon.Words("lower_case_group_adjectives")];
        groupWords = lexicon.Words("group_heads").Concat(lexicon.Words("group_modifiers").Select(m => m.Split(' ')[0])).ToWordSet(StringComparer.Ordinal);
    }

    /// <summary>The countries of sentence text s (starting at sentenceStart in its document), into found (cleared first); spans are s's offsets.</summary>
    public List<CountryName> Find(string s, int sentenceStart, IReadOnlyList<CountryMention> mentions, List<CountryName> found)
    {
        found.Clear();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var name = s.AsSpan(m.Name.Start - sentenceStart, m.Name.Length);
            var span = new TextSpan(m.Span.Start - sentenceStart, m.Span.End - sentenceStart);
            var demonym = IsNormal(name) ? demonymWords.Contains(name) : demonyms.Contains(Normalize(name.ToString()));
            found.Add(new CountryName(span, m.Country.Name, m.Possessive, demonym || !m.Possessive && QualifiesVoice(s, span), false));
        }
        AddLowerCase(s, found);
        if (groupAdjectiveStarts.In(s, 0, s.Length) is not (>= 0 and var from)) return found;
        var hits = groupAdjectives.Find(s, from, s.Length);
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            var span = hit.Span;
            // A country's name that is also a group's adjective ("US") is both; a country's name holding one is not.
            var (start, end) = (sentenceStart + span.Start, sentenceStart + span.End);
            if (IsName(mentions, start, end))
            {
                var same = IndexAt(found, span.Start);
                found[same] = found[same] with { IsGroupAdjective = true };
                continue;
            }
            if (InName(mentions, start)) continue;
            // Not after a letter or a dot ("U.S.S.R."); not before a letter, but for a possessive ("Western's").
            if (span.Start > 0 && (IsWord(s[span.Start - 1]) || s[span.Start - 1] == '.')) continue;
            var possessive = 0;
            if (span.End < s.Length && s[span.End] is '\'' or '’')
                possessive = span.End + 1 < s.Length && s[span.End + 1] == 's' && (span.End + 2 == s.Length || !IsWord(s[span.End + 2])) ? 2
                    : span.End + 1 == s.Length || !IsWord(s[span.End + 1]) ? 1 : 0;
            if (span.End + possessive < s.Length && IsWord(s[span.End + possessive])) continue;
            var at = IndexAfter(found, span.Start);
            found.Insert(at < 0 ? found.Count : at, new CountryName(new TextSpan(span.Start, span.End + possessive), null, possessive > 0, false, true));
        }
        return found;
    }

    // "western officials": each lower-case group adjective that a group's word follows, one space between, as a group adjective.
    private void AddLowerCase(string s, List<CountryName> found)
    {
        foreach (var adjective in lowerGroupAdjectives)
            for (var at = s.IndexOf(adjective, StringComparison.Ordinal); at >= 0; at = s.IndexOf(adjective, at + 1, StringComparison.Ordinal))
            {
                var end = at + adjective.Length;
                if (at > 0 && IsWord(s[at - 1]) || end + 1 >= s.Length || s[end] != ' ') continue;
                var wordEnd = end + 1;
                while (wordEnd < s.Length && IsWord(s[wordEnd])) wordEnd++;
                if (!groupWords.Contains(s.AsSpan(end + 1, wordEnd - end - 1))) continue;
                var i = IndexAfter(found, at);
                found.Insert(i < 0 ? found.Count : i, new CountryName(new TextSpan(at, end), null, false, false, true));
            }
    }

    // Whether the name at span stands as an adjective before a voice noun ("a Seoul lawmaker said"): the noun right after it,
    // one space between, and no place's preposition right before it.
    private bool QualifiesVoice(string s, TextSpan span)
    {
        if (span.End + 1 >= s.Length || s[span.End] != ' ') return false;
        var nounEnd = span.End + 1;
        while (nounEnd < s.Length && IsWord(s[nounEnd])) nounEnd++;
        if (!attributiveVoices.Contains(s.AsSpan(span.End + 1, nounEnd - span.End - 1))) return false;
        var wordEnd = span.Start;
        while (wordEnd > 0 && s[wordEnd - 1] == ' ') wordEnd--;
        var wordStart = wordEnd;
        while (wordStart > 0 && IsWord(s[wordStart - 1])) wordStart--;
        return wordStart == wordEnd || !placePrepositions.Contains(s.AsSpan(wordStart, wordEnd - wordStart));
    }

    // Loops, not lambdas: these run for every group adjective of every sentence, and a lambda that reads a local is an object.
    private static bool IsName(IReadOnlyList<CountryMention> mentions, int start, int end)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Name is var name && name.Start == start && name.End == end) return true;
        return false;
    }

    private static bool InName(IReadOnlyList<CountryMention> mentions, int at)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Name is var name && name.Start <= at && at < name.End) return true;
        return false;
    }

    private static int IndexAt(List<CountryName> found, int start)
    {
        for (var i = 0; i < found.Count; i++)
            if (found[i].Span.Start == start) return i;
        return -1;
    }

    private static int IndexAfter(List<CountryName> found, int start)
    {
        for (var i = 0; i < found.Count; i++)
            if (found[i].Span.Start > start) return i;
        return -1;
    }

    /// <summary>The adjective right before position `at` (white space between), not before `from`: "South Korean" in "South Korean lawmakers".</summary>
    public static CountryName? AdjectiveBefore(List<CountryName> countries, string s, int at, int from)
    {
        foreach (var c in countries)
            if (c.Span.Start >= from && c.Span.End < at && c.IsAdjectiveOfGroup(s) && IsWhiteSpace(s, c.Span.End, at)) return c;
        return null;
    }

    public static bool StartsAt(List<CountryName> countries, int at)
    {
        foreach (var c in countries)
            if (c.Span.Start == at) return true;
        return false;
    }
}
