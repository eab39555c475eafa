namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The noun a number counts when it follows the number past a few modifiers: "10,000 more elite North Korean
/// troops", "3,000-strong"'s "- soldiers". After the number: spaces, an optional hyphen, then up to five modifiers,
/// each a phrase of one list (case as written) or a capitalized word ("North", "Korean", "KPA"), each followed by a
/// space, then a noun of another list (any case) that ends a word. Where several readings fit, the one with the most
/// modifiers wins, earlier modifiers tried longest first (as a regular expression's greedy loop would read it).
/// Phrases match with any run of spaces between their words; ’ reads as '.
/// </summary>
internal sealed class NounAfterNumber
{
    private const int MaxModifiers = 5;
    private readonly StartingPhrases modifiers, nouns;

    public NounAfterNumber(IEnumerable<string> modifiers, IEnumerable<string> nouns)
    {
        this.modifiers = new StartingPhrases(modifiers, ignoreCase: false);
        this.nouns = new StartingPhrases(nouns, ignoreCase: true);
    }

    public static NounAfterNumber Of(Lexicon lexicon, string modifiers, string nouns) => new(lexicon.Words(modifiers), lexicon.Words(nouns));

    /// <summary>Where the noun that text[from..end) opens with ends, or -1.</summary>
    public int NounEnd(string text, int from, int end)
    {
        var at = PhraseLiteral.SkipWhiteSpace(text, from, end);
        // "'a couple of thousand' more troops": a quoted number, then its noun.
        if (at == from && at + 1 < end && text[at] is '\'' or '’' or '"' or '”' && char.IsWhiteSpace(text[at + 1]))
            at = PhraseLiteral.SkipWhiteSpace(text, at + 1, end);
        if (at < end && text[at] == '-' && Read(text, from, end, PhraseLiteral.SkipWhiteSpace(text, at + 1, end), 0) is var afterHyphen and >= 0) return afterHyphen;
        return Read(text, from, end, at, 0);
    }

    // The reading of text[at..end) after `count` modifiers: more modifiers first, then the noun.
    private int Read(string text, int from, int end, int at, int count)
    {
        if (at >= end) return -1;
        if (count < MaxModifiers)
        {
            foreach (var modifier in modifiers.Candidates(text, at, end))
                if (PhraseLiteral.EndOf(text, at, end, modifier, ignoreCase: false) is var e and >= 0 && Spaced(text, e, end)
                    && Read(text, from, end, PhraseLiteral.SkipWhiteSpace(text, e, end), count + 1) is var found and >= 0)
                    return found;
            if (text[at] is >= 'A' and <= 'Z')
            {
                var e = at + 1;
                while (e < end && (CueIndex.IsWordCharacter(text[e]) || text[e] is '.' or '\'' or '’' or '-')) e++;
                if (Spaced(text, e, end) && Read(text, from, end, PhraseLiteral.SkipWhiteSpace(text, e, end), count + 1) is var found and >= 0) return found;
            }
        }
        foreach (var noun in nouns.Candidates(text, at, end))
            if (PhraseLiteral.EndOf(text, at, end, noun, ignoreCase: true) is var e and >= 0 && PhraseLiteral.IsBoundary(text, from, end, e)) return e;
        return -1;
    }

    private static bool Spaced(string text, int at, int end) => at < end && char.IsWhiteSpace(text[at]);

    /// <summary>Phrases by the run of word characters they start with, each run's in the order they are tried (longest first).</summary>
    private sealed class StartingPhrases
    {
        private readonly Dictionary<string, string[]> byFirstWord;
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
        // Phrases that start with a character that is not a word character: tried everywhere.
        private readonly string[] others;
        // The first characters of the keys: most words after a number start no phrase, told by one bit before their hash.
        private readonly CharacterFilter openers;

        public StartingPhrases(IEnumerable<string> phrases, bool ignoreCase)
        {
            var ordered = phrases.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
                .Select(p => p.Replace('’', '\'')).Where(p => p.Length > 0).ToArray();
            others = ordered.Where(p => !CueIndex.IsWordCharacter(p[0])).ToArray();
            var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            // A run is keyed with the phrases that start elsewhere, in the one order.
            byFirstWord = ordered.Where(p => CueIndex.IsWordCharacter(p[0])).GroupBy(p => p[..FirstRun(p, 0, p.Length)], comparer)
                .ToDictionary(g => g.Key, g => ordered.Where(p => g.Contains(p) || others.Contains(p)).ToArray(), comparer);
            lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
            openers = CharacterFilter.Of(byFirstWord.Keys.Select(k => k[0]), ignoreCase);
        }

        /// <summary>
        /// The phrases that may start at text[at]: a phrase's first run of word characters is followed by a space,
        /// another character or a boundary, so it can only start where the text's whole run is the same.
        /// </summary>
        public string[] Candidates(string text, int at, int end)
        {
            if (!CueIndex.IsWordCharacter(text[at]) || !openers.May(text[at])) return others;
            return lookup.TryGetValue(text.AsSpan(at, FirstRun(text, at, end) - at), out var found) ? found : others;
        }

        private static int FirstRun(string text, int at, int end)
        {
            while (at < end && CueIndex.IsWordCharacter(text[at])) at++;
            return at;
        }
    }
}
