namespace Analysis.Extraction;

/// <summary>
/// The word-reading shortcuts beside the patterns they stand for, so that a test can hold them equal over many sentences:
/// a word added to a lexicon list the shortcut does not read would otherwise change the tables with no test failing.
/// </summary>
internal sealed partial class CitationRoles
{
    internal bool SpeaksAfterShortcut(ReadOnlySpan<char> after) => SpeaksAfter(after, out _);

    internal bool AsidesThenVerbShortcut(ReadOnlySpan<char> after) => AsidesThenVerb(after, out _);

    // Where the word-by-word readings (AdverbsThenVerb, then AsidesThenVerb) say speaker_after's match ends; UnknownEnd (-2)
    // where neither reads a match or tells its end.
    internal int ReadVerbEnd(ReadOnlySpan<char> after) =>
        AdverbsThenVerb(after, out var verbEnd) || AsidesThenVerb(after, out verbEnd) ? verbEnd : UnknownEnd;

    internal int SpeakerAfterPatternEnd(ReadOnlySpan<char> after)
    {
        foreach (var match in speakerAfter.EnumerateMatches(after)) return match.Index + match.Length;
        return -1;
    }

    internal bool SpeakerAfterPattern(ReadOnlySpan<char> after) => speakerAfter.IsMatch(after);

    internal static bool AccordingToShortcut(ReadOnlySpan<char> before) => AccordingToLast(before);

    internal bool SpeakerBeforePattern(ReadOnlySpan<char> before) => speakerBefore.IsMatch(before);
}
