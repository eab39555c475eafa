namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Where speaker_after's match ends when AdverbsThenVerb has read its words one by one, told by the text where the word lists
/// alone cannot tell it ("has denied": "has" is no plain adverb, as "has learned" is a reporting verb, yet here no longer
/// phrase stands, so the pattern ends with "denied"). SaysNothing and PlacesWhatItMoves then need not run the pattern again
/// for the verb's end (on the 10 MB bench corpus most of its runs were "has denied").
/// </summary>
internal sealed partial class CitationRoles
{
    // For a one-word adverb, the other speech_verb_adverbs phrases that go on past it ("has also" after "has"): the pattern's
    // adverbs are tried longest first, so where one of them stands it may read the words otherwise.
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> adverbRivals;
    // For a one-word reporting verb, what the pattern tries before ending with it: another filler there (a phrase of
    // speech_verb_adverbs, speaker_passive_auxiliaries, speaker_time_determiners or speaker_day_prepositions that is the
    // word or goes on past it: its star is greedy), or a longer reporting verb that goes on past it ("pointed out").
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> verbRivals;

    private static (Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Adverbs, Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Verbs)
        VerbEndRivals(Lexicon lexicon)
    {
        var adverbs = lexicon.Words("speech_verb_adverbs");
        var verbs = lexicon.Words("reporting_verbs");
        var fillers = adverbs.Concat(new[] { "speaker_passive_auxiliaries", "speaker_time_determiners", "speaker_day_prepositions" }.SelectMany(lexicon.Words)).ToArray();
        // A phrase may match where a word of ASCII letters stands, followed by white space or a mark, only if it starts with
        // the word and goes on past it with no word character (the word's own letters must be the phrase's first ones).
        static bool Extends(string phrase, string word) =>
            phrase.StartsWith(word, StringComparison.Ordinal) && (phrase.Length == word.Length || !CueIndex.IsWordCharacter(phrase[word.Length]));
        static Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Rivals(IEnumerable<string> words, Func<string, IEnumerable<string>> rivals) =>
            words.Where(w => w.Length > 0 && w.All(char.IsAsciiLetter)).Distinct(StringComparer.Ordinal)
                .Select(w => (w, Rivals: rivals(w).Distinct(StringComparer.Ordinal).ToArray())).Where(r => r.Rivals.Length > 0)
                .ToDictionary(r => r.w, r => r.Rivals, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        return (Rivals(adverbs, w => adverbs.Where(p => p != w && Extends(p, w))),
            Rivals(verbs, w => fillers.Where(p => Extends(p, w)).Concat(verbs.Where(p => p != w && Extends(p, w)))));
    }

    // Whether, at after[at..] where `word` (an adverb AdverbsThenVerb reads) stands, no longer adverb may match instead.
    private bool AdverbStandsAlone(ReadOnlySpan<char> after, int at, ReadOnlySpan<char> word) =>
        !adverbRivals.TryGetValue(word, out var rivals) || !AnyMayMatch(after, at, rivals);

    // Whether, at after[at..] where `word` (the reporting verb AdverbsThenVerb ends with) stands, the pattern ends with it:
    // no filler and no longer verb may match there.
    private bool VerbStandsAlone(ReadOnlySpan<char> after, int at, ReadOnlySpan<char> word) =>
        !verbRivals.TryGetValue(word, out var rivals) || !AnyMayMatch(after, at, rivals);

    // Whether one of the phrases may match at after[at..] as the pattern reads a list's phrase: a space as one or more white
    // space characters, either apostrophe for either, any other character as itself. Read loosely (any white space run for
    // several spaces, nothing asked of what follows), so that false is certain.
    private static bool AnyMayMatch(ReadOnlySpan<char> after, int at, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var j = at;
            var k = 0;
            for (; k < phrase.Length; k++)
            {
                var c = phrase[k];
                if (c == ' ')
                {
                    if (j == after.Length || !char.IsWhiteSpace(after[j])) break;
                    while (j < after.Length && char.IsWhiteSpace(after[j])) j++;
                    while (k + 1 < phrase.Length && phrase[k + 1] == ' ') k++;
                    continue;
                }
                if (j == after.Length || !(c == after[j] || c is ('\'' or '’') && after[j] is ('\'' or '’'))) break;
                j++;
            }
            if (k == phrase.Length) return true;
        }
        return false;
    }
}
