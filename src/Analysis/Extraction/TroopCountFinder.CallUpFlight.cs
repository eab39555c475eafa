namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Men who leave their country as a call-up begins are not troops, nor a force that withdraws: "some 90,000 men have fled
/// since the mobilisation", "tens of thousands of citizens fleeing the draft", "about 40,000 citizens entered Finland in the
/// week after the call-up". A number counts people, whatever its noun, when its own clause, after its people's noun, holds a
/// verb of flight (call_up_flight_verbs) and the page names a call-up anywhere (call_up_flight_context), or a verb of leaving
/// or crossing into a place (call_up_exit_verbs, then call_up_exit_places or a capitalized name) and the sentence or the one
/// just before names a call-up. The noun may be "men" (a troop noun elsewhere: "1,500 men left Mali" is a withdrawal, and no
/// call-up is named there), never a soldier's ("500 soldiers fled across the border" are troops), and the clause must not say
/// they go to serve ("to fight", "to join").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PhraseMatcher callUpFlightVerbs, callUpExitVerbs, callUpFlightContext;
    private readonly AdjacentPhrases callUpExitPlaces;

    // How far before the sentence the call-up may be named: about the sentence before.
    private const int CallUpFlightContextReach = 300;

    private static (PhraseMatcher Flight, PhraseMatcher Exit, AdjacentPhrases Places, PhraseMatcher Context) CallUpFlightWords(Lexicon lexicon) =>
        (PhraseMatcher.Of(lexicon, ["call_up_flight_verbs"]), PhraseMatcher.Of(lexicon, ["call_up_exit_verbs"]),
            AdjacentPhrases.Of(lexicon, "call_up_exit_places"), PhraseMatcher.Of(lexicon, ["call_up_flight_context"]));

    // `noun`: where the troop noun right after the number ends (nounAfter), or -1.
    private bool FledCallUp(string text, int start, int end, Quantity q, int noun)
    {
        var from = q.Span.End;
        // Its noun, when it has a troop noun of its own, must be plain "men".
        if (noun >= 0)
        {
            if (!SourceText.EndsWithWords(text.AsSpan(from, noun - from).TrimEnd(), "men")) return false;
            from = noun;
        }
        var limit = ClauseEndAfter(text, from, end, 80, ",;:");
        if (limit <= from || text.AsSpan(from, limit - from).ContainsAnyInRange('0', '9')) return false;
        // A verb of flight needs the call-up named anywhere on the page ("300 men fled the fighting" in a page of no call-up may be
        // soldiers routed).
        foreach (var flight in callUpFlightVerbs.Find(text, from, limit))
            if (!ServeAfter(text, from, flight.Span.End, end)) return callUpFlightContext.Any(text, 0, text.Length);
        foreach (var exit in callUpExitVerbs.Find(text, from, limit))
        {
            var place = PhraseLiteral.SkipWhiteSpace(text, exit.Span.End, end);
            var placed = text.AsSpan(exit.Span.Start, exit.Span.End - exit.Span.Start).EndsWith("border", StringComparison.OrdinalIgnoreCase)
                || (place > exit.Span.End && place < end && (char.IsUpper(text[place]) || callUpExitPlaces.EndOfPhraseAt(text, place, end) > 0));
            if (placed && !ServeAfter(text, from, exit.Span.End, end) && callUpFlightContext.Any(text, Math.Max(0, start - CallUpFlightContextReach), end))
                return true;
        }
        return false;
    }

    // Whether the people's clause up to a little past their verb says they go to serve ("crossed into Karabakh to fight"); what
    // comes later ("since the army mobilized") is another clause's.
    private bool ServeAfter(string text, int from, int verbEnd, int end) => service.Says(text, from, Math.Min(end, verbEnd + 30));
}
