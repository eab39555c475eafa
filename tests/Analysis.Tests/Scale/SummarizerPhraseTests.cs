namespace Analysis.Tests.Scale;

using Analysis.Timeline;

/// <summary>
/// The summarizer finds the starts of a line's prepositional phrases once and, when it cuts the line at
/// one, keeps the earlier starts instead of searching the shorter line again: the two must agree.
/// </summary>
public class SummarizerPhraseTests
{
    // Written to put phrases next to each other, in other cases and across runs of white space.
    private static readonly string[] Written =
    [
        "Troops moved in  in   to the border from the north with supplies.",
        "Officials said\nIN\tMAY that units went to and from the front by rail.",
        "A convoy for  for the region, across\r\nthe river near the town by night.",
        "He spoke about it to them with care, during talks in Moscow on Friday.",
        "The report was sent via  email towards  the end of the day, before noon.",
    ];

    [Fact]
    public void A_line_cut_at_a_phrase_keeps_exactly_the_earlier_phrase_starts()
    {
        var cuts = 0;
        foreach (var sentence in PrefilterTests.Sentences().Concat(Written))
        {
            var starts = EventSummarizer.PhraseStarts(sentence);
            for (var i = 0; i < starts.Count; i++, cuts++)
                Assert.Equal(starts[..i], EventSummarizer.PhraseStarts(sentence[..starts[i]]));
        }
        Assert.True(cuts > 1000, $"{cuts} cuts");
    }
}
