namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// "The mission is set to include about 2,500 personnel", "The force will include around 1,000 soldiers from Chad": the verb
/// "include" right before a figure makes it a part only of a whole that is counted; a figure larger than every figure before it
/// in the passage sizes the force the verb's subject names, a deployment ("The 2,000 troops include about 300 from Ohio" stays a part).
/// </summary>
internal sealed partial class TroopCountsComponent
{
    // include_verbs: the verb forms of "include" (not "including", an aside after a counted force, nor "among them").
    private readonly AdjacentPhrases includeVerbs = AdjacentPhrases.Of(lexicon, "include_verbs");

    private void IncludedWithoutWhole(string text, List<TroopCount> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            var part = counts[i];
            if (part.Kind != TroopKind.Subset || (part.Value ?? part.Low) is not { } value) continue;
            var at = PhraseStart(text, part);
            if (at <= 0) continue;
            var before = SourceText.SkipWhiteSpaceBack(text, at, Math.Max(0, at - 40));
            if (before == at || includeVerbs.StartOfPhraseBefore(text, Math.Max(0, at - 40), before) < 0) continue;
            if (!CountedByLarger(counts, i, value)) counts[i] = part with { Kind = TroopKind.Deployment };
        }
    }
}
