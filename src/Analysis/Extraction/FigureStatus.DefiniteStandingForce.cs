namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A force "the" names as the one that is there is counted now, whatever is still to come of it: "two-thirds of the 49,700
/// Soviet troops in Hungary are to be out by the end of the year", "the 35,000 Turkish soldiers in the north must stay", "the
/// withdrawal of the 50,000 troops would begin next Monday", "expected the roughly 133,000 US troops to be cut to less than
/// 100,000". The place it is in right after its mention (presence_places, then a capitalized name or "the" and one of
/// standing_place_nouns), or a part or a withdrawal of it right before "the" (standing_force_leads), tells that it is there.
/// Not one a verb of sending takes ("will send the 3,000 troops in reserve"), nor "the 3,000 troops will arrive in Poland"
/// (the place is the verb's), nor "the deployment of the 3,000 troops".
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly DefiniteStandingWords definiteStanding;

    private sealed class DefiniteStandingWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Leads = AdjacentPhrases.Of(lexicon, "standing_force_leads");
        public readonly AdjacentPhrases PlaceNouns = AdjacentPhrases.Of(lexicon, "standing_place_nouns");
    }

    // leads: whether a part or a withdrawal before "the" tells it too (else only the place after the mention does).
    private bool DefiniteStandingForce(string text, int segmentStart, int at, int figureEnd, int sentenceEnd, bool leads = true)
    {
        if (articles.StartOfPhraseBefore(text, segmentStart, at) is not (var article and >= 0) || !Spaced(text, article, at)) return false;
        if (sendVerbs.StartOfPhraseBefore(text, segmentStart, article) >= 0) return false;
        return (leads && definiteStanding.Leads.StartOfPhraseBefore(text, segmentStart, article) >= 0) || PlaceAfterMention(text, figureEnd, sentenceEnd);
    }

    // "in Hungary", "in the north", "there", "on the ground": where the troops of the mention ending at figureEnd are.
    private bool PlaceAfterMention(string text, int figureEnd, int sentenceEnd)
    {
        if (!Spaced(text, figureEnd)) return false;
        var from = PhraseLiteral.SkipWhiteSpace(text, figureEnd, sentenceEnd);
        if (presencePlaces.EndOfPhraseAt(text, from, sentenceEnd) is not (var place and > 0)) return false;
        // "there", "on the ground", "under arms": the phrase is a place of its own.
        if (place >= sentenceEnd || !char.IsWhiteSpace(text[place])) return true;
        var next = PhraseLiteral.SkipWhiteSpace(text, place, sentenceEnd);
        if (text.AsSpan(from, place - from).Contains(' ')) return true;
        // After a bare preposition: a capitalized name ("in Hungary") or "the" and a place noun ("in the north"); not "in two
        // waves", "in the coming weeks".
        if (next < sentenceEnd && char.IsUpper(text[next])) return true;
        return articles.EndOfPhraseAt(text, next, sentenceEnd) is var the and > 0 && Spaced(text, the)
            && definiteStanding.PlaceNouns.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, the, sentenceEnd), sentenceEnd) > 0;
    }
}
