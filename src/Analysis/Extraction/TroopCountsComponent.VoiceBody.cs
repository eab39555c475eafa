namespace Analysis.Extraction;

/// <summary>
/// Whose troops, when neither a figure's words nor its context say: the country of the state body whose voice the figure is
/// ("Britain's Ministry of Defence said it had begun writing to former soldiers. // Some 6,000 reservists will be called up ...
/// The ministry said"), however far from the figure attribution found it.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    // The country of the figure's origin when it is a military or a government body (a ministry, an army, a government; not a
    // person, an intelligence service, an outlet or the state itself, which count other countries' troops as often as their own): the country
    // of a reference of that name in the document.
    private static string? VoiceStateBody(string text, Attribution? attribution, int sentences, string? origin)
    {
        if (attribution is null || origin is null) return null;
        for (var s = 0; s < sentences; s++)
            foreach (var r in attribution.RefsOf(s))
            {
                // Named in the text as a body, not a group of its people ("Polish diplomats", "U.S. officials": people who speak of
                // others' troops) nor a description read from its sentence's country ("the army" beside "Chinese ships"); not the
                // country itself as the voice ("Seoul estimates the force at 15,000"): a state counts others' troops too.
                if (r.Name == origin && r is { Kind: SourceKind.Military or SourceKind.Government, Country: { } country, IsPerson: false, IsGroup: false, IsPronoun: false }
                    && r.Fallback is null && r.Name != country && Named(text, r.Span))
                    return country;
                // "Pentagon press secretary John Kirby ... up to 275 troops, he said": a person the passage names with an office of
                // a state (his ref's country), when nothing else says whose the troops are.
                if (r.Name == origin && r is { Kind: SourceKind.Official, Country: { } office, IsPerson: true, IsGroup: false, IsPronoun: false }
                    && r.Fallback is null)
                    return office;
            }
        return null;
    }

    // "the Ministry of Defence", "Britain's Ministry of Defence", "the IDF": a body's name (a capital after an article), not a
    // description in lower case ("the army said") that attribution reads from a country of its sentence ("aboard Chinese ships").
    private static bool Named(string text, Corpus.TextSpan span)
    {
        var at = span.Start;
        if (text.AsSpan(at, span.End - at).StartsWith("the ", StringComparison.OrdinalIgnoreCase)) at += 4;
        return at < span.End && char.IsUpper(text[at]);
    }
}
