namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The speaker named after the figure with an aside that holds initials ("General Jane Roe, the commander of U.S. forces
/// in Africa, told a Senate hearing"; "a former U.N. investigator"), and names with an O' or D' ("Defence Secretary Des
/// O'Brien"), as wire copy writes them (AP, Reuters, Military.com). Sentences of our own.
/// </summary>
public class ApposedSpeakerTests
{
    [Theory]
    [InlineData("About 800 troops are on their way to Texas, Gen. Terrence Shaughnessy, commander of U.S. Northern Command, said.", "Terrence Shaughnessy")]
    [InlineData("Some 1,200 soldiers guard the bases, Jane Roe, the commander of U.S. forces in Africa, told a Senate hearing.", "Jane Roe")]
    [InlineData("Estimates range from 8,000 to 10,000 troops, Pierre Kalala, a former U.N. investigator, told Reuters.", "Pierre Kalala")]
    [InlineData("Some 600 troops will stay in Iraq, Defence Secretary Des O'Brien said.", "Des O'Brien")]
    [InlineData("About 800 troops are on their way to Texas, said Gen. Terrence O'Shaughnessy.", "Terrence O'Shaughnessy")]
    // An aside that holds a number's separators.
    [InlineData("Some 400 marines landed, Brigadier Jon Pike, head of the 3,000-strong 2nd Brigade, said.", "Jon Pike")]
    [InlineData("Some 400 marines landed, Jon Pike, commander of a force of 2.500 men, told reporters.", "Jon Pike")]
    // A relative clause that holds a number's separators, before the verb.
    [InlineData("Colonel Jon Pike, who commands the 1,300-strong battalion, said 300 more marines would land in May.", "Jon Pike")]
    public void The_speaker_after_the_aside_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The verb after the aside does not report.
    [InlineData("Jane Roe, the commander of U.S. forces in Africa, visited 2,000 troops near the border on Monday.", "Jane Roe")]
    // The aside ends at a sentence's full stop, not at an initial's.
    [InlineData("About 800 troops arrived, Jane Roe, the envoy of the U.S. The ministry said more would follow.", "Jane Roe")]
    // A number's separators are no aside's end: a verb past the whole aside still does not report.
    [InlineData("Jon Pike, head of the 3,000-strong 2nd Brigade, visited 400 marines on Monday.", "Jon Pike")]
    [InlineData("Jon Pike, who commands the 1,300-strong battalion, visited 400 marines on Monday.", "Jon Pike")]
    public void Not_a_speaker(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
