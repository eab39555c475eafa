namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A request for troops split by the time or the occasion it was made ("asked in August for at least 40,000 more troops",
/// "called last week for 5,000 peacekeepers"): the troops asked for are not there yet. The words are the lexicon's
/// (figures.json: split_request_verbs, split_request_adjuncts, split_request_particles).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases splitRequestVerbs, splitRequestAdjuncts, splitRequestParticles;

    // A particle ("for") right before `at` (the figure or its filler), one adjunct of a time or an occasion right before it
    // and a verb of asking right before that: approval_words' "asked for" with the adjunct between its words.
    private bool SplitRequest(string text, int segmentStart, int at) =>
        splitRequestParticles.StartOfPhraseBefore(text, segmentStart, at) is var particle and >= 0
        && splitRequestAdjuncts.StartOfPhraseBefore(text, segmentStart, particle) is var adjunct and >= 0
        && splitRequestVerbs.StartOfPhraseBefore(text, segmentStart, adjunct) >= 0;
}
