namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A strength told in a piece written years after it ("ANALYSIS | 24 November 2021" over "In November 1981 the force was
/// expected to total some 5,000 men"; "By Fatou Ndiaye | 12 June 2018" over the 1998 intervention): the piece's own date is a
/// short line of its furniture near the top (a byline, a kicker or a stamp that names a month and a year), and the year the
/// figure is told in is the last year named before it in its sentence, else in its paragraph, else the first after it in its
/// sentence. When that year is five years or more before the piece's own and the sentence has no word of the present
/// (current_cues), the figure is a level of then (earlier). A piece with no such dated line (an encyclopedia entry, a series
/// retelling the event, a wire whose dateline gives no year) is left as it is.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // Five years: far enough that a piece's background of a year or two back ("sent 1,700 troops in 2023", told in 2025) is
    // not read as a retrospective.
    private const int YearsBeforeGap = 5;
    // How far down the piece its own dated line may stand (headline, standfirst, kicker, byline, stamp), and how long it is.
    private const int OwnDateParagraphs = 6, OwnDateLineLength = 100;
    [ThreadStatic] private static string? ownYearText;
    [ThreadStatic] private static int ownYearOfText;

    private bool ToldYearsBefore(string text, Sentence sentence, Quantity q)
    {
        if (!ReferenceEquals(text, ownYearText)) (ownYearText, ownYearOfText) = (text, OwnYear(text));
        if (ownYearOfText == 0) return false;
        var told = LastYearIn(text, sentence.Start, q.Span.Start);
        if (told == 0)
        {
            var paragraph = sentence.Start > 0 ? text.LastIndexOf('\n', sentence.Start - 1) + 1 : 0;
            told = LastYearIn(text, paragraph, sentence.Start);
        }
        if (told == 0) told = FirstYearIn(text, q.Span.End, sentence.End);
        return told > 0 && ownYearOfText - told >= YearsBeforeGap && !currentCues.Any(text, sentence.Start, sentence.End);
    }

    // The year of the first short line among the piece's first paragraphs that names a month and a year ("ANALYSIS | 24 November
    // 2021", "Posted October 29, 2024", "Mon 23 Dec 2024 17:40 GMT"), or 0.
    private int OwnYear(string text)
    {
        var start = 0;
        for (var n = 0; n < OwnDateParagraphs && start < text.Length; n++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end - start <= OwnDateLineLength && FirstYearIn(text, start, end) is var year and > 0 && MonthIn(text, start, end)) return year;
            start = end + 1;
        }
        return 0;
    }

    // Whether a month's name (the lexicon's "months", capitalised) opens a word in text[from..to).
    private bool MonthIn(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if ((i == from || !char.IsLetter(text[i - 1])) && char.IsUpper(text[i]) && months.EndOfPhraseAt(text, i, to) > 0) return true;
        return false;
    }

    private static int LastYearIn(string text, int from, int to)
    {
        for (var i = to - 4; i >= from; i--)
            if (YearAt(text, i, out var year)) return year;
        return 0;
    }

    private static int FirstYearIn(string text, int from, int to)
    {
        for (var i = from; i + 4 <= to; i++)
            if (YearAt(text, i, out var year)) return year;
        return 0;
    }
}
