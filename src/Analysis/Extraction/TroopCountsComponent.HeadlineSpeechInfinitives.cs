namespace Analysis.Extraction;

using System.Text.RegularExpressions;
using Analysis.Corpus;

/// <summary>
/// "White House says 200 troops to stay in the country", "Pentagon says 1,500 troops to deploy to the region": a headline that
/// gives its figure as a speaker's words, the troops the subject of a headline's infinitive, tells a plan (planned), as the same
/// headline with the speaker after it ("200 troops to stay ..., White House says") already reads. Not a casualty count, nor a
/// figure of the body.
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly Regex headlineSpeechBefore = lexicon.Regex("headline_speech_before", RegexOptions.IgnoreCase);
    private readonly Regex headlineSpeechInfinitiveAfter = lexicon.Regex("headline_speech_infinitive_after", RegexOptions.IgnoreCase);

    private void HeadlineSpeechInfinitives(Document document, List<TroopCount> counts)
    {
        var text = document.Text;
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts[i];
            if (count.Status != EstimateStatus.Current || count.Kind is TroopKind.Casualties) continue;
            var sentence = document.Sentences[count.Provenance.Sentence];
            var (start, end) = (count.Provenance.Span.Start, count.Provenance.Span.End);
            if (sentence.Paragraph != 0 || start <= sentence.Start || end > sentence.End) continue;
            if (headlineSpeechBefore.IsMatch(text.AsSpan(sentence.Start, start - sentence.Start))
                && headlineSpeechInfinitiveAfter.IsMatch(text.AsSpan(end, sentence.End - end)))
                counts[i] = count with { Status = EstimateStatus.Planned };
        }
    }
}
