using System.Runtime.CompilerServices;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Decides which numbers of a sentence count soldiers, and what they count. A number counts
/// soldiers when a troop noun follows it ("10,000 North Korean troops", "a 3,000-strong unit"),
/// when it is the amount of a troop noun before it ("a force of 10,000", "the number of troops at
/// 11,000"), when soldiers are killed or wounded ("1,200 were killed" in a sentence about troops), or
/// when it is a bare number set against a troop figure of the same sentence ("up from 3,000", "the
/// earlier estimate of 3,000"). Dates, years, percentages, money, ordinals and counts of other things
/// ("12 million people") are not troop counts. The words are the lexicon's (Data/lexicon/figures.json,
/// countries.json); the rules are built once per lexicon.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // Where troops are ("in the Kursk region", "to Russia"): a deployment only when no word of the figure's segment says
    // what happened to them ("killed three soldiers in the Kursk region" counts casualties).
    private const string Destination = "destination";
    private const string Casualty = "casualty_cues", ArmySize = "army_size_cues", Deployment = "deployment_cues", PossibleCue = "possible_cues", Place = "places", PlaceNoun = "place_nouns", Readiness = "readiness_cues", OtherCue = "other_cues", ForceName = "border_force_names";
    private static readonly ConditionalWeakTable<Lexicon, TroopCountFinder> Cache = new();


    /// <summary>The figure rules of <paramref name="lexicon"/>, built once per lexicon.</summary>
    public static TroopCountFinder For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new TroopCountFinder(l));

    /// <summary>
    /// Whether the last count of <paramref name="sentence"/> (a number that is no trap or year) is one of its troop
    /// <paramref name="figures"/>; null when it has no count.
    /// </summary>
    public bool? LastCountIsFigure(string text, Sentence sentence, IReadOnlyList<Quantity> quantities, List<FigureCandidate> figures)
    {
        // Read from the end: a number that starts no later than the count found cannot be the last, and is not tested for a
        // trap (the dear test). Only where the last count starts matters below.
        Quantity? last = null;
        for (var i = quantities.Count - 1; i >= 0; i--)
            if (quantities[i] is var q && (last is null || q.Span.Start > last.Span.Start)
                && !IsYear(q, false) && (q.Value ?? q.High ?? q.Low ?? MinimumCount) >= MinimumCount && !IsTrap(text, sentence.Start, sentence.End, q))
                last = q;
        if (last is null) return null;
        foreach (var f in figures)
            if (f.Quantity.Span.Start == last.Span.Start) return true;
        return false;
    }

    // Counts of ten and more: a number below is seldom what a count of people is read against ("sent 15,000 troops in two waves.
    // About 600 have died").
    private const double MinimumCount = 10;

    /// <summary>
    /// Whether <paramref name="sentence"/> names people who may be soldiers: a troop noun, a noun that counts troops in context
    /// ("engineers"), or the people of a country ("North Koreans"), beside a war place, a troop word or a casualty cue of its
    /// own ("engineers home from Kursk", "admits 14 deaths"; "Kim hosts 300 engineers at new Pyongyang factory" names none).
    /// </summary>
    public bool NamesPeopleWhoMayServe(string text, Sentence sentence) =>
        (possibleTroops.Any(text, sentence.Start, sentence.End) || peoplesOfCountries.Any(text, sentence.Start, sentence.End))
        && (warPlaces.Any(text, sentence.Start, sentence.End) || troopWords.Any(text, sentence.Start, sentence.End)
            || cues.Find(text, sentence.Start, sentence.End).Any(c => c.Label == Casualty));

    /// <summary>
    /// Whether <paramref name="sentence"/> speaks of soldiers: a troop word, a demonym before a unit word, or a military exercise,
    /// whose participants a number of the next sentence may count ("The drills began on Monday. A total of 65,000 will take part").
    /// </summary>
    public bool SpeaksOfTroops(string text, Sentence sentence, IReadOnlyList<CountryMention> countries) =>
        HasTroopWord(text, sentence.Start, sentence.End, countries) || exerciseNouns.Any(text, sentence.Start, sentence.End);

    // A sentence about soldiers: a troop word, or a demonym before a unit word ("a North Korean contingent").
    private bool HasTroopWord(string text, int start, int end, IReadOnlyList<CountryMention> countries)
    {
        if (troopWords.Any(text, start, end)) return true;
        foreach (var c in countries)
            if (c.IsAdjective && c.Span.End < end && char.IsWhiteSpace(text[c.Span.End]) && unitWords.EndOfPhraseAt(text, c.Span.End, end) > 0)
                return true;
        return false;
    }
}
