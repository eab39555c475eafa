namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Estimates that no one is named for: a figure given in the passive ("is estimated to keep", "was reckoned at") is the
/// unnamed estimates' ("estimates", as the DevSet header names them), and estimates or accounts counted rather than owned
/// ("Other accounts give", "Some estimates put", "according to most reports") speak under their noun, as do estimates of a
/// thing that open the sentence ("Estimates of the garrison range from"). Near misses: an
/// estimated figure as the writer's hedge ("an estimated 10,000"), a passive inside a quotation, and a passive with a named
/// speaker in the same sentence keep their voice. The sentences are ours.
/// </summary>
public class UnnamedEstimatesTests
{
    [Theory]
    [InlineData("Damascus is estimated to keep about 25,000 soldiers in the valley.", "estimates")]
    [InlineData("The garrison was reckoned at 8,000 men before the siege.", "estimates")]
    [InlineData("Foreign fighters are now estimated to number some 1,500 in the province.", "estimates")]
    [InlineData("The expeditionary force is widely estimated at 12,000 troops.", "estimates")]
    [InlineData("Some accounts put the garrison at about 7,000 troops.", "accounts")]
    [InlineData("Other estimates put the brigade at 4,000 soldiers.", "estimates")]
    [InlineData("According to most reports, 600 paratroopers were flown in.", "reports")]
    [InlineData("Various estimates put the force at 20,000 to 25,000 men.", "various estimates")]
    // Estimates of a thing, not by anyone, that open the sentence.
    [InlineData("Estimates of the garrison range from 8,000 to 12,000 troops.", "estimates")]
    [InlineData("Estimates of the Burundian dead run from about 300 soldiers upwards.", "estimates")]
    [InlineData("Estimates of how many Chadians are serving there vary between 2,000 and 3,000 soldiers.", "estimates")]
    public void Unnamed_estimates_speak(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // The writer's hedge, a quoted passive, and a named speaker beside the passive.
    [InlineData("An estimated 10,000 soldiers crossed the river.", null)]
    [InlineData("\"Their strength is estimated at 450 fighters,\" Colonel Amos Kiprono said on Friday.", "Amos Kiprono")]
    [InlineData("The brigade is estimated to have 3,000 soldiers, the Indian Defence Ministry said.", "Indian Defense Ministry")]
    [InlineData("Some soldiers stayed behind, and 300 of them were reckoned lost.", null)]
    [InlineData("Estimates of the Pentagon are that 4,000 troops will stay.", "Pentagon")]
    public void Other_voices_keep_their_figures(string text, string? origin) =>
        Assert.Equal(origin, Counts(text)[0].AttributedTo);
}
