namespace Analysis.Extraction;

/// <summary>
/// "Petraeus foresees withdrawing the roughly 30,000 extra troops sent to Iraq ... That would leave about 130,000 U.S.
/// troops": a figure whose sentence and context bound no owner (and that is not of several owners or none) counts the
/// troops the story goes on to name, when the owner is the one the next figures name and the only owner of the document's
/// figures. A story of two sides ("Russia ... Ukraine ...") leaves it without one; so do the dead and wounded, which a side
/// counts of its enemy too, unless a later figure tells the same number again; so does a sentence of several nations' troops ("the nearly 3,100 troops that ten countries put
/// forward", TroopCountFinder.NamesSeveralNations).
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private static void LaterOwner(List<TroopCount> counts, List<bool> ownerless)
    {
        string? only = null;
        foreach (var count in counts)
        {
            if (count.Subject is null) continue;
            if (only is not null && only != count.Subject) return;
            only = count.Subject;
        }
        if (only is null) return;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i].Subject is not null || ownerless[i]) continue;
            // The dead and wounded take a later owner only from the same number told again ("5 SUDANESE SOLDIERS KILLED IN
            // YEMEN" over "Five Sudanese soldiers have been killed ...": the lead repeats the headline's figure).
            if (counts[i].Kind == TroopKind.Casualties)
            {
                for (var j = i + 1; j < counts.Count; j++)
                {
                    if (counts[j].Provenance.Sentence - counts[i].Provenance.Sentence > LaterSentences) break;
                    if (counts[j].Subject is null || counts[j].Provenance.Sentence == counts[i].Provenance.Sentence || !SameNumber(counts[i], counts[j])) continue;
                    counts[i] = counts[i] with { Subject = counts[j].Subject };
                    break;
                }
                continue;
            }
            // The nearest later figure with an owner, in the next few sentences.
            for (var j = i + 1; j < counts.Count; j++)
            {
                if (counts[j].Provenance.Sentence - counts[i].Provenance.Sentence > LaterSentences) break;
                // A later figure of its own sentence was weighed by the finder already ("150,000 troops massed near the border,
                // while the Belarusian defence ministry said 13,000 soldiers ...": the ministry's are not the drills' whole).
                if (counts[j].Subject is null || counts[j].Provenance.Sentence == counts[i].Provenance.Sentence) continue;
                counts[i] = counts[i] with { Subject = counts[j].Subject };
                break;
            }
        }
    }

    private static bool SameNumber(TroopCount a, TroopCount b) =>
        a.Value is { } v ? v == b.Value : a.Low is { } low && low == b.Low && a.High == b.High;

    // How far after a figure the owner it carries back may be named: its sentence and the next few (a headline's figure and
    // the lead under it).
    private const int LaterSentences = 3;
}
