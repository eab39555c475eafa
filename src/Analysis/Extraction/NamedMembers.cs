namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A country's members of a body whom the story names, for the unnamed one it cites too: "…, a South Korean lawmaker said on
/// Wednesday after the spy agency's briefing. … Lee Seong-kweun, a member of the intelligence committee, told reporters", a
/// headline's "Seoul lawmaker says" over the named lawmaker's words: wire and Korean copy cite the briefed lawmaker unnamed in
/// the headline or lead and by name below, and the unnamed lawmaker is the named one, no group of its own. The first member the
/// document names stands for one unnamed member ("a lawmaker"), and for unnamed lawmakers where the story names only one
/// ("according to Lee Seong-kweun, one of the lawmakers briefed"); lawmakers in the plural with several named are left to the
/// attribution, which reads them as all of those named. Only roles of one member among few (named_member_roles: "lawmaker");
/// a group of another country, one counted larger than the members named ("two lawmakers"), or one in a story naming no member
/// stays a group ("according to South Korean lawmakers who briefed journalists"). Read once all of a document's sentences are read.
/// </summary>
internal sealed class NamedMembers(Lexicon lexicon)
{
    private readonly HashSet<string> roles = lexicon.Words("named_member_roles").ToHashSet(StringComparer.Ordinal);

    // The words of number_words by their value, as NumberText reads them: "according to two lawmakers. One of them, Lee
    // Seong-kweun, said" counts more members than the story names, and the group stays.
    private readonly Dictionary<string, int> counts = lexicon.Words("number_words").Where(w => NumberText.TryParseWords(w, out _))
        .ToDictionary(w => w, w => (int)NumberText.Parse(w), StringComparer.OrdinalIgnoreCase);

    /// <summary>Gives, in place, each unnamed group of members the name of the first member of its role and country named.</summary>
    public void Resolve(string text, IReadOnlyList<SourceRef>[] refs)
    {
        Dictionary<string, SourceRef>? named = null;
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in refs)
            foreach (var r in sentence)
                if (r is { IsPerson: true, IsGroup: false, IsPronoun: false, RoleNoun: { } role } && roles.Contains(role))
                {
                    (named ??= new(StringComparer.Ordinal)).TryAdd(role, r);
                    people.Add(r.Name);
                }
        if (named is null) return;
        for (var i = 0; i < refs.Length; i++)
        {
            SourceRef[]? rewritten = null;
            for (var j = 0; j < refs[i].Count; j++)
                if (refs[i][j] is { IsGroup: true, IsPronoun: false, RoleNoun: { } role } group && named.TryGetValue(role, out var member)
                    && Counted(text, group.Span) <= people.Count && (people.Count == 1 || Singular(text, group.Span, role))
                    && (member.Country is null || group.Country is null || member.Country == group.Country))
                {
                    rewritten ??= [.. refs[i]];
                    rewritten[j] = Named(group, member);
                }
                // "According to the lawmakers, …" that no lawmaker before stands for falls back on the named one, not a group.
                else if (refs[i][j] is { IsPronoun: true, Fallback: { IsGroup: true, RoleNoun: { } fallbackRole } fallback } description
                    && named.TryGetValue(fallbackRole, out var fallbackMember) && (fallbackMember.Country is null || fallback.Country is null || fallbackMember.Country == fallback.Country))
                {
                    rewritten ??= [.. refs[i]];
                    rewritten[j] = description with { Fallback = Named(fallback, fallbackMember) };
                }
            if (rewritten is not null) refs[i] = rewritten;
        }
    }

    // The number a group's words, or the word right before them, count ("two lawmakers": 2), or 0 when they count none.
    private int Counted(string text, Corpus.TextSpan span)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = text.AsSpan(span.Start, span.Length);
        foreach (var range in words.Split(' '))
            if (lookup.TryGetValue(words[range], out var n)) return n;
        return SourceText.TryWordBefore(text, span.Start, 0, out var before, out _) && lookup.TryGetValue(before, out var count) ? count : 0;
    }

    // "a South Korean lawmaker", "Seoul lawmaker": one member, whichever of several the story names. Lawmakers in the plural with
    // several named are all of them, which the attribution reads as such ("South Korean lawmakers told Yonhap … Lawmakers Kim and
    // Lee had been briefed": via both).
    private static bool Singular(string text, Corpus.TextSpan span, string role) =>
        text.AsSpan(span.Start, span.Length).EndsWith(role, StringComparison.OrdinalIgnoreCase);

    private static SourceRef Named(SourceRef group, SourceRef member) =>
        group with { Name = member.Name, Kind = member.Kind, Country = member.Country ?? group.Country, IsGroup = false, IsPerson = true };
}
