namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A side's state body named by a possessive ("Syria's defence ministry", "Ukraine's general staff") tells of its own dead as the
/// side's demonym voice does ("the Syrian army"); not when the count before the sentence is of troops, whose dead the context owns.
/// Both ways.
/// </summary>
public class StateBodyOwnDeadTests
{
    [Theory]
    [InlineData("Untitled\n\nIsraeli jets struck positions near Damascus. Syria's defence ministry said four soldiers were killed.", 4, "Syria")]
    [InlineData("Untitled\n\nThe Ukrainian general staff said 12 soldiers were killed in the shelling.", 12, "Ukraine")]
    [InlineData("Untitled\n\nTurkish drones hit a convoy near the border. Iraq's armed forces said nine soldiers died.", 9, "Iraq")]
    public void A_side_possessive_body_tells_of_its_own_dead(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // The count before is of another side's troops: their dead, not the speaker's.
    [InlineData("Untitled\n\nNorth Korea has sent 11,000 troops to Russia. South Korea's military said 3,000 soldiers had been killed or wounded.", 3000, "North Korea")]
    // The troops' own demonym outweighs the voice.
    [InlineData("Untitled\n\nSyria's defence ministry said 40 Turkish soldiers were killed.", 40, "Turkey")]
    public void A_possessive_voice_does_not_take_others_dead(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A possessive of anything but a side's body is no voice: who did the harm does not own the dead.
    [InlineData("Untitled\n\nRussia's attack killed 30 soldiers, officials said.", 30)]
    public void A_possessive_of_no_body_is_no_voice(string text, double value) => Assert.NotEqual("Russia", Of(text, value).Subject);

    [Theory]
    // A semicolon's clause that names another country does not take the owner of a figure across it.
    [InlineData("Cambodia: 13 dead, five of them soldiers; Thai army says its toll is 20\n\nFighting went on along the border.", 5, "Thailand")]
    [InlineData("Kenya: 40 dead in the raid; Somali army says it lost 12 soldiers\n\nThe raid began at dawn.", 40, "Somalia")]
    public void An_owner_does_not_cross_a_semicolon_into_another_country(string text, double value, string wrong) => Assert.NotEqual(wrong, Of(text, value).Subject);

    [Theory]
    // Near misses: a clause that names no country, or only the same, or a place the troops go, still shares the owner.
    [InlineData("Untitled\n\nBritain will send 800 troops; another 200 will follow.", 200, "United Kingdom")]
    [InlineData("Untitled\n\nBritain will send 800 troops to Estonia; 200 will go to Poland.", 200, "United Kingdom")]
    [InlineData("Cambodia: 13 dead, five of them soldiers; Thai army says its toll is 20\n\nFighting went on along the border.", 20, "Thailand")]
    public void An_owner_still_spans_a_semicolon_when_nothing_else_is_named(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A side by name opening a headline before a colon reports its own dead.
    [InlineData("Cambodia: 13 dead, five of them soldiers; Thai army says its toll is 20\n\nFighting went on along the border.", 5, "Cambodia")]
    [InlineData("Armenia: 49 soldiers killed in overnight attack\n\nFighting went on along the border.", 49, "Armenia")]
    // Near misses: the dead's own demonym, or a side named after the colon, outweighs the voice.
    [InlineData("Ukraine: 400 Russian soldiers killed overnight\n\nFighting went on along the front.", 400, "Russia")]
    [InlineData("Kyiv: Russia lost 1,200 soldiers in a day\n\nFighting went on along the front.", 1200, "Russia")]
    public void A_headline_side_before_a_colon_reports_its_own_dead(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);
}
