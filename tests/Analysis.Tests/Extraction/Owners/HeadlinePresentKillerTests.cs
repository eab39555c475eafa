namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Headline-ese tells a killing in the present ("Israel kills more than 60 Hezbollah fighters", "Ukraine captures two North
/// Korean soldiers"): the country before the verb did the harm, and the dead are not its own, as with "killed". Their owner is
/// the demonym of the dead when there is one, none for an armed group's fighters. The sentences are ours.
/// </summary>
public class HeadlinePresentKillerTests
{
    [Theory]
    [InlineData("Turkey kills 45 PKK militants in air strikes on northern Iraq", 45, null)]
    [InlineData("Nigeria kills 30 Boko Haram fighters in Borno, army says", 30, null)]
    [InlineData("Ukraine captures three North Korean soldiers in Kursk region", 3, "North Korea")]
    // Near miss: a demonym of the dead owns them, whatever the verb.
    [InlineData("Ukrainian drones killed 80 Russian soldiers near the river", 80, "Russia")]
    public void Subject_of_the_dead(string headline, double value, string? subject) =>
        Assert.Equal(subject, Of(headline + "\n\nOfficials gave no further details on Monday.", value).Subject);
}
