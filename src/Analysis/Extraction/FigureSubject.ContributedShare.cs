namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "China has contributed more than 40,000 UN peacekeepers", "Bangladesh has sent some 6,000 U.N. peacekeepers": a body of many
/// states named before the troop noun (list mission_body_words) makes a bare total a force of many contributors, but a country
/// that sends or contributes them (SendingAgent.ContributorOf) owns its share. "Allied" or "foreign" troops stay of many owners.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private string? ContributedShare(string text, int start, FigureCandidate figure, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources) =>
        figure.Quantity.Span.End < figure.Span.End && missionBodyWords.Any(text, figure.Quantity.Span.End, figure.Span.End)
            ? agent.ContributorOf(text, start, figure.Quantity.Span, countries, sources ?? [], masked)
            : null;
}
