namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The agent of a thing announced ("the partial call-up announced by President X") speaks for that thing; where another voice of
/// the sentence gives the figure ("the minister said that …"), that voice is its origin. Alone, the agent of the announced plan
/// still gives the plan's figures. The sentences are ours.
/// </summary>
public class AnnouncedThingAgentTests
{
    [Theory]
    [InlineData("Defence Minister Jan Kowal said that 20,000 reservists will be called up under the mobilisation announced by President Anna Nowak.", 20000, "Jan Kowal")]
    [InlineData("Defence Minister Jan Kowal said that 20,000 reservists will be called up under the decree signed by Anna Nowak.", 20000, "Jan Kowal")]
    // Near misses: the plan's announcer alone gives its figures; a figure announced by someone is theirs.
    [InlineData("The plan, announced by the Polish defence ministry on Monday, would call up 20,000 reservists.", 20000, "Polish Defense Ministry")]
    [InlineData("Some 20,000 reservists will be called up, as announced by President Anna Nowak.", 20000, "Anna Nowak")]
    public void The_announcer_of_a_thing_gives_no_figure_another_voice_gives(string text, double value, string origin) =>
        Assert.EndsWith(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo ?? "(none)", StringComparison.OrdinalIgnoreCase);
}
