namespace Analysis.Extraction;

/// <summary>
/// The ministry a minister the document names heads, for "the ministry" that no ministry named before stands for: "Russia's
/// defence minister, Sergei Shoigu, ordered the troops back. …, the ministry said" (the Russian Defense Ministry). Copy names
/// the minister once and his ministry after by its noun alone; the minister's title says which ministry ("defence minister",
/// "Minister of Defence"), his country whose. Only a minister of that sentence or the three before it, and one ministry only:
/// with two ministers' ministries named, "the ministry" may be either's. Read once all of a document's sentences are read.
/// </summary>
internal sealed class MinistersMinistries(MinistryFinder ministries)
{
    // How many sentences back a minister may be named.
    private const int Reach = 3;

    /// <summary>Gives, in place, a ministry description that has no fallback of its own the ministry of the minister named before it.</summary>
    public void Resolve(string text, IReadOnlyList<SourceRef>[] refs)
    {
        for (var i = 0; i < refs.Length; i++)
        {
            SourceRef[]? rewritten = null;
            for (var j = 0; j < refs[i].Count; j++)
            {
                var r = refs[i][j];
                if (r is not { IsPronoun: true, RoleNoun: "ministry", Fallback: null, Role: not CitationRole.Mentioned } || !r.Name.StartsWith("the ", StringComparison.Ordinal)
                    || HeadedMinistry(text, refs, i, r.Span.Start) is not { } ministry
                    // "the defence ministry" is a defence minister's only.
                    || r.Name != "the ministry" && ministries.Named(r.Name["the ".Length..], ministry.Country!)?.Name != ministry.Name) continue;
                rewritten ??= [.. refs[i]];
                rewritten[j] = r with { Fallback = ministry with { Span = r.Span, Role = r.Role } };
            }
            if (rewritten is not null) refs[i] = rewritten;
        }
    }

    // The one ministry that the ministers named before `at` (in its sentence, or the Reach sentences before) head; null when
    // none does or two differ.
    private SourceRef? HeadedMinistry(string text, IReadOnlyList<SourceRef>[] refs, int sentence, int at)
    {
        SourceRef? found = null;
        for (var h = sentence; h >= 0 && h >= sentence - Reach; h--)
            foreach (var p in refs[h])
            {
                if (p is not { IsPerson: true, IsPronoun: false, IsGroup: false, RoleNoun: "minister" } || h == sentence && p.Span.Start >= at) continue;
                var title = text[TitleStart(text, p.Span.Start)..p.Span.End];
                // A minister of a ministry but of no country the kit read may head the one meant as well.
                if (p.Country is not { } country) { if (ministries.HeadsMinistry(title)) return null; continue; }
                if (ministries.HeadedBy(title, country) is not { } ministry) continue;
                if (found is not null && found.Name != ministry.Name) return null;
                found = ministry;
            }
        return found;
    }

    // Where the capitalised title right before a name starts ("German Defence Minister Boris Pistorius", whose reading may be the
    // name alone): up to six words back, capitalised or "of" and "the" between them; `at` when there is none.
    private static int TitleStart(string text, int at)
    {
        var start = at;
        for (var words = 0; words < 6; words++)
        {
            var e = start;
            while (e > 0 && text[e - 1] == ' ') e--;
            var b = e;
            while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '-' or '\'' or '’')) b--;
            if (e == start || b == e || !(char.IsUpper(text[b]) || text.AsSpan(b, e - b) is "of" or "the")) break;
            start = b;
        }
        return start;
    }
}
