namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Rows of a fact box: a line that opens with a short label and a colon, then figures with no noun of their own, each in its
/// cell ("Troops sent in 2024: about 11,000 (NIS); 10,000-12,000 (U.S., Ukraine)", "Fatalities: 90"). The label says what
/// the figures count: troops (row_label_troop_words) or casualties (row_label_casualty_words).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PhraseMatcher rowLabelTroopWords, rowLabelCasualtyWords;

    // The longest label read as a row's, in words: longer text before a colon is a sentence ("The ministry said on Monday: …").
    private const int RowLabelWords = 8;

    // The longest label of a row that runs on in its line after another sentence, in words: an infobox flattened into prose
    // ("Maximum strength: 19,828. Dead: 234.").
    private const int RunOnRowLabelWords = 3;

    // The longest label of a row of a list, in words: a date and an event ("May 2003 -- President Bush declares the end of
    // major combat").
    private const int ListRowLabelWords = 12;

    // Whether q opens a cell of such a row: the line (its sentence starts at the line's start) opens with a label of troops or
    // casualties and a colon, and q follows the colon or a cell's ";" or "|" with nothing between but white space, and is bare
    // (or its sources stand in a bracket after it).
    // A row of a list, one line under another in its paragraph ("- Mid-December 2011: about 4,000, at two bases", "June 2006 --
    // Lowest troop level since July 2004: 125,000."), whose label names no troops counts them too when the line before
    // counted or named them (listBefore): a fact box's list under a title or a row about troops. Its label may be longer
    // (ListRowLabelWords), and its number follows the colon (not a later clause's: "In Context: ... kept five; four were ...").
    private bool LabelledRow(string text, int start, int end, Quantity q, Func<bool>? listBefore = null) =>
        RowColon(text, start, end, q) >= 0
        || (listBefore is not null && (start == 0 || text[start - 1] == '\n') && RowLabelEnd(text, start, q.Span.Start, ListRowLabelWords) is > 0 and var colon
            && SourceText.SkipWhiteSpaceBack(text, q.Span.Start, colon) == colon + 1 && IsBare(text, q.Span.End, end) && listBefore());

    // Whether q is such a row's figure and the row's label names casualties ("Killed or wounded by January", "Fatalities"):
    // its figures count them.
    private bool CasualtyRow(string text, int start, int end, Quantity q) =>
        RowColon(text, start, end, q) is >= 0 and var colon && rowLabelCasualtyWords.Any(text, start, colon);

    // The label's colon of the row q is a figure of (see LabelledRow), or -1.
    private int RowColon(string text, int start, int end, Quantity q) =>
        RowLabelEnd(text, start, q.Span.Start) is > 0 and var colon && RowLabelNamesTroops(text, start, colon)
        && CellOpensBefore(text, colon, q.Span.Start) && (IsBare(text, q.Span.End, end) || MoreClosesCell(text, q.Span.End, end)) ? colon : -1;

    // "Reinforcements in 2025: 3,000-4,000 more": "more" alone after the number, then the cell's end.
    private static bool MoreClosesCell(string text, int at, int end)
    {
        var i = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (i == at || !text.AsSpan(i, end - i).StartsWith("more", StringComparison.Ordinal)) return false;
        i = PhraseLiteral.SkipWhiteSpace(text, i + 4, end);
        return i >= end || text[i] is ';' or '|' or '(' or '.';
    }

    private bool RowLabelNamesTroops(string text, int start, int colon) =>
        rowLabelTroopWords.Any(text, start, colon) || rowLabelCasualtyWords.Any(text, start, colon);

    // Where the label's colon stands, or -1: the sentence opens a line (or runs on after another, with a label of at most
    // RunOnRowLabelWords words), and its first colon (followed by white space) comes before `at` after at most lineLabelWords
    // words (a bullet before them aside) with no sentence mark among them.
    private static int RowLabelEnd(string text, int start, int at, int lineLabelWords = RowLabelWords)
    {
        var maxWords = start > 0 && text[start - 1] != '\n' ? RunOnRowLabelWords : lineLabelWords;
        var colon = text.IndexOf(':', start, at - start);
        var labelStart = BulletEnd(text, start);
        if (colon <= labelStart || colon + 1 >= text.Length || !char.IsWhiteSpace(text[colon + 1])) return -1;
        var label = text.AsSpan(labelStart, colon - labelStart);
        if (label.IndexOfAny("!?\"“”\n") >= 0 || !char.IsUpper(label[0]) || !OnlyAbbreviationStops(label)) return -1;
        var words = 1;
        foreach (var c in label)
            if (c == ' ' && ++words > maxWords) return -1;
        return colon;
    }

    // Where a line's list bullet ("- ", "• ", "* ") and the space after it end, or start when the line has none.
    private static int BulletEnd(string text, int start) =>
        start + 1 < text.Length && text[start] is '-' or '•' or '*' or '–' && text[start + 1] == ' ' ? PhraseLiteral.SkipWhiteSpace(text, start + 1, text.Length) : start;

    // Whether every full stop of a label ends a short capitalised abbreviation ("Oct. 21", "Sept. 30", "U.S."): one that ends a
    // word otherwise ends a sentence, and the text is no label.
    private static bool OnlyAbbreviationStops(ReadOnlySpan<char> label)
    {
        for (var i = label.IndexOf('.'); i >= 0; i = label[(i + 1)..].IndexOf('.') is var next and >= 0 ? i + 1 + next : -1)
        {
            var word = i;
            while (word > 0 && char.IsLetter(label[word - 1])) word--;
            if (i - word is 0 or > 4 || !char.IsUpper(label[word])) return false;
        }
        return true;
    }

    // Whether nothing but white space stands between the label's colon, or the last ";" or "|" after it, and `at`; or a cell's
    // name does, set off by a comma or colon ("Naval Reserve, 6,948;", "| Mukti Bahini: 175,000 |"), or by a space alone in a
    // row of cells ("Strength: United States 7,300 | Caribbean Peace Force 353 | Cuba 780", "Strength: China 1,350,000 (peak)").
    private static bool CellOpensBefore(string text, int colon, int at)
    {
        var i = SourceText.SkipWhiteSpaceBack(text, at, colon);
        return i == colon + 1 || text[i - 1] is ';' or '|' || (i > colon + 1 && text[i - 1] is ',' or ':' && CellNameBefore(text, colon, i - 1))
            || (i < at && i > colon + 1 && char.IsLetter(text[i - 1]) && CellNameBefore(text, colon, i) && CellsAfter(text, at));
    }

    // Whether the number at `at` ends its cell: the line ends, or a "|" or ";" closes the cell, after at most a bracket
    // ("(peak)", "(est.)"). A name and a number with no mark between are a cell only so.
    private static bool CellsAfter(string text, int at)
    {
        var i = at;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ',' or '.' or '~' or '-' or '–' or '+')) i++;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i < text.Length && text[i] == '(' && text.IndexOf(')', i) is var close and > 0 && close - i <= 20 && text.IndexOf('\n', i, close - i) < 0)
            for (i = close + 1; i < text.Length && text[i] is ' ' or '\t'; i++) { }
        return i >= text.Length || text[i] is '|' or ';' or '\n' or '\r';
    }

    // The longest name of a cell, in words.
    private const int CellNameWords = 6;

    // Whether text[..at) ends with a cell's name that opens right after the label's colon or a cell's ";" or "|": capitalised
    // words, "and", "of" or "the" between them, at most CellNameWords words ("Army National Guard and Army Reserve").
    private static bool CellNameBefore(string text, int colon, int at)
    {
        var i = SourceText.SkipWhiteSpaceBack(text, at, colon);
        for (var words = 0; words < CellNameWords && i > colon + 1; words++)
        {
            var wordEnd = i;
            while (i > colon + 1 && (CueIndex.IsWordCharacter(text[i - 1]) || text[i - 1] is '.' or '-' or '\'' or '’')) i--;
            if (i == wordEnd) return false;
            var word = text.AsSpan(i, wordEnd - i);
            if (!char.IsUpper(word[0]) && !(words > 0 && word is "and" or "of" or "the")) return false;
            i = SourceText.SkipWhiteSpaceBack(text, i, colon);
            if (i == colon + 1 || text[i - 1] is ';' or '|') return char.IsUpper(word[0]);
        }
        return false;
    }
}
