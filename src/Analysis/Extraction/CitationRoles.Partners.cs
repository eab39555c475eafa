namespace Analysis.Extraction;

using static SourceText;

/// <summary>
/// A partner of what a speaker did: "the agency said it had identified them, in cooperation with <another service>", "through
/// close collaboration with", "investigators are working with <officials>". The partner is named for the act, not quoted:
/// it speaks no word of the sentence (the header: a body that is only named is no source).
/// </summary>
internal sealed partial class CitationRoles
{
    // The words between "with" and the name: a short run, no mark ("with Korean interpreters and the <service>").
    private const int MaxPartnerWords = 6;

    /// <summary>Whether the name at <paramref name="nameStart"/> (sentence offsets of s) follows "with" after a partner_nouns or
    /// partner_verbs word ("cooperation with", "working with"), at most six words between "with" and the name and no mark.</summary>
    public bool PartnerWith(string s, int nameStart)
    {
        var text = s.AsSpan(0, nameStart);
        var at = nameStart;
        for (var words = 0; words <= MaxPartnerWords; words++)
        {
            var word = WordBefore(text, at, out var wordAt);
            if (word.IsEmpty || !text[(wordAt + word.Length)..at].IsWhiteSpace()) return false;
            if (word is "with")
            {
                var lead = WordBefore(text, wordAt, out var leadAt);
                if (lead.IsEmpty || !text[(leadAt + lead.Length)..wordAt].IsWhiteSpace()) return false;
                // "co-operation", "co-ordination": the reader stops at a hyphen, the lists hold the whole word.
                var end = leadAt + lead.Length;
                while (leadAt > 1 && text[leadAt - 1] == '-' && char.IsLetter(text[leadAt - 2]))
                {
                    leadAt--;
                    while (leadAt > 0 && char.IsLetter(text[leadAt - 1])) leadAt--;
                }
                lead = text[leadAt..end];
                return partnerNouns.Contains(lead) || partnerVerbs.Contains(lead);
            }
            at = wordAt;
        }
        return false;
    }
}
