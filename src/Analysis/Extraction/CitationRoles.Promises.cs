namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A named person who promises an act on troops: "President Ana Ruiz promised last year to withdraw the 800 soldiers", "Prime
/// Minister Tomas Berg has pledged at the weekend to keep his country's 150 troops in the mission". A promise is a speech act that
/// names its maker (the DevSet header: a count inside a named person's promise is the promiser's), so its maker is a source of the
/// story though no verb of saying cites them; the count itself is the promiser's by the attribution's own promise reading. Only a
/// promise to keep, withdraw or cut troops (promised_acts, the acts of that reading): a promise of anything else ("promised to
/// hand over power") cites no one, nor does a country's or a body's pledge of troops, an unowned pledge by the header.
/// </summary>
internal sealed partial class CitationRoles
{
    // The verbs of promising (promise_verbs) and the acts on the maker's own troops a promise may be of (promised_acts).
    private readonly WordSet promiseVerbs;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> promisedActs;

    /// <summary>
    /// Whether the words after a person's name are, past the fillers of an acting verb ("has", "also", "last", a weekday or
    /// month), a promise verb, at most four words, then "to" and one of the promised acts ("promised on Friday to withdraw").
    /// </summary>
    public bool PromisesAct(ReadOnlySpan<char> after)
    {
        // The maker's name comes right before: only an acting verb's fillers may stand between it and the verb (any other word
        // may be a second voice, whose promise it is); the attribution's reading starts from a voice already found.
        var verb = VerbAfterFillers(after, 0, promiseVerbs);
        return verb.End > 0 && PromisedActs.ActEnd(after[verb.End..], promisedActs) >= 0;
    }
}
