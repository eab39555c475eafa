namespace Analysis.Extraction;

/// <summary>
/// A non-state group named as the one that attacked ("when rebels attacked the camp", "after militants ambushed a convoy"):
/// the harm's agent, not the force a military body's figure counts.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // Whether a verb of attacker_verbs follows text[at] (after one space, perhaps after one filler such as "had" or "also").
    private bool Attacker(string text, int at, int end)
    {
        if (!Spaced(text, at)) return false;
        if (kindWords.AttackerVerbs.EndOfPhraseAt(text, at, end) > 0) return true;
        return speakerVerbFillers.EndOfPhraseAt(text, at, end) is var filler and > 0 && Spaced(text, filler)
            && kindWords.AttackerVerbs.EndOfPhraseAt(text, filler, end) > 0;
    }
}
