namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline or a factbox label in capitals ("5 SUDANESE SOLDIERS KILLED IN YEMEN", blog and wire copies' headlines) says
/// nothing with its case, as a title-case headline does: its kind cues are read whatever their case.
/// </summary>
public class AllCapitalHeadlineKindsTests
{
    [Theory]
    [InlineData("5 SUDANESE SOLDIERS KILLED IN YEMEN\n\nKhartoum said on Tuesday it had lost soldiers.", 5d)]
    [InlineData("TWELVE PEACEKEEPERS WOUNDED IN MALI ATTACK\n\nThe mission said on Tuesday.", 12d)]
    public void Casualties_in_a_capital_headline_are_casualties(string document, double value) =>
        Assert.Equal(TroopKind.Casualties, Of(document, value).Kind);

    // A capital headline with no casualty word stays a deployment; and a short label is no headline to read so.
    [Theory]
    [InlineData("SUDAN SENDS 2,000 MORE TROOPS TO YEMEN\n\nKhartoum said on Tuesday.", 2_000d)]
    [InlineData("Troops\n\nThe army said 300 soldiers were sent to the LOST valley on Monday.", 300d)]
    public void Other_capital_lines_keep_their_kind(string document, double value) =>
        Assert.Equal(TroopKind.Deployment, Of(document, value).Kind);
}
