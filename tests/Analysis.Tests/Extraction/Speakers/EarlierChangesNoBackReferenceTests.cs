namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure noun in the next sentence refers back to a figure that cites no one and gives it that sentence's voice ("… . The
/// ministry said the figure could rise."), but not when a verb in the past perfect acts on it ("… . The cut follows an order of
/// March, when the Pentagon said it had doubled the number."): that is a count of before. The sentences are ours.
/// </summary>
public class EarlierChangesNoBackReferenceTests
{
    [Theory]
    [InlineData("The pullout will leave fewer than 1,500 U.S. troops in Iraq. It follows an order of March, when the Pentagon said it had doubled the number.")]
    [InlineData("About 700 Dutch soldiers will stay in Lithuania. The cut comes after Defence Minister Ruben Brekelmans announced in May that he had raised the number.")]
    public void A_count_changed_before_is_not_the_figure(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: the figure referred back to.
    [InlineData("About 700 Dutch soldiers will stay in Lithuania. The Dutch defence ministry said the number could still change.", "Dutch Defense Ministry")]
    public void The_figure_referred_back_to_takes_the_voice(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
