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
    private static string? VoiceStateBody(Attribution? attribution, int sentences, string? origin)
    {
        if (attribution is null || origin is null) return null;
        for (var s = 0; s < sentences; s++)
            foreach (var r in attribution.RefsOf(s))
            {
                var named = r.Name == origin ? r : r.Fallback is { } f && f.Name == origin ? f : null;
                // Not the country itself as the voice ("Seoul estimates the force at 15,000"): a state counts others' troops too.
                if (named is { Kind: SourceKind.Military or SourceKind.Government, Country: { } country, IsPerson: false } && named.Name != country)
                    return country;
            }
        return null;
    }
}
