namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "Seoul puts the number of North Korean troops at 11,000", "Western estimates put the deployment at 12,000", "the ministry
/// estimated its losses at 300": after a verb of estimating (list <c>estimate_at_verbs</c>) the figure that follows "at" counts
/// the noun phrase between the verb and "at". That phrase says whose troops they are; the one who puts the figure (the verb's
/// subject) does not, since a state often counts another's troops.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases estimateAtVerbs;

    // How many words the counted noun phrase may have ("the number of Chinese nationals involved in the war").
    private const int EstimatedThingWords = 14;

    /// <summary>
    /// Where the noun phrase that a figure right after "at" counts lies (from the end of the verb of estimating to "at"), or
    /// (-1, -1) when the figure is not that verb's "at" object.
    /// </summary>
    private (int From, int To) EstimatedThing(string text, int start, TextSpan quantity)
    {
        var at = quantity.Start;
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (at - 2 < start || text[at - 1] != 't' || text[at - 2] != 'a' || (at - 3 >= start && CueIndex.IsWordCharacter(text[at - 3])) || at == quantity.Start)
            return (-1, -1);
        var to = at - 2;
        var words = 0;
        for (var i = to - 1; i > start && words <= EstimatedThingWords; i--)
        {
            // The verb stays in the figure's clause.
            if (text[i] is ';' or ':' or '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1])) return (-1, -1);
            if (!char.IsWhiteSpace(text[i]) || !CueIndex.IsWordCharacter(text[i - 1])) continue;
            words++;
            if (estimateAtVerbs.StartOfPhraseBefore(text, start, i) is var verb and >= 0 && (verb == start || !CueIndex.IsWordCharacter(text[verb - 1])))
                return text.AsSpan(i, to - i).IsWhiteSpace() ? (-1, -1) : (i, to);
        }
        return (-1, -1);
    }

    /// <summary>
    /// The owner the counted noun phrase text[from..to) names: a demonym or possessive in it ("the number of Chinese nationals",
    /// "Russia's troops"), a country after "of" or "from" ("the number of troops from Chad"), the people of a plural demonym
    /// ("Cubans"), or the country "its" stands for ("its losses": the last actor before it). Not a country after a
    /// partner word or a place ("the troops in the joint exercise with Belarus", "recruits in Russian units"). <paramref name="several"/>: two owners.
    /// </summary>
    private string? EstimatedThingOwner(string text, int start, int from, int to, IReadOnlyList<CountryMention> countries, out bool several)
    {
        several = false;
        string? owner = null;
        foreach (var c in countries)
        {
            if (c.Name.Start < from || c.Span.End > to || CompoundMember(text, c, countries) || agent.InAName(text, c, to)) continue;
            if (AfterPartnerWord(text, start, c.Span.Start)) continue;
            var of = originPrepositions.StartOfPhraseBefore(text, start, c.Name.Start) is var o and >= 0 && Spaced(text, o, c.Name.Start);
            if (!c.IsDemonym && !c.Possessive && !of) continue;
            // "the number of Nepali recruits in Russian units": where they serve is not whose they are.
            if (!of && IsDestination(text, start, c.Name.Start)) continue;
            if (owner is not null && owner != c.Country.Name)
            {
                several = true;
                return null;
            }
            owner = c.Country.Name;
        }
        if (owner is not null) return owner;
        if (agent.PeopleIn(text, from, to) is { } people) return people;
        // "its losses": a state's; "their number" is the troops' own, read from the context like a phrase with no owner.
        if (PronounIn(text, from, to) is var pronoun and >= 0 && text.AsSpan(pronoun).StartsWith("its", StringComparison.OrdinalIgnoreCase))
            foreach (var c in countries)
                if (c.Span.End <= pronoun && !IsDestination(text, start, c.Name.Start)) owner = c.Country.Name;
        return owner;
    }
}
