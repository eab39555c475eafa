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

    // "were among the" right after a part's mention, then one of casualty_words.
    private readonly AdjacentPhrases deadPartLinksAfter = AdjacentPhrases.Of(lexicon, "dead_part_links_after");
    private readonly AdjacentPhrases casualtyWordsAt = AdjacentPhrases.Of(lexicon, "casualty_words");
    // "killed 20 people": a toll counted in people or civilians is no whole of the soldiers among its dead.
    private readonly PhraseMatcher tollOfPeople = PhraseMatcher.Of(lexicon, ["dead_part_people_wholes", "civilian_words"]);

    // "A roadside bomb killed 12 soldiers ... Four Dutch soldiers were among the dead", "... killed 15 coalition troops. The agency
    // said four Emirati soldiers were among the dead": a casualty count whose mention is followed by "were among the" and a
    // casualty word is a part (kind subset) of a larger casualty toll of troops counted before it, in its sentence or the
    // parts_reach before, told at its time, of no other owner, whose mention has a noun of its own. Not soldiers among the dead of a
    // toll of people ("a bomb killed 20 people. Six soldiers were among the dead": a casualty count of its own).
    private void PartsOfCountedDead(string text, List<TroopCount> counts)
    {
        for (var i = 1; i < counts.Count; i++)
        {
            var part = counts[i];
            if (part.Kind != TroopKind.Casualties || part.Value is not { } value || !AmongTheDead(text, part)) continue;
            for (var j = i - 1; j >= 0 && counts[j].Provenance.Sentence >= part.Provenance.Sentence - partsReach; j--)
            {
                var whole = counts[j];
                if (whole.Kind != TroopKind.Casualties || !(whole.Value > value) || whole.Provenance.Span.End > part.Provenance.Span.Start
                    || whole.Status != part.Status || (whole.Subject is not null && part.Subject is not null && whole.Subject != part.Subject)
                    || whole.Provenance.Span.End - whole.Provenance.Span.Start <= whole.Phrase.Length
                    || tollOfPeople.Any(text, whole.Provenance.Span.Start, whole.Provenance.Span.End)) continue;
                counts[i] = part with { Kind = TroopKind.Subset };
                break;
            }
        }
    }

    // Whether a part's mention is followed by "were among the" and a casualty word.
    private bool AmongTheDead(string text, TroopCount part)
    {
        var span = part.Provenance.Span;
        var limit = Math.Min(text.Length, span.End + 40);
        var after = PhraseLiteral.SkipWhiteSpace(text, span.End, limit);
        return after > span.End && deadPartLinksAfter.EndOfPhraseAt(text, after, limit) is var among and > 0
            && casualtyWordsAt.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, among, limit), limit) > 0;
    }
}
