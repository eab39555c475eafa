namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// "Senegal sent its first 1,300 soldiers across the border shortly after 7 June ... a force of 2,300 men was currently deployed",
/// "Zimbabwe first flew about 600 troops into Kinshasa ... will join about 3,000 Zimbabwean soldiers already in Congo": the first
/// stage of a build-up, told as sent, beside a larger count of the same troops there now, is the level the build-up has grown
/// past (earlier). Alone, or beside no larger current count ("The first 175 Bangladeshi soldiers reached Bunia, to be followed
/// by another 1,665"), it stays current; a first stage that left ("the first 3,000 Cubans left Luanda") is no build-up.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly HashSet<string> firstStageWords = lexicon.Words("first_stage_words").ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> firstStageVerbs = lexicon.Words("first_stage_verbs").ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> firstStageNouns = lexicon.Words("first_stage_nouns").ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> firstStageDeterminers = lexicon.Words("first_stage_determiners").ToHashSet(StringComparer.OrdinalIgnoreCase);

    private void FirstStages(Document document, List<TroopCount> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            var first = counts[i];
            if (first.Status != EstimateStatus.Current || first.Kind != TroopKind.Deployment || first.Subject is null || first.Value is not { } value
                || !FirstStage(document, first))
                continue;
            foreach (var other in counts)
                // (Not one of its own sentence: "sent its first 200 soldiers, joining 400 already there" adds the 200 to the 400.)
                if (other.Provenance.Sentence != first.Provenance.Sentence && other.Status == EstimateStatus.Current && other.Kind == TroopKind.Deployment && other.Value > value
                    && string.Equals(other.Subject, first.Subject, StringComparison.OrdinalIgnoreCase) && !FirstStage(document, other))
                {
                    counts[i] = first with { Status = EstimateStatus.Earlier };
                    break;
                }
        }
    }

    // The words right before the figure, in its sentence: "first" and a verb of sending ("first flew about 600"), a verb of
    // sending, a determiner and "first" ("sent its first 1,300"), or "first", a noun of a stage and "of" ("The first contingent,
    // of more than 10,000 men"): the lists first_stage_words, first_stage_verbs, first_stage_determiners, first_stage_nouns.
    private bool FirstStage(Document document, TroopCount count)
    {
        var text = document.Text;
        var start = document.Sentences[count.Provenance.Sentence].Start;
        var words = new List<string>(3);
        var i = count.Provenance.Span.Start;
        while (words.Count < 3)
        {
            while (i > start && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ',')) i--;
            var end = i;
            while (i > start && char.IsLetter(text[i - 1])) i--;
            if (i == end) break;
            words.Add(text[i..end]);
        }
        if (words.Count < 2) return false;
        if (firstStageVerbs.Contains(words[0]) && firstStageWords.Contains(words[1])) return true;
        if (words.Count < 3) return false;
        return (firstStageWords.Contains(words[0]) && firstStageDeterminers.Contains(words[1]) && firstStageVerbs.Contains(words[2]))
            || (words[0].Equals("of", StringComparison.OrdinalIgnoreCase) && firstStageNouns.Contains(words[1]) && firstStageWords.Contains(words[2]));
    }
}
