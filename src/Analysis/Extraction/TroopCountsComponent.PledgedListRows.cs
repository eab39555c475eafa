namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The rows of a list of contributors opened by a lead-in that tells them as promised or still to come: "Pledges so far:
/// Kenya 1,000; Rwanda 400; Ghana 150", or a lead-in sentence naming the list ("These nations have offered the following
/// troops.") and rows of their own ("Ghana: about 300 soldiers", one a line or one a sentence, perhaps under short headings).
/// A row is a name (one to four words, the first capitalized), perhaps its colon, then the figure, with no clause of its own
/// after it (pledged_list_row_clauses); it has no verb, so it shares the lead-in's time: planned. The lead-in holds a word
/// of pledged_list_leads and ends with a colon (or names the list: pledged_list_openers); "a breakdown of the contributions:"
/// lists troops already there and changes nothing.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly PhraseMatcher pledgedListLeads = PhraseMatcher.Of(lexicon, ["pledged_list_leads"]);
    private readonly PhraseMatcher pledgedListOpeners = PhraseMatcher.Of(lexicon, ["pledged_list_openers"]);
    private readonly PhraseMatcher pledgedListRowClauses = PhraseMatcher.Of(lexicon, ["pledged_list_row_clauses"]);

    // How many rows (and short headings) back a row's lead-in may stand, and how many other lines or sentences between.
    private const int ListRowsReach = 60, ListOtherUnitsReach = 2;

    private void PledgedListRows(Document document, List<TroopCount> counts)
    {
        List<(int Start, int End)>? units = null;
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts[i];
            if (count.Status != EstimateStatus.Current || count.Kind == TroopKind.Casualties) continue;
            units ??= Units(document);
            if (PledgedRow(document.Text, units, count.Provenance.Span)) counts[i] = count with { Status = EstimateStatus.Planned };
        }
    }

    // The lines of each sentence: a list's rows are lines of one sentence where the page has no full stops.
    private static List<(int Start, int End)> Units(Document document)
    {
        var units = new List<(int, int)>();
        var text = document.Text;
        foreach (var sentence in document.Sentences)
        {
            var start = sentence.Start;
            while (start < sentence.End)
            {
                var end = text.IndexOf('\n', start, sentence.End - start);
                if (end < 0) end = sentence.End;
                if (!text.AsSpan(start, end - start).IsWhiteSpace()) units.Add((start, end));
                start = end + 1;
            }
        }
        return units;
    }

    private bool PledgedRow(string text, List<(int Start, int End)> units, TextSpan figure)
    {
        var unit = units.FindLastIndex(u => u.Start <= figure.Start);
        if (unit < 0 || units[unit].End < figure.End) return false;
        var (unitStart, unitEnd) = units[unit];
        // The row opens after the last ';' or ',' (not one inside a number) before the figure.
        var rowStart = unitStart;
        for (var k = figure.Start - 1; k > unitStart; k--)
            if (text[k] == ';' || (text[k] == ',' && !(char.IsDigit(text[k - 1]) && k + 1 < text.Length && char.IsDigit(text[k + 1]))))
            {
                rowStart = k + 1;
                break;
            }
        // Nothing after the figure but its noun up to the row's end: no clause of its own.
        var rowEnd = figure.End;
        while (rowEnd < unitEnd && text[rowEnd] is not (';' or ',')) rowEnd++;
        if (pledgedListRowClauses.Any(text, figure.End, rowEnd)) return false;
        var row = text.AsSpan(rowStart, figure.Start - rowStart);
        var colon = row.LastIndexOf(':');
        if (colon < 0)
        {
            // "...: Chad 2,000; Nigeria 900": a later row of a list its own sentence opens with a colon.
            if (!IsRowName(row)) return false;
            var opener = text.IndexOf(':', unitStart, rowStart - unitStart);
            return opener > unitStart && pledgedListLeads.Any(text, unitStart, opener) && !pledgedListRowClauses.Any(text, opener, rowStart);
        }
        if (!row[(colon + 1)..].IsWhiteSpace())
            // "Pledges so far are: Kenya 1,000": the first row, after the lead-in's colon.
            return IsRowName(row[(colon + 1)..]) && rowStart == unitStart && pledgedListLeads.Any(text, unitStart, rowStart + colon);
        // "Ghana: about 300 soldiers": a labelled row; its lead-in is a line or sentence before the rows and headings above it.
        if (rowStart != unitStart || !IsRowName(row[..colon])) return false;
        var (rows, others) = (0, 0);
        for (var k = unit - 1; k >= 0 && rows <= ListRowsReach; k--)
        {
            var (start, end) = units[k];
            var line = text.AsSpan(start, end - start).Trim();
            if (LabelledRow(line) || ShortHeading(line))
            {
                rows++;
                continue;
            }
            if ((line.EndsWith(':') || pledgedListOpeners.Any(text, start, end)) && pledgedListLeads.Any(text, start, end)) return true;
            if (++others > ListOtherUnitsReach) return false;
        }
        return false;
    }

    // One to four words, the first capitalized, of letters (and '-', '.', '\'').
    private static bool IsRowName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.IsEmpty || !char.IsUpper(name[0])) return false;
        var words = 1;
        foreach (var c in name)
        {
            if (c == ' ') words++;
            else if (!(char.IsLetter(c) || c is '-' or '.' or '\'' or '’')) return false;
        }
        return words <= 4;
    }

    private static bool LabelledRow(ReadOnlySpan<char> line) => line.IndexOf(':') is var colon and > 0 && IsRowName(line[..colon]);

    // "NATO partners", "Others": a heading over rows (at most four words, no digit, no closing stop).
    private static bool ShortHeading(ReadOnlySpan<char> line) =>
        !line.IsEmpty && IsRowName(line) && line[^1] is not ('.' or '!' or '?');
}
