namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// A <see cref="PhraseMatcher"/> tried only where a phrase can start: one walk over the text's tokens finds those that
/// open one of its phrases (most tokens are told apart by their first character and length alone), and the matcher reads
/// a few tokens from each. It finds exactly what the matcher finds over the whole text, at a fraction of the cost on a
/// sentence that holds none of its phrases.
/// </summary>
internal sealed class CuedMatcher
{
    private readonly PhraseMatcher matcher;
    private readonly CueIndex openers;
    private readonly int longest;

    /// <param name="phrases">Each phrase with the name of the list it belongs to.</param>
    /// <param name="ignoreCase">Whether "Troops" matches "troops".</param>
    public CuedMatcher(IEnumerable<(string Label, string Phrase)> phrases, bool ignoreCase = true)
    {
        var all = phrases.ToArray();
        matcher = new PhraseMatcher(all, ignoreCase);
        openers = new CueIndex([(1UL, all.Select(p => p.Phrase), !ignoreCase)]);
        longest = all.Select(p => PhraseMatcher.Tokens(p.Phrase, 0, p.Phrase.Length).Count).DefaultIfEmpty(0).Max();
    }

    /// <summary>A matcher for the word lists <paramref name="lists"/> of <paramref name="lexicon"/>, each phrase labelled with its list's name.</summary>
    public static CuedMatcher Of(Lexicon lexicon, IEnumerable<string> lists, bool ignoreCase = true) =>
        new(lists.SelectMany(l => lexicon.Words(l).Select(p => (l, p))), ignoreCase);

    /// <summary>The phrases in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<PhraseMatch> Find(string text) => Find(text, 0, text.Length);

    /// <summary>The phrases in text[start..end), in order: what <see cref="PhraseMatcher.Find(string, int, int)"/> finds.</summary>
    public IReadOnlyList<PhraseMatch> Find(string text, int start, int end) => Find(text, start, end, firstTokenOnly: false);

    /// <summary>The phrases of text[start..end) that start at its first token (one per list the longest is in); empty when none does.</summary>
    public IReadOnlyList<PhraseMatch> FindAtStart(string text, int start, int end) => Find(text, start, end, firstTokenOnly: true);

    private IReadOnlyList<PhraseMatch> Find(string text, int start, int end, bool firstTokenOnly)
    {
        List<PhraseMatch>? found = null;
        for (var at = start; !firstTokenOnly || at == start;)
        {
            var (from, to) = CueIndex.NextToken(text, at, end);
            if (from < 0) break;
            at = to;
            if (openers.Of(text, from, to) == 0) continue;
            // The longest phrase that starts here lies within the next few tokens; matching goes on after it.
            var window = to;
            for (var k = 1; k < longest && CueIndex.NextToken(text, window, end) is ({ } next, var nextEnd) && next >= 0; k++) window = nextEnd;
            foreach (var hit in matcher.Find(text, from, window))
            {
                if (hit.Span.Start != from) break;
                (found ??= []).Add(hit);
                at = hit.Span.End;
            }
        }
        return found ?? (IReadOnlyList<PhraseMatch>)[];
    }

    /// <summary>Whether any phrase is in text[start..end).</summary>
    public bool Any(string text, int start, int end) => Find(text, start, end).Count > 0;
}
