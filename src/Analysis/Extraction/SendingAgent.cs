namespace Analysis.Extraction;

using System.Runtime.CompilerServices;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Whose troops a figure counts when its sentence says who sends or holds them: the subject of a verb right before
/// the figure ("Pyongyang had already sent around 1,500 troops", "Wagner has at least 2,600 fighters", "Kim Jong Un
/// has decided to send 1,000 sappers") or the agent after it ("10,000 troops sent by Pyongyang"). The subject is the
/// nearest country, or known source with a country, named before the verb that is neither part of a cited source's
/// name nor a place ("in the Russian Far East"); a demonym standing as an adjective ("Russian officials") is not a subject. A known
/// source with no country there ("NATO") is the subject, and its troops' owner is not said.
/// The words are the lexicon's: <c>owner_verbs</c>, <c>owner_fillers</c>, <c>destination_prepositions</c>,
/// <c>agent_prepositions</c>, <c>articles</c>, <c>region_adjectives</c> (Data/lexicon/figures.json).
/// </summary>
internal sealed class SendingAgent
{
    private static readonly ConditionalWeakTable<Lexicon, SendingAgent> Cache = new();

    private readonly AdjacentPhrases verbs, movingVerbs, movedFrom, fillers, placePrepositions, agentPrepositions, articles, regions, usStates;
    // The country a US state's name stands for: the United States, by the name countries.json gives it.
    private readonly string? unitedStates;

    private SendingAgent(Lexicon lexicon)
    {
        verbs = AdjacentPhrases.Of(lexicon, "owner_verbs");
        movingVerbs = AdjacentPhrases.Of(lexicon, "moving_verbs");
        movedFrom = AdjacentPhrases.Of(lexicon, "moved_from");
        fillers = AdjacentPhrases.Of(lexicon, "owner_fillers");
        agentPrepositions = AdjacentPhrases.Of(lexicon, "agent_prepositions");
        var agents = lexicon.Words("agent_prepositions").ToHashSet(StringComparer.OrdinalIgnoreCase);
        placePrepositions = new AdjacentPhrases(lexicon.Words("destination_prepositions").Where(p => !agents.Contains(p)));
        articles = AdjacentPhrases.Of(lexicon, "articles");
        regions = AdjacentPhrases.Of(lexicon, "region_adjectives");
        usStates = AdjacentPhrases.Of(lexicon, "us_states", ignoreCase: false);
        unitedStates = lexicon.Countries.FirstOrDefault(c => c.Aliases.Contains("USA"))?.Name;
    }

    /// <summary>
    /// The United States when a US state's name (list <c>us_states</c>) starts a word of text[from..to): "300 Texas Guard
    /// members", "the 800 D.C. Guard troops", or the sender: "West Virginia is sending 300 to 400 Guard members".
    /// </summary>
    public string? StateIn(string text, int from, int to) => StateAt(text, from, to) < to ? unitedStates : null;

    // Where the first US state's name of text[from..to) starts.
    private int StateAt(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (char.IsUpper(text[i]) && (i == 0 || !CueIndex.IsWordCharacter(text[i - 1])) && usStates.EndOfPhraseAt(text, i, to) > 0) return i;
        return to;
    }

