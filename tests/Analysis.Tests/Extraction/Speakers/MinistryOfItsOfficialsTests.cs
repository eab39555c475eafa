namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Defense Ministry officials said … . … , the ministry said.": a bare "the ministry" that no ministry named before it fits is the
/// ministry whose officials spoke before, of their country. Near miss: a ministry named before is the one "the ministry" takes
/// up, officials of another ministry between them or not. The pages are ours.
/// </summary>
public class MinistryOfItsOfficialsTests
{
    [Fact]
    public void The_ministry_is_the_one_whose_officials_spoke() =>
        Assert.Equal("Japanese Defense Ministry", Of(
            "Troops head south\n\nTOKYO (AP) - The cabinet approved the plan on Friday.\n\nDefense Ministry officials said the mission would include about 600 engineers.\n\n"
            + "Japan already has 300 medics in the region. With the new troops, the deployment will grow to about 900 by June, the ministry said.\n", 900).AttributedTo);

    [Fact]
    // One official, named by his ministry before his noun: the voice's span holds the noun alone.
    public void The_ministry_is_the_one_whose_official_spoke() =>
        Assert.Equal("Japanese Foreign Ministry", Of(
            "Engineers to leave in spring\n\nTOKYO (AP) - The cabinet approved the plan on Friday.\n\nA Foreign Ministry official said the mission would include about 450 engineers.\n\n"
            + "With medics added, the deployment will grow to about 700 by June, the ministry said.\n", 700).AttributedTo);

    [Fact]
    // Near miss: a ministry cited by name before.
    public void A_ministry_named_before_is_taken_up() =>
        Assert.Equal("Japanese Foreign Ministry", Of(
            "Troops head south\n\nTOKYO (AP) - The cabinet approved the plan on Friday.\n\nThe Foreign Ministry said the mission would include about 600 engineers.\n\n"
            + "Defense Ministry officials said 300 more would follow.\n\nThe deployment will grow to about 1,200 by June, the ministry said.\n", 1200).AttributedTo);
}
