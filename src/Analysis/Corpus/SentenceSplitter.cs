using System.Buffers;

namespace Analysis.Corpus;

/// <summary>
/// Splits a paragraph into sentences by rule: a sentence ends at '.', '!' or '?' (plus any closing
/// quotes or brackets) followed by white space and a plausible sentence start, or glued to the next
/// sentence where a page lost the space ("said.The"). Periods that end an
/// abbreviation ("Mr.", "Oct.", "Gen."), an initial ("J."), or sit inside a number ("1.5") or a dotted
/// acronym ("U.S.") do not end a sentence, unless the acronym is followed by a word that typically
/// opens one ("... to the U.S. The talks ...").
/// </summary>
public static class SentenceSplitter
{
    // Titles, months and other abbreviations that are followed by more of the same sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft",
        "gen", "lt", "lieut", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "gov", "govs",
        "sen", "sens", "rep", "reps", "pres", "amb", "rev", "hon", "dept", "univ", "corp", "inc", "ltd", "co",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vol", "fig", "approx", "est", "vs", "cf", "al", "ca",
    };

    // Words that open a sentence often enough to end a sentence after a dotted acronym such as "U.S.".
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In",
        "On", "At", "But", "And", "However", "Meanwhile", "According", "Officials", "Its", "There",
        "His", "Her", "Their", "After", "Before", "While", "When", "Earlier", "Later", "Still",
    };

    // The same sets, looked up by a span of the text rather than a copy of the word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationOf = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerOf = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    // The marks that can end a sentence: the text between them is skipped in one vectorized search.
    private static readonly SearchValues<char> EndMarks = SearchValues.Create(".!?…");

    private const string ClosingMarks = "\"'”’)]»";
    private const string OpeningMarks = "\"'“‘([«";

    /// <summary>Sentence spans of <paramref name="text"/>[start..end), trimmed, in order.</summary>
    public static IEnumerable<TextSpan> Split(string text, int start, int end)
    {
        var at = new Position(SkipSpace(text, start, end));
        while (Next(text, end, ref at, out var sentence)) yield return sentence;
    }

    /// <summary>The same spans added to <paramref name="into"/>: how the parser splits, with no enumerator per paragraph.</summary>
    internal static void Split(string text, int start, int end, List<TextSpan> into)
    {
        var at = new Position(SkipSpace(text, start, end));
        while (Next(text, end, ref at, out var sentence)) into.Add(sentence);
    }

    // Where a split has got to: the start of the sentence being read, the next character to look at, and
    // whether the rest after the last boundary has been given.
    private struct Position(int sentenceStart)
    {
        public int SentenceStart = sentenceStart;
        public int Next = sentenceStart;
        public bool Ended;
    }

    // The next sentence from at, if any.
    private static bool Next(string text, int end, ref Position at, out TextSpan sentence)
    {
        while (at.Next < end)
        {
            var mark = text.AsSpan(at.Next, end - at.Next).IndexOfAny(EndMarks);
            if (mark < 0) break;
            var i = at.Next + mark;
            var close = i + 1;
            while (close < end && (text[close] is '.' or '!' or '?' || ClosingMarks.Contains(text[close]))) close++;
            var next = SkipSpace(text, close, end);
            at.Next = close;
            if (close < end && (next > close && next < end && IsBoundary(text, at.SentenceStart, i, next, end) || next == close && IsGluedBoundary(text, at.SentenceStart, i, close, end)))
            {
                sentence = Trim(text, at.SentenceStart, close);
                at.SentenceStart = next;
                return true;
            }
        }
        sentence = default;
        if (at.Ended) return false;
        at.Ended = true;
        if (at.SentenceStart >= end) return false;
        sentence = Trim(text, at.SentenceStart, end);
        return sentence.Length > 0;
    }

    /// <summary>Sentence texts of a string; a convenience for notebooks and tests.</summary>
    public static IReadOnlyList<string> Split(string text) =>
        Split(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToArray();

    private static bool IsBoundary(string text, int sentenceStart, int mark, int next, int end)
    {
        var first = text[next];
        var opensSentence = char.IsUpper(first) || char.IsDigit(first) || OpeningMarks.Contains(first);
        if (!opensSentence) return false;
        if (text[mark] != '.') return true;

        var word = WordBefore(text, sentenceStart, mark);
        if (word.Length == 0) return true;
        if (AbbreviationOf.Contains(word)) return false;
        // A single capital letter is an initial ("Kim J. Un"), not the end of a sentence.
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        // A dotted acronym ("U.S.", "U.N."): only a typical sentence opener after it ends the sentence.
        if (word.Contains('.')) return SentenceOpenerOf.Contains(WordAt(text, next, end));
        return true;
    }

    // "… were killed, officials said.The ministry added …": text taken from a page whose paragraphs or lines were joined
    // without a space. A lower-case word of two letters or more, its end mark, then a capital and a lower-case letter: not
    // an outlet's name ("News.Az", "Table.Media" open with a capital), a web address ("nknews.org" goes on in lower case),
    // an abbreviation or a dotted acronym ("e.g.", "U.S.").
    private static bool IsGluedBoundary(string text, int sentenceStart, int mark, int next, int end)
    {
        if (next + 1 >= end || !char.IsUpper(text[next]) || !char.IsLower(text[next + 1])) return false;
        var word = WordBefore(text, sentenceStart, mark);
        if (word.Length < 2 || AbbreviationOf.Contains(word)) return false;
        // All lower-case: no capital of a name and no dot of an acronym ("e.g").
        foreach (var c in word)
            if (!char.IsLower(c)) return false;
        return true;
    }

    // The token that ends at text[mark] (the period), e.g. "Oct" or "U.S".
    private static ReadOnlySpan<char> WordBefore(string text, int floor, int mark)
    {
        var s = mark;
        while (s > floor && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        return text.AsSpan(s, mark - s);
    }

    // The word at start, not reaching past end: what lies outside the range never decides a split.
    private static ReadOnlySpan<char> WordAt(string text, int start, int end)
    {
        var e = start;
        while (e < end && char.IsLetter(text[e])) e++;
        return text.AsSpan(start, e - start);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
