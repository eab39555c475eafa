namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whether the text right before a number says what the number amounts to: a noun of one word list, a few words
/// (at most <c>reach</c> characters, no digit and no sentence punctuation), then a word of another list and a space
/// ("a force numbering some ", "the estimate of North Korean troops stood at "). Read from the number outward:
/// the connector that ends the text (one look-up by its last word), then the nouns that end within reach of it.
/// A word that stresses how small the amount is may stand between the connector and the number ("a unit numbering just
/// 150", "a force of only 2,000", "estimated at merely 300"): amount_emphasis.
/// Phrases match as whole words, in any case, with any run of spaces between their words; ’ reads as '.
/// </summary>
internal sealed class AmountPhrase
{
    private readonly EndingPhrases nouns, connectors, emphasis;
    private readonly WordSet yearLeads;
    private readonly int reach;
    private readonly SubjectRule? subject;

    public AmountPhrase(IEnumerable<string> nouns, IEnumerable<string> connectors, int reach, SubjectRule? subject = null,
        IEnumerable<string>? emphasis = null, IEnumerable<string>? yearLeads = null)
    {
        this.nouns = new EndingPhrases(nouns);
        this.yearLeads = Set(yearLeads ?? []).ToWordSet();
        this.connectors = new EndingPhrases(connectors);
        this.emphasis = new EndingPhrases(emphasis ?? []);
        this.reach = reach;
        this.subject = subject;
    }

    public static AmountPhrase Of(Lexicon lexicon, string nouns, string connectors, int reach) =>
        new(lexicon.Words(nouns), lexicon.Words(connectors), reach, emphasis: lexicon.Words("amount_emphasis"),
            // a month names a year's date as a word of time does: "the total sent since October 2024 at around 15,000"
            yearLeads: lexicon.Words("year_leads").Concat(lexicon.Words("months")));

    /// <summary>
    /// A predicate ("is now", "remains") whose subject must be the noun: only a place between them ("troop strength along the
    /// LAC is now"), no clause break, and the noun no object of another head ("the budget for troops"; "the number of troops" is).
    /// </summary>
    public static AmountPhrase Predicate(Lexicon lexicon, string nouns, string connectors, int reach, IEnumerable<string> heads) =>
        new(lexicon.Words(nouns), lexicon.Words(connectors), reach, new SubjectRule(
            Set(lexicon.Words("amount_subject_places")), Set(lexicon.Words("amount_subject_breaks")),
            Set(lexicon.Words("amount_subject_objects")), Set(heads.Concat(lexicon.Words(nouns)))), lexicon.Words("amount_emphasis"));

    private static HashSet<string> Set(IEnumerable<string> words) => new(words.Where(w => !w.Contains(' ')), StringComparer.OrdinalIgnoreCase);

    /// <summary>The words that bind a predicate to the noun before it (see <see cref="Predicate"/>).</summary>
    internal sealed record SubjectRule(HashSet<string> Places, HashSet<string> Breaks, HashSet<string> Objects, HashSet<string> Heads)
    {
        // text[from..p) is the noun, text[p..at) what stands between it and the predicate.
        public bool Binds(string text, int start, int from, int p, int at)
        {
            var between = text.AsSpan(p, at - p).Trim();
            if (!between.IsEmpty)
            {
                if (between.IndexOfAny(',', '(', '"') >= 0) return false;
                var first = true;
                foreach (var range in between.SplitAny(' ', '\t', '\n'))
                {
                    var word = between[range];
                    if (word.IsEmpty) continue;
                    if (first && !Places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
                    if (Breaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
                    first = false;
                }
            }
            var before = WordBefore(text, start, from);
            if (before.IsEmpty || !Objects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(before.Start, before.Length))) return true;
            var head = WordBefore(text, start, before.Start);
            return !head.IsEmpty && Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(head.Start, head.Length));
        }

        // The run of letters that ends (before spaces) at `at`.
        private static (int Start, int Length, bool IsEmpty) WordBefore(string text, int start, int at)
        {
            var end = at;
            while (end > start && text[end - 1] == ' ') end--;
            var i = end;
            while (i > start && char.IsLetter(text[i - 1])) i--;
            return (i, end - i, end == i);
        }
    }

    // Where the plain year (four digits, 1900 to 2100) that ends at text[last] starts, when a word of year_leads stands right
    // before it; else -1.
    private int YearStartAt(string text, int start, int last)
    {
        if (last + 1 < text.Length && (char.IsAsciiDigit(text[last + 1]) || text[last + 1] == ',' && last + 2 < text.Length && char.IsAsciiDigit(text[last + 2])))
            return -1;
        var first = last - 3;
        if (first <= start || !int.TryParse(text.AsSpan(first, 4), out var year) || year is < 1900 or > 2100 || text[first - 1] != ' ') return -1;
        var wordEnd = first - 1;
        var wordStart = wordEnd;
        while (wordStart > start && char.IsLetter(text[wordStart - 1])) wordStart--;
        return wordStart < wordEnd && yearLeads.Contains(text.AsSpan(wordStart, wordEnd - wordStart)) ? first : -1;
    }

    /// <summary>Whether text[start..at) ends with a noun, at most <c>reach</c> characters of words, a connector and a space.</summary>
    public bool Before(string text, int start, int at)
    {
        var end = at;
        end = SourceText.SkipWhiteSpaceBack(text, end, start);
        if (end == at) return false;
        if (ConnectorEndsAt(end)) return true;
        foreach (var word in emphasis.Candidates(text, start, end))
            if (PhraseLiteral.StartOf(text, start, end, word, ignoreCase: true) is var from and >= 0 && PhraseLiteral.IsBoundary(text, start, end, from)
                && SourceText.SkipWhiteSpaceBack(text, from, start) is var inner && inner < from && ConnectorEndsAt(inner))
                return true;
        return false;

        bool ConnectorEndsAt(int to) => ConnectorAmong(connectors.Candidates(text, start, to), to) || ConnectorAmong(connectors.Others, to);

        bool ConnectorAmong(string[] candidates, int to)
        {
            foreach (var connector in candidates)
                if (PhraseLiteral.StartOf(text, start, to, connector, ignoreCase: true) is var from and >= 0 && PhraseLiteral.IsBoundary(text, start, to, from)
                    && NounBefore(text, start, to, from))
                    return true;
            return false;
        }
    }

    // A noun that ends (at a word boundary) at most `reach` characters before `at`, with no digit and no . ; : ! ? between.
    // A year after a word of time (year_leads) is no number between: "the number of peacekeepers killed since 2013 to 140".
    private bool NounBefore(string text, int start, int end, int at)
    {
        var floor = Math.Max(start, at - reach);
        for (var p = at; p > start; p--)
        {
            if (p < at && char.IsAsciiDigit(text[p]) && YearStartAt(text, start, p) is var year and >= 0)
            {
                p = year;
                continue;
            }
            if (p < at && text[p] is '.' or ';' or ':' or '!' or '?' || p < at && char.IsDigit(text[p])) return false;
            if (p < floor) return false;
            if (!PhraseLiteral.IsBoundary(text, start, end, p)) continue;
            if (NounAmong(nouns.Candidates(text, start, p), p) || NounAmong(nouns.Others, p)) return true;
        }
        return false;

        bool NounAmong(string[] candidates, int p)
        {
            foreach (var noun in candidates)
                if (PhraseLiteral.StartOf(text, start, p, noun, ignoreCase: true) is var from and >= 0 && PhraseLiteral.IsBoundary(text, start, end, from)
                    && (subject is null || subject.Binds(text, start, from, p, at)))
                    return true;
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
