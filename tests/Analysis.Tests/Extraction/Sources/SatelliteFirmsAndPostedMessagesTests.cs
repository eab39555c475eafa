namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Voices that give a figure without a verb of saying: a commercial satellite imagery firm that publishes or reads the images
/// a count comes from (the firm speaks, as the DevSet header has the institute that publishes or reads images; pictures with
/// no maker are no voice), a message shared on a platform ("shared on X that"), and the verb that posts troops rather than
/// messages before a count of them. The sentences are ours.
/// </summary>
public class SatelliteFirmsAndPostedMessagesTests
{
    [Theory]
    // The firm that read or released the images, before the figure or after it.
    [InlineData("Satellite images analysed by Maxar showed the depot held about 900 troops.", 900, "Maxar")]
    [InlineData("Images released by Maxar Technologies on Friday show about 900 troops at the depot.", 900, "Maxar")]
    [InlineData("According to satellite images from Maxar, about 900 troops are at the depot.", 900, "Maxar")]
    [InlineData("About 900 troops are at the depot, according to commercial satellite imagery published by BlackSky.", 900, "BlackSky")]
    [InlineData("Satellite images taken by DigitalGlobe show about 900 troops at the depot.", 900, "DigitalGlobe")]
    // Near misses: pictures with no maker, and a firm named beside a count it gives no voice to.
    [InlineData("Satellite images showed about 900 troops at the depot.", 900, null)]
    [InlineData("A satellite image shows about 900 troops at the depot. (Maxar Technologies via AP)", 900, null)]
    public void Satellite_firms_speak_for_their_images(string text, double value, string? origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        if (origin is not null) Assert.Contains(origin, Sources(text));
        else Assert.DoesNotContain("Maxar", Sources(text));
    }

    [Theory]
    // A message shared on a platform.
    [InlineData("Governor Ellen Marsh shared on Facebook that 350 guardsmen would reach the city by Sunday.", 350, "Ellen Marsh")]
    [InlineData("Mayor Paul Ostrow shared on X that 350 guardsmen had reached the city.", 350, "Paul Ostrow")]
    // A body that posts troops, no message: the verb before a count of what it posts.
    [InlineData("The Pentagon posted 350 troops to the base last spring.", 350, null)]
    [InlineData("The Pentagon posted some 350 troops to the base last spring.", 350, null)]
    // Near misses: a post shared by no one named, troops posted somewhere.
    [InlineData("Photos shared on social media showed about 350 guardsmen boarding buses.", 350, null)]
    [InlineData("About 350 guardsmen posted to the city have gone home.", 350, null)]
    public void Messages_shared_and_troops_posted(string text, double value, string? origin) =>
        Assert.Equal(origin, Count(text, value).AttributedTo);
}
