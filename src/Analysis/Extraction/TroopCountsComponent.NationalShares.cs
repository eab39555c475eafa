namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// "KFOR had 50,000 troops from 30 countries. The following countries sent soldiers: the United Kingdom (19,000 soldiers),
/// the United States (7,000), France (7,000)": figures each in brackets right after a country's name, two or more in one
/// sentence, after a total of no one country (a multinational force) in that sentence or the one before, are that total's
/// national shares (kind subset, each its country's), not new deployments. With no such total before ("Canada (600),
/// Fiji (180)" of contributions offered) they stay deployments.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private void NationalShares(string text, List<TroopCount> counts, IReadOnlyList<IReadOnlyList<CountryMention>> countries)
    {
        for (var a = 0; a < counts.Count; a++)
        {
            var sentence = counts[a].Provenance.Sentence;
            var last = a;
            while (last + 1 < counts.Count && counts[last + 1].Provenance.Sentence == sentence) last++;
            var shares = new List<int>();
            for (var i = a; i <= last; i++)
                if (counts[i].Kind == TroopKind.Deployment && counts[i].Subject is not null && BracketedAfterCountry(text, counts[i], countries[sentence]))
                    shares.Add(i);
            if (shares.Count >= 2 && MultinationalTotalBefore(counts, shares[0], sentence, shares.Max(i => counts[i].Value ?? counts[i].High ?? 0)))
                foreach (var i in shares) counts[i] = counts[i] with { Kind = TroopKind.Subset };
            a = last;
        }
    }

    // "France (7,000)", "Russia (approx. 3,000)": an opening bracket right before the figure, right after a country's name.
    private static bool BracketedAfterCountry(string text, TroopCount figure, IReadOnlyList<CountryMention> countries)
    {
        var at = SourceText.SkipWhiteSpaceBack(text, figure.Provenance.Span.Start, 0);
        if (at == 0 || text[at - 1] != '(') return false;
        at = SourceText.SkipWhiteSpaceBack(text, at - 1, 0);
        foreach (var c in countries)
            if (c.Span.End == at && !c.IsDemonym && !c.Possessive) return true;
        return false;
    }

    // A count of no one country's troops, larger than every share, in the shares' sentence before them or in the sentence before.
    private static bool MultinationalTotalBefore(List<TroopCount> counts, int first, int sentence, double largest)
    {
        for (var i = first - 1; i >= 0 && counts[i].Provenance.Sentence >= sentence - 1; i--)
            if (counts[i].Subject is null && counts[i].Kind == TroopKind.Deployment && counts[i].Value > largest) return true;
        return false;
    }
}
