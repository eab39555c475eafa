namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whether the speech adverbials of reporting.json (speech_adverbial, one to three) may end a name's left context or open
/// its right context, told from the one word they must end or open with. The two patterns built on speech_adverbial
/// (<c>CitationRoles.InvertedAdverbials</c>, read right to left before a name, and <c>CitationRoles.LeadingAdverbials</c>,
/// after it) run where an inverted verb or white space let them through, and most of those contexts end or open with an
/// everyday word ("that the", "and", "has") no adverbial ends or opens with.
/// </summary>
/// <remarks>
/// Why false is certain. speech_adverbial is the text in <see cref="Written"/>, its lists expanded (the gate checks the
/// lexicon's expansion is exactly that; for any other pattern it always says true). Every branch's last token starts after
/// white space and is followed by white space (the patterns read <c>\s+</c> or <c>(?=\s)</c> after an adverbial), so it is
/// one whole run of non-white-space, and that run is:
/// <list type="bullet">
/// <item>a capitalised word (<c>(?-i:[A-Z]…)</c>: a weekday, a place, a name after "on") or digits (a day of the month or a
/// year: <c>\d</c>, which also reads digits past ASCII);</item>
/// <item>or, in any case (the patterns ignore case), the last word of an item of speech_occasion_nouns, speech_media or
/// speaker_date_months, or one of the pattern's own closing words (<see cref="ClosingWords"/>).</item>
/// </list>
/// The inverted pattern ends in <c>\s+(?:(?:the|an?)\s+)?$</c>, so its last adverbial ends with the context's last run, or
/// with the run before a last "the", "a" or "an" (which may also be a capitalised word itself). Every branch's first token
/// is likewise one whole run: a capitalised word, or one of <see cref="OpeningWords"/> in any case. A run that holds a
/// character past ASCII other than ’ (which IgnoreCase may read as an ASCII letter, the Kelvin sign as "k") says true.
/// </remarks>
internal sealed class SpeechAdverbialGate
{
    // speech_adverbial as the gate reads it; {list} stands for the list's alternation.
    private const string Written =
        @"(?:(?:late|early|earlier|later)\s+)?(?:on\s+(?:(?-i:[A-Z][a-z]+day)|{speaker_date_months}\s+\d{1,2}\b|\d{1,2}\s+{speaker_date_months})(?:,?\s+\d{4}\b)?|(?:last|this|that|next)\s+(?:week|month|year|morning|afternoon|evening|night|(?-i:[A-Z][a-z]+day))|(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year)|(?:in|at|during)\s+(?:an?|the|his|her|its|their|(?-i:[A-Z][\w.'’-]*)['’]s?)\s+(?:[\w'’-]+\s+){0,3}?(?:{speech_occasion_nouns})\b(?:\s+on\s+(?-i:[A-Z][\w.]*))?|on\s+(?-i:{speech_media})\b|(?:in|at)\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})|(?-i:[A-Z][a-z]+day)|yesterday|today|here)";

    private static readonly string[] Lists = ["speaker_date_months", "speech_occasion_nouns", "speech_media"];

    // The words of Written that close a branch in lower case (besides the lists' words).
    internal static readonly string[] ClosingWords = ["week", "month", "year", "morning", "afternoon", "evening", "night", "yesterday", "today", "here"];

    // The words of Written that open a branch in lower case.
    internal static readonly string[] OpeningWords = ["late", "early", "earlier", "later", "on", "last", "this", "that", "next", "in", "at", "during", "yesterday", "today", "here"];

    private readonly WordSet closing, opening;
    // The lexicon's pattern is not the one read above: every context goes to the patterns.
    private readonly bool always;

    public SpeechAdverbialGate(Lexicon lexicon)
    {
        var expected = Written;
        foreach (var list in Lists) expected = expected.Replace("{" + list + "}", lexicon.Alternation(list), StringComparison.Ordinal);
        always = lexicon.Pattern("speech_adverbial") != expected;
        closing = Lists.SelectMany(lexicon.Words).Select(LastWord).Concat(ClosingWords).ToWordSet(StringComparer.OrdinalIgnoreCase);
        opening = OpeningWords.ToWordSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the gate reads the lexicon's pattern (false: it lets every context through).</summary>
    internal bool Reads => !always;

    /// <summary>False where one to three speech adverbials, then white space and an optional article, cannot end <paramref name="before"/>.</summary>
    public bool MayEnd(ReadOnlySpan<char> before)
    {
        if (always) return true;
        var last = LastRun(before, before.Length, out var start);
        if (last.IsEmpty) return false;
        if (May(last, closing)) return true;
        return (last.Equals("the", StringComparison.OrdinalIgnoreCase) || last.Equals("a", StringComparison.OrdinalIgnoreCase)
                || last.Equals("an", StringComparison.OrdinalIgnoreCase))
            && LastRun(before, start, out _) is var previous && !previous.IsEmpty && May(previous, closing);
    }

    /// <summary>False where white space and then a speech adverbial cannot open <paramref name="after"/>.</summary>
    public bool MayOpen(ReadOnlySpan<char> after)
    {
        if (always) return true;
        var at = 0;
        while (at < after.Length && char.IsWhiteSpace(after[at])) at++;
        var end = at;
        while (end < after.Length && !char.IsWhiteSpace(after[end])) end++;
        return end > at && May(after[at..end], opening);
    }

    // A run of non-white-space an adverbial may end or open with: a capital or a digit first, a character past ASCII but ’
    // (read loosely), or a word of `words`, any case, ’ read as '.
    private static bool May(ReadOnlySpan<char> run, WordSet words)
    {
        if (char.IsAsciiLetterUpper(run[0]) || char.IsAsciiDigit(run[0])) return true;
        var curly = false;
        foreach (var c in run)
        {
            if (c == '’') curly = true;
            else if (c >= 128) return true;
        }
        if (!curly) return words.Contains(run);
        Span<char> straight = run.Length <= 64 ? stackalloc char[run.Length] : new char[run.Length];
        run.Replace(straight, '’', '\'');
        return words.Contains(straight);
    }

    // The last run of non-white-space before `end`, and where it starts; empty when there is none.
    private static ReadOnlySpan<char> LastRun(ReadOnlySpan<char> text, int end, out int start)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return text[start..end];
    }

    // An item's last word as a run holds it (’ written ').
    private static string LastWord(string item) =>
        item.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [.., var last] ? last.Replace('’', '\'') : item;
}
