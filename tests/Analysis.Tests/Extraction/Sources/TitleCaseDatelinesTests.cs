namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A dateline whose place is one word in title case ("Washington (Reuters) -"), or whose agency writes its initials in lower
/// case ("Berlin (dpa) -"), credits the story as "BERLIN (AP) -" does: the outlet is a source of the story, not of its
/// figures. Near misses: a bracket after several title-case words with no date, and a bracket of a place. The sentences are ours.
/// </summary>
public class TitleCaseDatelinesTests
{
    [Theory]
    [InlineData("Berlin (dpa) - The chancellor has ordered 4,000 more soldiers to Lithuania.", "dpa")]
    [InlineData("Warsaw (Reuters) - The government will move 2,500 troops to the eastern border.", "Reuters")]
    public void The_credited_outlet_is_a_source_of_the_story_not_of_its_figure(string text, string outlet)
    {
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
        Assert.Contains(Mentions(text), m => m.Source == outlet);
    }

    // Near miss: an outlet that speaks is the figure's source.
    [Fact]
    public void An_outlet_that_reports_the_figure_is_its_source() =>
        Assert.Equal("Reuters", Assert.Single(Counts("The government will move 2,500 troops to the eastern border, Reuters reported.")).AttributedTo);
}
