namespace Analysis.Extraction;

using System.Text.RegularExpressions;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A speaker and its speech verb parted by the verb's adverbials of time, place or occasion (reporting.json speech_adverbial,
/// up to three): "the ministry late on Tuesday said", "X at a news conference in Warsaw estimated the force at …", and the
/// inverted verb before them, "…, said in a statement on Tuesday the ministry" (translated copy keeps the verb first and puts
/// its time, place or occasion between it and the speaker). The adverbials are read past and the verb asked as the readers
/// with nothing between ask it (speaker_after, inverted_before).
/// </summary>
internal sealed partial class CitationRoles
{
    // One to three speech adverbials that end the text (a "the", "a" or "an" after them), white space before them.
    internal static Regex InvertedAdverbials(Lexicon lexicon) =>
        new(@"(?<=\s)(?:" + lexicon.Pattern("speech_adverbial") + @")(?:\s+(?:" + lexicon.Pattern("speech_adverbial") + @")){0,2}\s+(?:(?:the|an?)\s+)?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    // Where the adverbials that end `before` start, when an inverted verb (inverted_verbs) stands right before them; else -1.
    private int InvertedAdverbialStart(ReadOnlySpan<char> before)
    {
        if (!adverbialGate.MayEnd(before) || !InvertedVerbNearEnd(before)) return -1;
        foreach (var match in invertedAdverbials.EnumerateMatches(before))
        {
            var verb = WordBefore(before, match.Index, out _);
            return invertedEnds.Contains(verb) ? match.Index : -1;
        }
        return -1;
    }

    // One to three speech adverbials that open the text, white space before them and after.
    internal static Regex LeadingAdverbials(Lexicon lexicon) =>
        new(@"^\s+(?:" + lexicon.Pattern("speech_adverbial") + @")(?:\s+(?:" + lexicon.Pattern("speech_adverbial") + @")){0,2}(?=\s)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Whether the words after a name are its adverbials and then what speaker_after reads as its verb ("late on Tuesday said",
    // "at a news conference told reporters"), the verb saying something and moving nothing (as for the name right before it).
    private bool SpeaksPastAdverbials(string text, int nameEnd, int end, ReadOnlySpan<char> after, bool person)
    {
        if (after.IsEmpty || !char.IsWhiteSpace(after[0]) || !adverbialGate.MayOpen(after)) return false;
        foreach (var match in leadingAdverbials.EnumerateMatches(after))
        {
            var rest = after[match.Length..];
            return MaySpeakAfter(rest, person) && VerbAfter(text, nameEnd + match.Length, end)
                && SpeaksAfter(rest, out var verbEnd) && !SaysNothing(rest, ref verbEnd) && !PlacesWhatItMoves(rest, ref verbEnd);
        }
        return false;
    }

    // Whether an inverted verb stands among the last words of `before` (as many as three adverbials and an article hold), the
    // word after it one that may open an adverbial: most names' left context has none, and the pattern is not run.
    private bool InvertedVerbNearEnd(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        var next = ReadOnlySpan<char>.Empty;
        for (var words = 0; words < MaxAdverbialWords; words++)
        {
            var word = WordBefore(before, end, out var start);
            if (word.IsEmpty) return false;
            if (!next.IsEmpty && invertedEnds.Contains(word) && adverbialOpeners.Contains(next)) return true;
            next = word;
            end = start;
        }
        return false;
    }

    // The most words InvertedVerbNearEnd reads back (three adverbials of a few words each, and an article).
    private const int MaxAdverbialWords = 16;

    // Whether `before` ends in "by" (or "by the") and holds a verb of passive_speech_verbs: the passive branch of speaker_before
    // may match past adverbials between them.
    private bool AfterPassiveBy(ReadOnlySpan<char> before, ReadOnlySpan<char> last, ReadOnlySpan<char> beforeLast, bool lastIsThe)
    {
        if (!(last.Equals("by", StringComparison.OrdinalIgnoreCase) || lastIsThe && beforeLast.Equals("by", StringComparison.OrdinalIgnoreCase))) return false;
        foreach (var needle in passiveSpeechNeedles)
            if (needle != "by" && before.Contains(needle, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
