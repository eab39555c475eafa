namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// "The United States will withdraw about 12,000 troops from Germany. Some 6,400 are to return home and about 5,600 will
/// shift to other NATO countries": two later figures whose values add up to a figure counted just before are its breakdown,
/// parts of that force (kind subset), not new estimates, whatever words join them.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    // How many sentences after the whole its parts may stand, and how far their sum may miss it, in thousandths of it (rounded
    // figures: "about 6,400" and "some 5,600" of "11,900"): settings parts_reach and parts_tolerance_per_mille.
    private readonly int partsReach = lexicon.Setting("parts_reach");
    private readonly double partsTolerance = lexicon.Setting("parts_tolerance_per_mille") / 1000.0;
    // A part whose own verb tells a movement ("1,000 arrived and 2,000 left") is no share of the whole, whatever the sum.
    private readonly AdjacentPhrases partMovementVerbs = AdjacentPhrases.Of(lexicon, "part_movement_verbs");
    // Smaller wholes add up by chance too often ("three killed and two wounded" of five can be a breakdown, or not).
    private const double SmallestWhole = 100;

    // Marks as subset each pair of figures after a whole, in its sentence or the parts_reach after, of its kind (troops on hand,
    // or dead and wounded), each smaller than it and not an addition to it ("3,000 more"), whose values add up to it. Not a
    // pair with a figure of an earlier time than the whole ("now 10,000, up from 6,000 after 4,000 arrived": where it started),
    // nor a part told by a verb of movement right after it ("On Monday 1,000 arrived and 2,000 left").
    private void PartsOfWhole(string text, List<TroopCount> counts, List<bool> increments)
    {
        for (var w = 0; w < counts.Count; w++)
        {
            var whole = counts[w];
            if (whole.Value is not { } total || whole.Kind is not (TroopKind.Deployment or TroopKind.Casualties)) continue;
            var last = w + 1;
            while (last < counts.Count && counts[last].Provenance.Sentence <= whole.Provenance.Sentence + Math.Max(partsReach, wordedPartsReach)) last++;
            for (var a = w + 1; a < last; a++)
            {
                if (!Part(text, counts[a], increments[a], whole)) continue;
                for (var b = a + 1; b < last; b++)
                {
                    // Both parts in one sentence, told at the whole's time.
                    if (counts[b].Provenance.Sentence != counts[a].Provenance.Sentence) continue;
                    if (!Part(text, counts[b], increments[b], whole) || Math.Abs(counts[a].Value!.Value + counts[b].Value!.Value - total) > total * partsTolerance) continue;
                    // (A small whole, or parts of two countries, only when the breakdown says so: WordedBreakdown.)
                    if ((total < SmallestWhole || NationalShares(counts[a], counts[b]) || counts[a].Provenance.Sentence > whole.Provenance.Sentence + partsReach)
                        && !WordedBreakdown(text, counts[a])) continue;
                    counts[a] = counts[a] with { Kind = TroopKind.Subset };
                    counts[b] = counts[b] with { Kind = TroopKind.Subset };
                }
            }
        }
    }

    // "about 14,000 troops ... Some 9,000 US troops and 5,000 Filipino counterparts will take part": two parts that are each
    // another country's troops are the nations' own contributions to a joint force, each a deployment of its own, whatever the
    // sum (a colon list or "of them" after the total still reads them as parts: "of them 9,000 American").
    private static bool NationalShares(TroopCount a, TroopCount b) =>
        a.Kind != TroopKind.Subset && b.Kind != TroopKind.Subset && a.Subject is { } first && b.Subject is { } second && first != second;

    // "2,680 members of the force and 596 police officers had been repatriated, 3,276 uniformed personnel in all", "..., a total of
    // 3,276": a total closed by a word of totals (total_after after its mention, total_before right before its number) adds up
    // the two figures right before it in its sentence, of its kind and time; they are its parts (kind subset).
    private readonly AdjacentPhrases totalAfter = AdjacentPhrases.Of(lexicon, "total_after");
    private readonly AdjacentPhrases totalBefore = AdjacentPhrases.Of(lexicon, "total_before");

    private void PartsBeforeTotal(string text, List<TroopCount> counts, List<bool> increments)
    {
        for (var w = 2; w < counts.Count; w++)
        {
            var whole = counts[w];
            if (whole.Value is not { } total || total < SmallestWhole || whole.Kind is not (TroopKind.Deployment or TroopKind.Casualties) || !ClosingTotal(text, whole)) continue;
            var (a, b) = (w - 2, w - 1);
            if (counts[a].Provenance.Sentence != whole.Provenance.Sentence || counts[b].Provenance.Sentence != whole.Provenance.Sentence) continue;
            if (!Part(text, counts[a], increments[a], whole) || !Part(text, counts[b], increments[b], whole)
                || Math.Abs(counts[a].Value!.Value + counts[b].Value!.Value - total) > total * partsTolerance) continue;
            counts[a] = counts[a] with { Kind = TroopKind.Subset };
            counts[b] = counts[b] with { Kind = TroopKind.Subset };
        }
    }

    private bool ClosingTotal(string text, TroopCount whole)
    {
        var span = whole.Provenance.Span;
        var after = PhraseLiteral.SkipWhiteSpace(text, span.End, text.Length);
        return (after > span.End && totalAfter.EndOfPhraseAt(text, after, text.Length) > 0)
            || totalBefore.StartOfPhraseBefore(text, Math.Max(0, span.Start - 40), SourceText.SkipWhiteSpaceBack(text, span.Start, 0)) >= 0;
    }

    // The words PartsOfUncountedWholes reads a part taken from uncounted troops by ("of them"; "of the" before a possessor).
    private readonly AdjacentPhrases uncountedPartitives = AdjacentPhrases.Of(lexicon, "uncounted_partitives");
    private readonly AdjacentPhrases possessivePartitives = AdjacentPhrases.Of(lexicon, "possessive_partitive_leads");

    // Past the white space at text[at..], one word that ends in a possessive ("the North's", "Pyongyang’s"): where it ends, or -1.
    private static int PossessorEnd(string text, int at)
    {
        var i = PhraseLiteral.SkipWhiteSpace(text, at, text.Length);
        if (i == at) return -1;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])) ? i + 2 : -1;
    }

    // "Zelensky said 11,000 of them were already in Kursk", "Russia has put some 8,000 of the North's troops into Kursk": a part
    // taken, with no number of its own whole (list uncounted_partitives right after the figure, or one of
    // possessive_partitive_leads and a possessor: "of the North's"; no number but a date on in its clause), from
    // troops that no larger figure counts (none before it in the passage, none in its sentence) is no part of a counted force:
    // those troops somewhere, a deployment ("Roughly 900 of the peacekeepers" after "has about 13,000 peacekeepers" stays a part).
    private void PartsOfUncountedWholes(string text, List<TroopCount> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            var part = counts[i];
            // (A few picked out of a band the story tells of stay a part: "it was eight of the mercenaries who made the crew take off".)
            // (A vague part counts by its low end: "thousands of them", at least 2,000.)
            if (part.Kind != TroopKind.Subset || (part.Value ?? part.Low) is not { } value || value < SmallestWhole) continue;
            var at = PhraseStart(text, part);
            if (at < 0) continue;
            var after = PhraseLiteral.SkipWhiteSpace(text, at + part.Phrase.Length, text.Length);
            if (after == at + part.Phrase.Length) continue;
            var end = uncountedPartitives.EndOfPhraseAt(text, after, text.Length);
            if (end <= 0 && possessivePartitives.EndOfPhraseAt(text, after, text.Length) is var lead and > 0) end = PossessorEnd(text, lead);
            if (end <= 0) continue;
            var clauseEnd = text.IndexOfAny([',', ';', '.', ':', '(', '\n'], end);
            if (clauseEnd < 0) clauseEnd = text.Length;
            // (a number on in the clause is the whole's own, "of the North's 12,000 troops", or another part, "and 1,700 are sailors")
            if (NumberOtherThanDates(text.AsSpan(end, clauseEnd - end))) continue;
            if (!CountedByLarger(counts, i, value)) counts[i] = part with { Kind = TroopKind.Deployment };
        }
    }

    // Whether a figure larger than `value` (by its high end) stands before counts[i] in the passage, or anywhere in its sentence:
    // a whole the part may be of.
    private static bool CountedByLarger(List<TroopCount> counts, int i, double value)
    {
        for (var j = 0; j < counts.Count; j++)
            if (j != i && (j < i || counts[j].Provenance.Sentence == counts[i].Provenance.Sentence) && (counts[j].High ?? counts[j].Value ?? 0) > value)
                return true;
        return false;
    }

    // Whether a run of digits that is no date stands in the span ("of them served there between 1964 and March 23" has none: a
    // year, or a day of one or two digits after a capitalized word such as a month, tells when, not a number of troops). The
    // span is a clause cut at its first ',' or '.', so a run holds digits only.
    private static bool NumberOtherThanDates(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsDigit(span[i])) continue;
            var j = i;
            while (j < span.Length && char.IsDigit(span[j])) j++;
            var run = span[i..j];
            var year = run.Length == 4 && run[0] is '1' or '2' && int.Parse(run) is >= 1800 and <= 2100;
            var day = run.Length <= 2 && MonthBefore(span[..i]);
            if (!year && !day) return true;
            i = j;
        }
        return false;
    }

    // Whether the span ends in a capitalized word (and a space, or a point and a space): "March ", "Oct. ".
    private static bool MonthBefore(ReadOnlySpan<char> before)
    {
        var w = before.TrimEnd().TrimEnd('.');
        var k = w.Length;
        while (k > 0 && char.IsLetter(w[k - 1])) k--;
        return k < w.Length && char.IsUpper(w[k]) && w.Length - k >= 3;
    }

    private bool Part(string text, TroopCount part, bool increment, TroopCount whole) =>
        part.Value is { } value && value < whole.Value && !increment
        && (part.Kind == whole.Kind || part.Kind == TroopKind.Subset)
        && part.Status == whole.Status
        && partMovementVerbs.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, part.Provenance.Span.End, text.Length), text.Length) <= 0;
}
