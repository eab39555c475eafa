namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whether the text right before a number says what the number amounts to: a noun of one word list, a few words
/// (at most <c>reach</c> characters, no digit and no sentence punctuation), then a word of another list and a space
/// ("a force numbering some ", "the estimate of North Korean troops stood at "). Read from the number outward:
/// the connector that ends the text (one look-up by its last word), then the nouns that end within reach of it.
/// Phrases match as whole words, in any case, with any run of spaces between their words; ’ reads as '.
/// </summary>
internal sealed class AmountPhrase
{
    private readonly EndingPhrases nouns, connectors;
    private readonly int reach;

    public AmountPhrase(IEnumerable<string> nouns, IEnumerable<string> connectors, int reach)
    {
        this.nouns = new EndingPhrases(nouns);
        this.connectors = new EndingPhrases(connectors);
        this.reach = reach;
    }

    public static AmountPhrase Of(Lexicon lexicon, string nouns, string connectors, int reach) =>
        new(lexicon.Words(nouns), lexicon.Words(connectors), reach);

    /// <summary>Whether text[start..at) ends with a noun, at most <c>reach</c> characters of words, a connector and a space.</summary>
    public bool Before(string text, int start, int at)
    {
        var end = at;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == at) return false;
        return ConnectorAmong(connectors.Candidates(text, start, end)) || ConnectorAmong(connectors.Others);

        bool ConnectorAmong(string[] candidates)
        {
            foreach (var connector in candidates)
                if (PhraseLiteral.StartOf(text, start, end, connector, ignoreCase: true) is var from and >= 0 && PhraseLiteral.IsBoundary(text, start, end, from)
                    && NounBefore(text, start, end, from))
                    return true;
            return false;
        }
    }

    // A noun that ends (at a word boundary) at most `reach` characters before `at`, with no digit and no . ; : ! ? between.
    private bool NounBefore(string text, int start, int end, int at)
    {
        var floor = Math.Max(start, at - reach);
        for (var p = at; p > start; p--)
        {
            if (p < at && text[p] is '.' or ';' or ':' or '!' or '?' || p < at && char.IsDigit(text[p])) return false;
            if (p < floor) return false;
            if (!PhraseLiteral.IsBoundary(text, start, end, p)) continue;
            if (NounAmong(nouns.Candidates(text, start, p), p) || NounAmong(nouns.Others, p)) return true;
        }
        return false;

        bool NounAmong(string[] candidates, int p)
        {
            foreach (var noun in candidates)
                if (PhraseLiteral.StartOf(text, start, p, noun, ignoreCase: true) is var from and >= 0 && PhraseLiteral.IsBoundary(text, start, end, from)) return true;
            return false;
        }
    }

    /// <summary>Phrases by the run of word characters they end with: those that may end where a text's run ends.</summary>
    private sealed class EndingPhrases
    {
        private readonly Dictionary<string, string[]> byLastWord = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
        /// <summary>Phrases that end with a character that is not a word character ("vs."): tried everywhere.</summary>
        public string[] Others { get; }
        // The last characters of the keys: most words before a number end no phrase, told by one bit before their hash.
        private readonly CharacterFilter enders;

        public EndingPhrases(IEnumerable<string> phrases)
        {
            var all = phrases.Select(p => p.Replace('’', '\'')).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            Others = all.Where(p => !CueIndex.IsWordCharacter(p[^1])).ToArray();
            foreach (var group in all.Where(p => CueIndex.IsWordCharacter(p[^1])).GroupBy(p => p[LastRun(p, 0, p.Length)..], StringComparer.OrdinalIgnoreCase))
                byLastWord[group.Key] = group.ToArray();
            lookup = byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
            enders = CharacterFilter.Of(byLastWord.Keys.Select(k => k[^1]), ignoreCase: true);
        }

        /// <summary>
        /// The phrases that end with a word character and may end at text[end]: a phrase's last run of word characters
        /// follows a space, another character or its start, so it can only end where the text's whole run is the same.
        /// </summary>
        public string[] Candidates(string text, int start, int end)
        {
            if (end == start || !CueIndex.IsWordCharacter(text[end - 1]) || !enders.May(text[end - 1])) return [];
            var run = LastRun(text, start, end);
            return lookup.TryGetValue(text.AsSpan(run, end - run), out var found) ? found : [];
        }

        private static int LastRun(string text, int start, int end)
        {
            var i = end;
            while (i > start && CueIndex.IsWordCharacter(text[i - 1])) i--;
            return i;
        }
    }
}
