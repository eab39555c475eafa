namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>
/// Where the dateline a sentence opens with ends, with the white space after it: the dash forms the figure rules read
/// ("UNITED NATIONS (AP) — ", "KYIV, May 3 (Reuters) - ": <see cref="DatelineHeads"/>), and the colon forms of papers that
/// end the place with one: a place in capitals and a region or a date after a comma ("GOMA, DR Congo: "), or a place in
/// capitals the kit knows ("ISLAMABAD: "; "NATO: " is a speaker, not a place). Where a story was filed is no part of
/// what happened, so a timeline's line starts after it.
/// </summary>
internal sealed class SummaryDateline(DatelinePlaces places)
{
    // How far into a sentence a dateline's colon may stand.
    private const int Reach = 60;

    /// <summary>Where the text after the dateline s opens with starts; 0 when it opens with none, or with nothing after it.</summary>
    public int Length(string s)
    {
        var lead = 0;
        while (lead < s.Length && char.IsWhiteSpace(s[lead])) lead++;
        if (lead == s.Length || !char.IsUpper(s[lead])) return 0;
        var head = DatelineHeads.Length(s.AsSpan(lead));
        // "Strength: Uganda - 20,000 troops; …": a fact box's label and item, not a place before its dash.
        if (head > 0 && s.AsSpan(lead, head).Contains(':')) return 0;
        if (head == 0) head = Colon(s, lead);
        if (head == 0) return 0;
        var end = lead + head;
        while (end < s.Length && char.IsWhiteSpace(s[end])) end++;
        return end < s.Length ? end : 0;
    }

    // The length of a colon dateline at s[lead..], colon included; 0 when there is none.
    private int Colon(string s, int lead)
    {
        var colon = s.IndexOf(':', lead, Math.Min(Reach, s.Length - lead));
        if (colon < 0 || colon + 1 >= s.Length || !char.IsWhiteSpace(s[colon + 1])) return 0;
        var head = s.AsSpan(lead, colon - lead);
        var comma = head.IndexOf(',');
        var place = (comma < 0 ? head : head[..comma]).Trim();
        var capitals = 0;
        foreach (var c in place)
            if (char.IsUpper(c)) capitals++;
            else if (c is not (' ' or '.' or '-' or '\'' or '’')) return 0;
        if (capitals < 3) return 0;
        if (comma < 0) return places.Country(lead == 0 ? s : s[lead..]) is not null ? colon + 1 - lead : 0;
        // "DR Congo", "North Kivu", "Oct 7": a few words that open in capitals or digits, in title case.
        var after = head[(comma + 1)..].Trim();
        var words = 0;
        foreach (var range in after.Split(' '))
            if (after[range] is { IsEmpty: false } word && (++words > 3 || !(char.IsUpper(word[0]) || char.IsDigit(word[0])))) return 0;
        return words > 0 && after.ContainsAnyInRange('a', 'z') ? colon + 1 - lead : 0;
    }
}
