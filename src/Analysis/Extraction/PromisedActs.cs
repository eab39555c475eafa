namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// "promised at the weekend to withdraw", "has pledged to keep": what follows a verb of promising (promise_verbs) when the promise is
/// of an act on troops (promised_acts): at most four words ("at the weekend"), then "to" and the act. One reading for the sources,
/// which cite a person whose promise this is (CitationRoles.PromisesAct), and the attribution, which makes that person the voice
/// of the count the act is on (Attribution.PromiseMaker).
/// </summary>
internal static class PromisedActs
{
    // The most words between the promise verb and its "to" ("pledged at the weekend to keep").
    private const int GapWords = 4;

    /// <summary>
    /// Where the promised act ends in <paramref name="afterVerb"/> (the text right after a promise verb): a space, at most four
    /// words of letters (joined by hyphens or apostrophes) each followed by a space, then "to" and a word of <paramref name="acts"/>;
    /// -1 where the promise is of none of them.
    /// </summary>
    public static int ActEnd(ReadOnlySpan<char> afterVerb, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> acts)
    {
        var i = 0;
        var sawTo = false;
        for (var words = 0; words <= GapWords + 1; words++)
        {
            var start = i;
            while (start < afterVerb.Length && afterVerb[start] == ' ') start++;
            if (start == i) return -1;
            var n = LetterRun(afterVerb, start);
            if (n == 0) return -1;
            // A word before the "to" may join its letters with a hyphen or an apostrophe ("in mid-March", "at Kyiv's request").
            while (!sawTo && start + n + 1 < afterVerb.Length && afterVerb[start + n] is '-' or '\'' or '’' && LetterRun(afterVerb, start + n + 1) is var more and > 0)
                n += 1 + more;
            var word = afterVerb.Slice(start, n);
            if (start + n < afterVerb.Length && CueIndex.IsWordCharacter(afterVerb[start + n])) return -1;
            if (sawTo) return acts.Contains(word) ? start + n : -1;
            sawTo = word is "to";
            i = start + n;
        }
        return -1;
    }
}
