namespace Analysis.Tests.Timeline;

using Analysis.Timeline;

/// <summary>
/// A timeline's line says what happened, not where the story was filed: the dateline a sentence opens with goes, in its dash
/// forms and in the colon forms of papers that end the place with one.
/// </summary>
public class SummaryDatelineTests
{
    [Theory]
    [InlineData("PORT LOUIS (AP) — About 800 marines landed at the northern harbour on Friday, the navy said.", "About 800 marines landed at the northern harbour on Friday, the navy said")]
    [InlineData("VALLETTA, March 3 (Reuters) - Some 600 sailors left the base, officials said.", "Some 600 sailors left the base, officials said")]
    [InlineData("Port Louis - Some 600 sailors left the base on Monday.", "Some 600 sailors left the base on Monday")]
    [InlineData("MAPUTO, Mozambique: Around 1,200 soldiers crossed into the province this week.", "Around 1,200 soldiers crossed into the province this week")]
    [InlineData("NAIROBI: Around 1,200 soldiers crossed into the province this week.", "Around 1,200 soldiers crossed into the province this week")]
    // Near misses: a speaker before a colon, a fact box's label, a place that opens the sentence's clause.
    [InlineData("NATO: about 1,200 soldiers crossed into the province this week.", "NATO: about 1,200 soldiers crossed into the province this week")]
    [InlineData("UN experts: about 1,200 soldiers crossed into the province.", "UN experts: about 1,200 soldiers crossed into the province")]
    [InlineData("Strength: Borduria - 2,000 troops; Ruritania - 900 troops.", "Strength: Borduria - 2,000 troops; Ruritania - 900 troops")]
    [InlineData("Mozambique said around 1,200 soldiers crossed into the province.", "Mozambique said around 1,200 soldiers crossed into the province")]
    public void A_summary_starts_after_the_dateline(string sentence, string summary) =>
        Assert.Equal(summary, EventSummarizer.Default.Summarize(sentence));
}
