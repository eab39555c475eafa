namespace Analysis.Extraction;

using static SourceText;

/// <summary>
/// A statement noun's "of" before a force's plural personnel names what was counted, not who counted it: "the estimate of
/// Ruritanian troops", "reports of foreign soldiers' presence" (counted_personnel_nouns). speaker_before reads "an estimate
/// of X" as X's estimate, which holds for a body ("an estimate of the Pentagon"), never for the troops a story counts.
/// </summary>
internal sealed partial class CitationRoles
{
    private readonly string[] countedPersonnel;

    // Whether `name` ends in a counted_personnel_nouns phrase and `before` ends in a statement noun, "of" and an optional "the"
    // (white space after).
    private bool CountedPersonnel(ReadOnlySpan<char> before, ReadOnlySpan<char> name)
    {
        if (!EndsWithPhrase(name, countedPersonnel)) return false;
        var w1 = WordBefore(before, before.Length, out var b1);
        if (w1.Equals("the", StringComparison.OrdinalIgnoreCase)) w1 = WordBefore(before, b1, out b1);
        return w1.Equals("of", StringComparison.OrdinalIgnoreCase) && statementNouns.Contains(WordBefore(before, b1, out _));
    }
}
