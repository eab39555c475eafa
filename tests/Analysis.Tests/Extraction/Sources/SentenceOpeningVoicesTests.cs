namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice noun that opens its sentence is capitalised only for that reason ("Analysts say …", "Witnesses said …"): it is the
/// same unnamed voice as in lower case, named as the text names it. Inside a sentence a capitalised noun is part of a name.
/// </summary>
public class SentenceOpeningVoicesTests
{
    [Theory]
    [InlineData("Analysts say about 4,000 soldiers have crossed the river.", "analysts")]
    [InlineData("Witnesses said a column of 60 trucks carried some 900 troops north.", "witnesses")]
    [InlineData("Residents told reporters that 200 soldiers had taken over the school.", "residents")]
    [InlineData("Diplomats say the mission will shrink to 1,500 peacekeepers.", "diplomats")]
    [InlineData("\"Experts believe the brigade has only 2,000 men left,\" the paper wrote.", "experts")]
    public void A_voice_noun_opening_the_sentence_is_the_unnamed_voice(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Not cited: the voices are counted or placed, not quoted.
    [InlineData("Observers from six countries will watch the drill of 12,000 troops.")]
    // Inside the sentence the capitalised noun belongs to a name.
    [InlineData("About 300 soldiers left, the Joint Monitors Group said.")]
    public void A_capitalised_voice_noun_that_is_not_cited_or_opens_no_sentence_is_no_voice(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source is "observers" or "monitors");
}
