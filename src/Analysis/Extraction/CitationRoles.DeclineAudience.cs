namespace Analysis.Extraction;

using static SourceText;

/// <summary>
/// An outlet a refusal is addressed to: "The agency declined to confirm the report to AFP", "a spokesman refused to comment
/// to Reuters". The refusal tells the outlet nothing, so the outlet passes nothing on: it is named, not cited (the header:
/// one who only declines to comment is not cited; the audience rule cites an outlet for what it was told).
/// </summary>
internal sealed partial class CitationRoles
{
    /// <summary>Whether the name at <paramref name="nameStart"/> (sentence offsets) follows "to" (an optional "the" between)
    /// closing a clause that a refusal_leads verb and its "to" open, no mark nor turn (negation_turns) between ("declined to
    /// comment to").</summary>
    public bool DeclineAddressedTo(string s, int nameStart)
    {
        if (!TryWordBefore(s, nameStart, 0, out var word, out var at)) return false;
        if (word is "the" && !TryWordBefore(s, at, 0, out word, out at)) return false;
        if (word is not "to") return false;
        var after = "to".AsSpan();
        for (var words = 0; words < 14; words++)
        {
            var e = at;
            while (e > 0 && s[e - 1] == ' ') e--;
            // A mark ends the clause: "declined to comment, but told AFP", "…, according to Reuters".
            if (e == 0 || !char.IsLetter(s[e - 1])) return false;
            var b = e;
            while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] is '-' or '\'' or '’')) b--;
            var w = s.AsSpan(b, e - b);
            if (after is "to" && refusalLeads.Contains(w)) return true;
            // "declined to give numbers but said to the BBC": past a turn the outlet is told something (negation_turns).
            if (refusalTurns.Contains(w)) return false;
            // "according to Reuters", "close to AFP": the "to" is another link's (to_phrase_leads).
            if (words == 0 && toPhraseLeads.Contains(w)) return false;
            after = w;
            at = b;
        }
        return false;
    }
}
