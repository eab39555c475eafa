namespace Analysis.Extraction;

// Names across a document: one spelling per person, a group's named members, an informant named elsewhere.
internal sealed partial class Attribution
{
    // One person, one name: "Lee Seong-kweun", "Lee Seong Kweun" and "Lee Seongkweun" are named as the document first
    // spells them.
    private void OneSpelling()
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in refs)
            for (var i = 0; i < list.Count; i++)
                if (list[i] is { IsPerson: true } person)
                {
                    var key = SourceGazetteer.Spelling(person.Name);
                    if (!first.TryAdd(key, person.Name) && first[key] != person.Name) list[i] = person with { Name = first[key] };
                }
    }

    private void ExpandGroups()
    {
        var people = refs.SelectMany(r => r).Where(r => r.IsPerson && !r.IsPronoun && r.RoleNoun is not null).DistinctBy(r => r.Name).ToList();
        foreach (var chain in chains)
            for (var i = 0; i < chain.Count; i++)
            {
                var g = chain[i];
                if (!g.IsGroup || g.RoleNoun is null) continue;
                var named = people.Where(p => p.RoleNoun == g.RoleNoun && (p.Country is null || g.Country is null || p.Country == g.Country)).ToList();
                if (named.Count == 0) continue;
                chain.RemoveAt(i);
                chain.InsertRange(i, named.Where(n => chain.All(c => c.Name != n.Name)));
            }
    }

    private void ExtendOrigins()
    {
        var informantsOf = new Dictionary<string, List<SourceRef>>();
        foreach (var chain in chains)
        {
            var informants = chain.TakeWhile(r => r.Role == CitationRole.Informant).ToList();
            if (informants.Count == 0) continue;
            foreach (var r in chain.Skip(informants.Count))
                informantsOf.TryAdd(r.Name, informants);
        }
        foreach (var chain in chains)
        {
            if (chain.Count == 0 || chain[0].Role == CitationRole.Informant) continue;
            if (informantsOf.TryGetValue(chain[0].Name, out var informants))
                chain.InsertRange(0, informants.Where(x => chain.All(c => c.Name != x.Name)));
        }
    }
}
