namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that characterizes something is cited for its words: "X called the move a serious escalation" (an object, then
/// its complement; a person or a body, not a state by its name) and "in what X called an unprecedented withdrawal": a source of the story whose
/// sentence's figures stay the writer's. Not "called up 300,000 reservists" or "called for more troops", which say nothing.
/// </summary>
public class CharacterizingVoicesTests
{
    [Theory]
    [InlineData("The bloc is pulling out its 9,000 peacekeepers in what Secretary-General Maria Lind called a hasty retreat.", "Maria Lind")]
    [InlineData("Some 4,000 marines are in the region to fight what the White House calls narco-terrorists.", "White House")]
    [InlineData("Defence Minister Ivan Petrov called the arrival of 2,000 foreign troops a grave provocation.", "Ivan Petrov")]
    [InlineData("The Eritrean defence ministry called the 5,000 troops at the border a threat to peace.", "Eritrean Defense Ministry")]
    [InlineData("Foreign Minister Ana Duarte branded the deployment an act of aggression, as 800 soldiers crossed the border.", "Ana Duarte")]
    public void A_characterizing_voice_is_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("The bloc is pulling out its 9,000 peacekeepers in what Secretary-General Maria Lind called a hasty retreat.", 9000)]
    [InlineData("Defence Minister Ivan Petrov called the arrival of 2,000 foreign troops a grave provocation.", 2000)]
    public void The_figure_a_voice_characterizes_stays_the_writers(string text, double value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    [InlineData("President Ivan Petrov called up 300,000 reservists on Wednesday.")]
    [InlineData("President Ivan Petrov called for 5,000 more troops to be sent to the front.")]
    [InlineData("President Ivan Petrov called a meeting on the 2,000 troops at the border.")]
    public void Calling_up_for_or_a_meeting_says_nothing(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Ivan Petrov");

    [Fact]
    public void A_state_that_gives_an_object_its_complement_is_no_voice() =>
        Assert.DoesNotContain(Mentions("Kyiv called the arrival of 900 Belarusian troops a provocation."), m => m.Source == "Ukraine");
}
