namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Agencies that share a credit joined by a hyphen: "NZPA-Reuter Nairobi -" (a New Zealand paper's credit before the dateline's
/// place), "SYDNEY (AAP-AFP) -", "AP-Reuters" opening a story. Each agency is a source of the story. Only when every part is an
/// outlet the gazetteer knows, or a short name agencies sign with (credit_names): "Jean-Pierre", "Al-Qaeda" or "NATO-led" are no credit.
/// </summary>
internal sealed class JoinedCredits(Func<string, bool> isAgency)
{
    // A joint credit names two or three agencies; more hyphens are a compound word.
    private const int MaxParts = 3;

    /// <summary>The agencies' spans (sentence spans) when the span `from`..`to` of sentence text s is agencies joined by hyphens, else null.</summary>
    public List<TextSpan>? Split(string s, int from, int to)
    {
        if (to - from < 4 || s.IndexOf('-', from, to - from) < 0) return null;
        var parts = new List<TextSpan>(MaxParts);
        var p = from;
        while (p < to)
        {
            var dash = s.IndexOf('-', p, to - p);
            var end = dash < 0 ? to : dash;
            if (end - p < 2 || !char.IsUpper(s[p]) || parts.Count == MaxParts) return null;
            for (var i = p; i < end; i++)
                if (!char.IsLetter(s[i])) return null;
            if (!isAgency(s[p..end])) return null;
            parts.Add(new TextSpan(p, end));
            p = end + 1;
            if (dash >= 0 && p >= to) return null;
        }
        return parts.Count >= 2 ? parts : null;
    }

    /// <summary>The agencies of a joint credit that opens sentence text s as its first word ("NZPA-Reuter Nairobi - …",
    /// "AP-Reuters - …"), as sentence spans, else null.</summary>
    public List<TextSpan>? Opening(string s)
    {
        var end = 0;
        while (end < s.Length && (char.IsLetter(s[end]) || s[end] == '-')) end++;
        return end < s.Length && s[end] is ' ' or ':' ? Split(s, 0, end) : null;
    }
}
