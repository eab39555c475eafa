namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes of session 22's second figures lane: the participants of a military exercise the sentence before names,
/// and (below) counts of troops counted just before. Each family has rows where the same words count
/// something else or nothing.
/// </summary>
public class FigureShapesS22bTests
{
    [Theory]
    [InlineData("The drills began on Monday in the Baltic Sea. A total of 65,000 will take part, the ministry said.", 65_000d)]
    [InlineData("The exercise opens next week near the border. Some 13,000 are expected to take part, officials said.", 13_000d)]
    [InlineData("Russia and Belarus will hold joint manoeuvres in September. About 12,000 will be involved.", 12_000d)]
    public void Counts_the_participants_of_an_exercise_named_before(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("The marathon began on Monday in the city. A total of 65,000 will take part, the organisers said.")]
    [InlineData("The minister urged both sides to exercise restraint. Some 13,000 are expected to take part in the talks.")]
    [InlineData("The drills began on Monday in the Baltic Sea. A total of 65,000 tickets were sold, the organisers said.")]
    public void Does_not_count_participants_of_other_events(string passage) =>
        Assert.Empty(Counts(passage));
}
