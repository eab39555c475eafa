namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that gives a count by a verb of giving ("pointed to", "had given a toll of", "placed … at", "listed", a participle
/// "putting … at" after its own clause), or whose auxiliary a phrase of time parts from its verb ("had in December estimated",
/// "has so far said", "had at the time said"), is the figure's origin: before, the figure had none. A verb of placing that moves
/// what it counts ("placed 800 soldiers under NATO command", "placing 2,000 troops along the border") and an act after the same
/// phrase of time ("had in December sent") still give no voice. The sentences are ours.
/// </summary>
public class GivingVerbsAndTimePhrasesTests
{
    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelensky pointed to about 12,000 North Korean soldiers in the region.", 12000, "Volodymyr Zelensky")]
    [InlineData("The Pentagon had given a toll of about 1,200 North Korean soldiers killed or wounded.", 1200, "Pentagon")]
    [InlineData("The Pentagon placed North Korean losses at about 4,000 soldiers killed or wounded.", 4000, "Pentagon")]
    [InlineData("Britain's Ministry of Defence listed about 3,000 soldiers of the brigade as due to go home.", 3000, "British Defense Ministry")]
    [InlineData("The Pentagon gave a higher estimate on Monday, putting North Korean losses at about 4,000 soldiers.", 4000, "Pentagon")]
    [InlineData("The Pentagon had in December estimated North Korean losses at about 1,200 soldiers.", 1200, "Pentagon")]
    [InlineData("The Pentagon has so far said that some 11,000 North Korean soldiers were sent to Kursk.", 11000, "Pentagon")]
    [InlineData("The Pentagon had at the time said that about 10,000 North Korean troops were in Russia.", 10000, "Pentagon")]
    [InlineData("Defense Secretary Lloyd Austin had in October said that about 2,000 U.S. troops would leave Romania.", 2000, "Lloyd Austin")]
    // Near misses: shapes already read keep their voice.
    [InlineData("The Pentagon puts the number of North Korean troops in Russia at about 10,000.", 10000, "Pentagon")]
    [InlineData("The Pentagon had already said that about 10,000 North Korean troops were in Russia.", 10000, "Pentagon")]
    // A verb of placing whose count no particle of place follows says something.
    [InlineData("Pyongyang itself has put names to only about 350 of its dead soldiers.", 350, "North Korea")]
    public void The_giver_is_the_origin(string text, double value, string origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    [InlineData("Britain's Ministry of Defence placed 800 soldiers under NATO command.", 800)]
    [InlineData("The Pentagon placed the brigade's 3,000 soldiers under NATO command.", 3000)]
    [InlineData("The Pentagon has placed 2,000 troops on heightened alert.", 2000)]
    [InlineData("The army moved north on Monday, placing 2,000 troops along the border.", 2000)]
    [InlineData("The Pentagon acted on Monday, putting 2,000 troops on alert.", 2000)]
    [InlineData("The Pentagon had in December sent about 2,000 troops to Poland.", 2000)]
    [InlineData("Britain has so far sent 800 troops to Estonia.", 800)]
    [InlineData("Ukraine's army counts about 900,000 soldiers.", 900000)]
    // "still" is no phrase of time before a verb: a state that still counted troops had them.
    [InlineData("Two years ago France still counted more than 6,000 soldiers across Africa.", 6000)]
    public void Moving_or_acting_gives_no_voice(string text, double value) =>
        Assert.Null(Origin(text, value));
}
