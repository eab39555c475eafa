namespace Analysis.Extraction;

using System.Buffers;
using System.Text.RegularExpressions;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "Police numbers are also being increased from 20 to 26 officers", "France, which is halving its force of some 5,000 soldiers
/// to between 2,500 and 3,000", "we're going down to 8,500": a change of a force's level told in the present progressive is still
/// under way, so the level it goes to is not reached yet (planned) and the level it starts from is the one there now (current),
/// as the force a planned change starts from. Not the size of the change ("is strengthening the force by 1,500") nor a toll.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly Regex progressiveChangeTo = lexicon.Regex("progressive_change_to", RegexOptions.IgnoreCase);
    private readonly Regex progressiveChangeFrom = lexicon.Regex("progressive_change_from", RegexOptions.IgnoreCase);
    private readonly SearchValues<string>? progressiveChangeVerbStarts = ProgressiveChangeVerbStarts(lexicon);

    // How far before the figure, in its sentence, the auxiliary of the change is looked for.
    private const int ProgressiveChangeReach = 140;

    private void ProgressiveChanges(Document document, List<TroopCount> counts)
    {
        var text = document.Text;
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts[i];
            if (count.Kind is TroopKind.Casualties || count.Status == EstimateStatus.Planned) continue;
            var sentence = document.Sentences[count.Provenance.Sentence];
            var at = count.Provenance.Span.Start;
            if (at <= sentence.Start || at > sentence.End) continue;
            var before = text.AsSpan(Math.Max(sentence.Start, at - ProgressiveChangeReach), at - Math.Max(sentence.Start, at - ProgressiveChangeReach));
            if (!MayChangeProgressively(progressiveChangeVerbStarts, before)) continue;
            if (count.Status == EstimateStatus.Current && progressiveChangeTo.IsMatch(before))
                counts[i] = count with { Status = EstimateStatus.Planned };
            else if (count.Status == EstimateStatus.Earlier && progressiveChangeFrom.IsMatch(before))
                counts[i] = count with { Status = EstimateStatus.Current };
        }
    }

    // Both patterns hold a verb of progressive_change_verbs, its first word as written in any case: text with none of those
    // words cannot match them, and most figures' text has none. The pattern's case folding and OrdinalIgnoreCase agree on
    // ASCII letters only, so text with a character past ASCII is always read by the patterns.
    internal static bool MayChangeProgressively(SearchValues<string>? verbStarts, ReadOnlySpan<char> before) =>
        verbStarts is not { } verbs || before.ContainsAnyExceptInRange('\0', '\u007f') || before.ContainsAny(verbs);

    // The first word of each verb (the patterns read a phrase's spaces as any white space); none when a word has other than
    // ASCII letters and hyphens (an apostrophe is matched as either one), so that the gate is never narrower than the patterns.
    internal static SearchValues<string>? ProgressiveChangeVerbStarts(Lexicon lexicon)
    {
        var starts = new List<string>();
        foreach (var verb in lexicon.Words("progressive_change_verbs"))
        {
            var first = verb.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var word, ..] ? word : "";
            if (first.Length == 0 || !first.All(c => char.IsAsciiLetter(c) || c == '-')) return null;
            starts.Add(first);
        }
        return starts.Count == 0 ? null : SearchValues.Create([.. starts.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
    }
}
