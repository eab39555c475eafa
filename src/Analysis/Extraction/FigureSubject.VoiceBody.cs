namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Whether the state body a figure's voice is may own the figure's troops, when nothing else names an owner: not where its
/// sentence counts an event's whole ("the joint drills with Belarus involved 12,700 troops": everyone in them, whoever's),
/// nor where it names a non-state force whose people they may be (the same gates as a body cited in the figure's sentence).
/// </summary>
internal sealed partial class TroopCountFinder
{
    public bool VoiceMayOwn(string text, Sentence sentence)
    {
        if (kindWords.EventTotalWords.Any(text, sentence.Start, sentence.End)) return false;
        foreach (var m in kindWords.ArmedGroupNouns.Find(text, sentence.Start, sentence.End))
            if (!Attacker(text, m.Span.End, sentence.End)) return false;
        return true;
    }
}
