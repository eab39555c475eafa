namespace Analysis.Extraction;

// "Rep. Kim of the ruling party and Rep. Park of the opposition told reporters …. Citing the agency, the lawmakers said …": a
// plural that takes up two named people who relay together stands for the first named, not the last (the DevSet header: two
// named lawmakers who relay together give the first named as the via, both being sources). Where the pair itself relays in its
// sentence, the chain keeps both, as before.
internal sealed partial class Attribution
{
    // Longest text between the two names of a pair (a party or a title: "of the ruling party and opposition Rep.").
    private const int PairGap = 60;

    private void FirstOfPairs()
    {
        var text = document.Text;
        var pairs = new List<(int Sentence, SourceRef First, SourceRef Second)>();
        for (var s = 0; s < chains.Length; s++)
        {
            // The first may be left mentioned where a relative clause stands between the pair and its verb ("Rep. X and Rep. Y,
            // who sit on the committee, said"). Most sentences name fewer than two such people: counted first, without the
            // query's allocations (once per sentence of every document).
            var named = 0;
            foreach (var r in refs[s])
                if (PairMember(r) && ++named == 2) break;
            if (named < 2) continue;
            var people = refs[s].Where(PairMember).OrderBy(r => r.Span.Start).ToList();
            for (var i = 0; i + 1 < people.Count; i++)
            {
                var (first, second) = (people[i], people[i + 1]);
                if (first.Name == second.Name || second.Role != CitationRole.Speaker || second.Span.Start <= first.Span.End
                    || second.Span.Start - first.Span.End > PairGap) continue;
                var between = text[first.Span.End..second.Span.Start];
                if (between.Contains(',') || between.Contains('"') || between.Contains('“') || Words(between).Count(w => w == "and") != 1) continue;
                pairs.Add((s, first, second));
            }
        }
        // "…, the lawmakers said" after the pair, or "according to two lawmakers" just before the sentence that names them: the plural
        // that took up the last named stands for the first named.
        foreach (var (s, first, second) in pairs)
            for (var t = Math.Max(0, s - 2); t < chains.Length && t <= s + 6; t++)
            {
                if (t == s || pairs.Exists(p => p.Sentence == t && p.Second.Name != second.Name)) continue;
                var chain = chains[t];
                var at = chain.FindIndex(r => Plural(text[r.Span.Start..r.Span.End])
                    && (r is { IsPerson: true } && r.Name == second.Name
                        // "The lawmakers told reporters …", "according to two lawmakers who attended" left as the unnamed group
                        // of the pair's role (not "South Korean lawmakers", which may be others).
                        || r is { IsGroup: true, RoleNoun: { } noun } && closing.BriefedRoles.Contains(noun)
                            && TakesUpPair(text[r.Span.Start..r.Span.End])));
                if (at < 0) continue;
                var taken = chain[at];
                if (chain.All(c => c.Name != first.Name)) chain[at] = first with { Span = taken.Span, Role = taken.Role, IsPronoun = true };
                // "the lawmakers" taken up as both: the first named stays (not "they", which keeps both).
                else if (text[taken.Span.Start..taken.Span.End] is not ("they" or "They")
                    && chain.Exists(c => c.Name == first.Name && c.Span == taken.Span)) chain.RemoveAt(at);
            }
    }

    private static bool PairMember(SourceRef r) => r is { IsPerson: true, IsGroup: false, IsPronoun: false, Role: CitationRole.Speaker or CitationRole.Mentioned };

    // "the lawmakers", "two lawmakers", "the two deputies": a plural description that takes up a pair named nearby.
    private static bool TakesUpPair(string words) => Words(words) is [var det, ..] && det.ToLowerInvariant() is "the" or "two" or "both" or "lawmakers" or "legislators";

    // "they", "the lawmakers", "the two deputies": a plural pronoun or description, not a name.
    private static bool Plural(string words) => words is "they" or "They"
        || words.Length > 1 && (char.IsLower(words[0]) || words.StartsWith("The ", StringComparison.Ordinal)) && words.EndsWith('s') && !words.EndsWith("'s");
}
