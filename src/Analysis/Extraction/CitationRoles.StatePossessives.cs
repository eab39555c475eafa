namespace Analysis.Extraction;

/// <summary>
/// A possessive that names a state without its name ("the country's", "the nation's": state_possessives_before_name) between a
/// relay's cue and the body it cites: "…, the lawmaker said, citing a closed briefing from the country's National Intelligence Service".
/// The role is the one the words before the possessive give the name (its cheap last-word tests would otherwise read "s").
/// </summary>
internal sealed partial class CitationRoles
{
    // Where a state possessive that ends `before` (white space after it) starts, white space kept before it; else -1. Only after
    // "the", so that a possessive that is itself a name's ("Kim's") is not skipped.
    private int StatePossessiveStart(ReadOnlySpan<char> before)
    {
        var text = before.TrimEnd();
        if (text.Length == before.Length) return -1;
        foreach (var possessive in statePossessives)
        {
            if (!text.EndsWith(possessive, StringComparison.OrdinalIgnoreCase)) continue;
            var start = text.Length - possessive.Length;
            if (start < 5 || !char.IsWhiteSpace(text[start - 1])) continue;
            var lead = text[..start].TrimEnd();
            if (lead.EndsWith("the", StringComparison.OrdinalIgnoreCase) && (lead.Length == 3 || !char.IsLetter(lead[^4]))) return start;
        }
        return -1;
    }
}