    public static SendingAgent For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new SendingAgent(l));

    /// <summary>
    /// The country whose troops the figure at <paramref name="quantity"/> (the whole mention: <paramref name="figure"/>)
    /// counts, as the verb before or after it says, or null when no verb says it or its subject has no country.
    /// </summary>
    public string? OwnerOf(string text, int start, int end, TextSpan quantity, TextSpan figure,
        IReadOnlyList<CountryMention> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> sources, IReadOnlyList<TextSpan> cited)
    {
        var at = quantity.Start;
        for (var i = 0; i < 3 && fillers.StartOfPhraseBefore(text, start, at) is var filler and >= 0; i++) at = filler;
        if (verbs.StartOfPhraseBefore(text, start, at) is var verb and >= 0)
            return Subject(text, start, verb, countries, sources, cited, out var found) ? found : null;
        return Agent(text, figure.End, end, countries, sources);
    }

    /// <summary>
    /// Whether the figure at <paramref name="quantity"/> is the object of a verb that moves troops between places
    /// (<c>moving_verbs</c>: "will move 1,000 troops from Germany"), so "from" after it names a place, not their owner.
    /// </summary>
    public bool IsMoved(string text, int start, TextSpan quantity)
    {
        var at = quantity.Start;
        for (var i = 0; i < 3 && fillers.StartOfPhraseBefore(text, start, at) is var filler and >= 0; i++) at = filler;
        return movingVerbs.StartOfPhraseBefore(text, start, at) >= 0;
    }

    /// <summary>
    /// Whether the place at <paramref name="at"/> is where troops are moved from: "from" or "out of" (list <c>moved_from</c>),
    /// perhaps "the", right before it, and a verb of <c>moving_verbs</c> earlier in its clause ("The plan would withdraw
    /// 2,000 troops from Germany"), so the place is not their owner. Read only where such a preposition stands.
    /// </summary>
    public bool IsMovedFrom(string text, int start, int at)
    {
        if (at <= start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && article > start && char.IsWhiteSpace(text[article - 1])) at = article;
        if (movedFrom.StartOfPhraseBefore(text, start, at) is not (var from and >= 0)) return false;
        for (var i = from - 1; i >= start && from - i <= MovedFromReach; i--)
        {
            // A clause break, not the separator of "2,000" or "4.5".
            if (text[i] is ',' or ';' or ':' or '.' && char.IsWhiteSpace(text[i + 1])) return false;
            if (CueIndex.IsWordCharacter(text[i]) && (i == start || !CueIndex.IsWordCharacter(text[i - 1]))
                && movingVerbs.EndOfPhraseAt(text, i, from) is var e and > 0 && (e == text.Length || !CueIndex.IsWordCharacter(text[e])))
                return true;
        }
        return false;
    }

    // How far before "from" the moving verb is looked for: "would withdraw about half of the 14,000 U.S. troops from".
    private const int MovedFromReach = 70;

    // The nearest actor before the verb: countries by name, capital or possessive, and sources the gazetteer knows.
    private bool Subject(string text, int start, int verb, IReadOnlyList<CountryMention> countries,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> sources, IReadOnlyList<TextSpan> cited, out string? country)
    {
        var best = (End: -1, Country: (string?)null);
        CountryMention? previous = null, before = null;
        foreach (var c in countries)
        {
            if (!c.IsAdjective && c.Span.End <= verb && c.Span.End > best.End && IsActor(text, start, c.Span, cited))
                (best, before) = ((c.Span.End, c.Country.Name), previous);
            previous = c;
        }
        // "Together, India and China have more than 100,000 troops": two names joined by "and" are one actor of a mixed
        // total, owned by neither alone.
        if (before is { IsAdjective: false } pair && countries.FirstOrDefault(c => c.Span.End == best.End) is { } last && pair.Span.End < last.Span.Start
            && text.AsSpan(pair.Span.End, last.Span.Start - pair.Span.End).Trim().SequenceEqual("and"))
            best = (best.End, null);
        foreach (var (span, entry) in sources)
            if (span.End <= verb && span.End > best.End && IsActor(text, start, span, cited))
                best = (span.End, entry.Country);
        // "West Virginia is sending 300 to 400 Guard members", "South Carolina Gov. Henry McMaster said he would send 200":
        // a US state named before the verb, nearer than any country, acts for the United States.
        // Not a state that is a place ("Officials in Washington say the regime is sending ...").
        if (best.End < 0 && StateAt(text, start, verb) is var state && state < verb && !IsPlace(text, start, state)) best = (verb, unitedStates);
        country = best.Country;
        return best.End >= 0;
    }

    // A country that is itself the cited voice still acts ("Germany said it would send 3,000 troops"); one inside a
    // cited source's name does not ("South Korea's spy agency said the North had sent 15,000").
    private bool IsActor(string text, int start, TextSpan span, IReadOnlyList<TextSpan> cited) =>
        !cited.Any(m => m != span && m.Contains(span)) && !IsPlace(text, start, span.Start);

    // "in the Russian Far East", "to eastern Ukraine": a preposition of place, then an article or a compass word.
    private bool IsPlace(string text, int start, int at)
    {
        foreach (var words in (AdjacentPhrases[])[articles, regions, articles])
            if (words.StartOfPhraseBefore(text, start, at) is var before and >= 0) at = before;
        return placePrepositions.StartOfPhraseBefore(text, start, at) >= 0;
    }

    // "10,000 troops sent by Pyongyang": a verb and "by" right after the figure, then the actor.
    private string? Agent(string text, int from, int end, IReadOnlyList<CountryMention> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> sources)
    {
        if (verbs.EndOfPhraseAt(text, from, end) is not (var verb and >= 0)) return null;
        if (agentPrepositions.EndOfPhraseAt(text, verb, end) is not (var by and >= 0)) return null;
        if (articles.EndOfPhraseAt(text, by, end) is var article and >= 0) by = article;
        var next = by;
        while (next < end && char.IsWhiteSpace(text[next])) next++;
        foreach (var c in countries)
            if (!c.IsAdjective && c.Name.Start == next) return c.Country.Name;
        foreach (var (span, entry) in sources)
            if (span.Start == next) return entry.Country;
        return null;
    }
}
