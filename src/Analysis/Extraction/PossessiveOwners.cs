namespace Analysis.Extraction;

/// <summary>
/// A country named in the possessive right before a body the text cites ("according to Sudan's Rapid Support Forces",
/// "citing Seoul's Joint Chiefs of Staff") owns the body and does not speak itself: the body is the voice, and the
/// country's own reading, cited by the same cue, is left out. A country that speaks before a body it only names keeps its
/// voice ("Sudan's army said" is read as one name; "Seoul said Pyongyang's army …" names no body right after it).
/// </summary>
internal static class PossessiveOwners
{
    /// <summary>Removes, in place, the countries (a sentence's references sorted by start, offsets in the document from
    /// `start`, the sentence's text s) that stand in the possessive right before a reference cited in the same role.</summary>
    public static void Drop(string s, int start, List<SourceRef> accepted)
    {
        for (var i = accepted.Count - 2; i >= 0; i--)
        {
            var (country, body) = (accepted[i], accepted[i + 1]);
            if (country is not { IsGroup: false, IsPronoun: false, RoleNoun: "government" } || country.Name != country.Country
                || country.Role == CitationRole.Mentioned || body.Role != country.Role || body.IsPronoun || body.Country is { } owner && owner != country.Country) continue;
            // "Sudan's", or "Belarus'" (a bare apostrophe after an s).
            var at = country.Span.End - start;
            var end = at + 2 < s.Length && s[at + 1] == 's' ? at + 2 : at + 1;
            if (at + 1 >= s.Length || !CountryName.IsPossessiveEnd(s, end) || !SourceText.IsWhiteSpace(s, end, body.Span.Start - start)) continue;
            accepted.RemoveAt(i);
        }
    }
}
