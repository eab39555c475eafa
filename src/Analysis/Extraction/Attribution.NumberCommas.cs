namespace Analysis.Extraction;

// The comma of a number is no clause's end.
internal sealed partial class Attribution
{
    // Where the first of `marks` (a comma, semicolon or colon by default) stands in text[from..end), or -1; a comma between two
    // digits ("4,000", "11,000") groups a number and ends no clause. "The report comes after officials estimated that 4,000 of
    // the 11,000 soldiers sent had been killed": the clause of time the officials speak in runs to the sentence's end, so both
    // figures stand inside it and are theirs (Attribution.SpeaksInTimeClauseOnly).
    private int ClauseMarkAfter(int from, int end, string marks = ",;:")
    {
        var text = document.Text;
        for (var i = from; i < end; i++)
            if (marks.Contains(text[i]) && !(text[i] == ',' && i > from && char.IsAsciiDigit(text[i - 1]) && i + 1 < end && char.IsAsciiDigit(text[i + 1])))
                return i;
        return -1;
    }
}
