namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// "The 300-strong rotation was deployed to a Lithuanian battalion", "150 soldiers attached to the Polish brigade": a demonym
/// on a unit noun that the troops join (after a word of joined_unit_leads) names the unit they serve in, not whose troops they
/// are: a country sends its own soldiers to "a" foreign unit, or attaches them to "the" one of its host.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private bool JoinedUnit(string text, int start, int end, CountryMention c) =>
        c.IsDemonym && Spaced(text, c.Span.End) && joinedUnitNouns.EndOfPhraseAt(text, c.Span.End, end) is var noun and > 0
        && (noun == end || !CueIndex.IsWordCharacter(text[noun]))
        && joinedUnitLeads.StartOfPhraseBefore(text, start, c.Span.Start) is var lead and >= 0 && Spaced(text, lead, c.Span.Start)
        && joinedUnitRefusals.StartOfPhraseBefore(text, start, lead) < 0;
}
