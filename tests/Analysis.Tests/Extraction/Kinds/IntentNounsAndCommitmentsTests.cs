namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops still to come as contributors' announcements word them: a noun of intent before the infinitive that governs the
/// figure ("its commitment to contribute", "its willingness to lead a mission by sending", "the green light to
/// deploy"), a go-ahead given for a number ("gave the green light for 700 troops"), and a commitment told in the present
/// perfect ("have committed 2,000 more soldiers") or as a state before a sending gerund ("is committed to sending 750"). A
/// commitment of a history's simple past, or troops there now, stay as they were.
/// </summary>
public class IntentNounsAndCommitmentsTests
{
    [Theory]
    [InlineData("Untitled\n\nGabon announced its commitment to contribute 650 gendarmes to the regional brigade.", 650d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nFiji had earlier voiced its willingness to lead a mission by sending 450 soldiers.", 450d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe senate gave the green light to deploy 900 marines to the coast.", 900d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe assembly gave the green light for 700 troops to join the mission.", 700d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe cabinet has given the go-ahead for 1,400 soldiers to reinforce the brigade.", 1_400d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nBoth governments have committed 2,500 extra soldiers to the mission, the statement said.", 2_500d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe island state has committed 180 police officers to the force.", 180d, EstimateStatus.Planned)]
    // Near misses: a commitment of a history's simple past sent its troops; troops there now; a noun of intent the figure is
    // not governed by.
    [InlineData("Untitled\n\nThe republic committed about 600 infantry to the offensive that week.", 600d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nSome 1,300 soldiers arrived on Monday, showing the country's commitment to the mission.", 1_300d, EstimateStatus.Current)]
    public void An_intent_noun_or_a_commitment_before_the_troops_is_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    [InlineData("Untitled\n\nThe president said his government is committed to sending 750 gendarmes to the island.", 750d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe foreign ministry said Fiji has committed to providing 120 personnel.", 120d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nSeveral Pacific states have committed to sending over 1,100 troops.", 1_100d, EstimateStatus.Planned)]
    // Near misses: troops a state has sent, with its commitment named after them; a gerund of supply with no plan before it.
    [InlineData("Untitled\n\nSome 640 troops landed on Sunday, and the country remains committed to the mission.", 640d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe island has been providing 210 police officers to the force since 2019.", 210d, EstimateStatus.Current)]
    public void A_commitment_to_a_sending_gerund_is_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);
}
