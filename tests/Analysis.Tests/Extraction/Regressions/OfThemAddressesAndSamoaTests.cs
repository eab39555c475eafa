namespace Analysis.Tests.Extraction.Regressions;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses: "N of them" does not point back to the force that governs it; a web
/// address is an outlet only beside a reporting cue, with a lower-case ending; a possessive owner's "combined force" is its
/// own; "American Samoa" is no Samoa. Each rule has rows where like words keep the earlier reading.
/// </summary>
public class OfThemAddressesAndSamoaTests
{
    [Theory]
    // The captors are the subject of the verb that governs "two of them", not what "them" counts.
    [InlineData("Untitled\n\nSome 8,000 Iranian fighters are in Syria, Israel said, after Kurdish forces seized three of them near Raqqa.", 3, "Iran")]
    [InlineData("Untitled\n\nRoughly 900 Chinese nationals fight for the rebels, officials said, and Indian troops have detained five of them.", 5, "China")]
    // The troops a sentence counted before "of them" still own it.
    [InlineData("Untitled\n\nAbout 4,000 Iranian fighters were sent to Syria and hundreds of them have since died.", 200, "Iran")]
    public void Of_them_points_back_past_the_captors(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(DocumentCounts(text), c => (c.Value ?? c.Low) == value).Subject);

    [Theory]
    // A reporting cue next to the address makes it an outlet.
    [InlineData("About 700 soldiers crossed the border, the army said in a note relayed by sahelpost.com.", "sahelpost.com")]
    [InlineData("Some 250 troops will leave in May, news portal Lagoon.mv reported.", "Lagoon.mv")]
    [InlineData("Around 400 troops reached the city, according to www.eastfront.net", "eastfront.net")]
    public void A_cited_address_is_an_outlet(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A missing space after a full stop is no address; nor a site readers are sent to.
    [InlineData("About 500 Russian fighters are in Niger.In Niamey, officials said 200 more would come.So far none has.", "Niger.In")]
    [InlineData("About 500 Russian fighters are in Niger.In Niamey, officials said 200 more would come.So far none has.", "come.So")]
    [InlineData("The navy hopes to enlist 3,000 sailors this year, the ministry said, asking applicants to sign up at joinfleet.ua.", "joinfleet.ua")]
    public void A_bare_or_broken_address_is_no_outlet(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);

    [Theory]
    // One owner's possessive governs the force: its own units combined.
    [InlineData("Untitled\n\nBritain's combined force of about 3,000 soldiers from two brigades trained in Kenya.", 3000, "United Kingdom")]
    // A combined force with no owner before it is several nations', whoever the sentence names.
    [InlineData("Untitled\n\nBritain and Kenya trained a combined force of about 3,000 soldiers near Nanyuki.", 3000, null)]
    public void A_possessive_owns_its_combined_force(string text, double value, string? subject) =>
        Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    [InlineData("Untitled\n\nSamoa will send 40 police officers to the mission, officials said.", "Samoa")]
    public void Samoa_is_a_country(string text, string subject) => Assert.Equal(subject, Only(text).Subject);

    [Fact]
    public void American_Samoa_is_no_Samoa() =>
        Assert.NotEqual("Samoa", Only("Untitled\n\nAbout 300 soldiers from American Samoa joined the drill, officials said.").Subject);
}
