namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// "North Korean troops have suffered 4,000 casualties. Of these, around 1,000 are believed to have been killed", "... 4,000
/// have been killed, wounded or captured. Around 1,000 of them are believed to have been killed": a casualty count that opens
/// the sentence after a casualty toll and counts "them" is a part of that toll (kind subset), as it is in one sentence.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    // "Of these ,", "Among them ,": a part's lead opening its sentence (case matters: the capital tells the sentence's start).
    private readonly AdjacentPhrases tollPartOpeners = AdjacentPhrases.Of(lexicon, "toll_part_openers", ignoreCase: false);
    // "of them", "of these": right after the part's number.
    private readonly AdjacentPhrases tollPartEllipsis = AdjacentPhrases.Of(lexicon, "ellipsis_after");

    // Marks as subset a casualty count that is the first figure of its sentence, smaller than a casualty toll that is the last
    // figure of the sentence right before, with a lead of toll_part_openers right before it or "of them" (ellipsis_after) right
    // after its number. Not a toll whose own noun names casualties ("Of these, 300 casualties were ...": another toll).
    private void TollPartsAfter(string text, List<TroopCount> counts)
    {
        for (var i = 1; i < counts.Count; i++)
        {
            var (whole, part) = (counts[i - 1], counts[i]);
            if (part.Kind != TroopKind.Casualties || whole.Kind != TroopKind.Casualties || whole.Provenance.Sentence != part.Provenance.Sentence - 1
                || whole.Value is not { } total || (part.Value ?? part.High) is not { } value || value >= total) continue;
            var span = part.Provenance.Span;
            if (text.AsSpan(span.Start, span.End - span.Start).Contains("casualt", StringComparison.OrdinalIgnoreCase)) continue;
            var before = SourceText.SkipWhiteSpaceBack(text, span.Start, Math.Max(0, span.Start - 40));
            var numberEnd = span.Start + part.Phrase.Length;
            var counted = (before < span.Start && tollPartOpeners.StartOfPhraseBefore(text, Math.Max(0, span.Start - 40), before) >= 0)
                || (numberEnd < text.Length && text.AsSpan(span.Start, part.Phrase.Length).SequenceEqual(part.Phrase) && char.IsWhiteSpace(text[numberEnd])
                    && tollPartEllipsis.EndOfPhraseAt(text, numberEnd, Math.Min(text.Length, numberEnd + 20)) > 0);
            if (counted) counts[i] = part with { Kind = TroopKind.Subset };
        }
    }
}
