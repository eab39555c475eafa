namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A pronoun takes up a body's spokesperson, who speaks for the body: "A Ghanaian police spokeswoman confirmed the landing. She
/// said 250 officers …" is the Ghanaian police's, as after "a spokesperson for the Ghanaian police". Before, "police" between the
/// country and the spokesperson ("a Ghanaian police spokeswoman") made a group of spokespeople ("Ghanaian spokesperson") or no
/// one, and a bare "police spokesman" of a sentence's country stayed as written (described_groups). A spokesperson named after
/// the title is the person. The sentences are ours.
/// </summary>
public class BodySpokespersonPronounTests
{
    [Theory]
    [InlineData("A Ghanaian police spokeswoman confirmed the landing. She said 250 officers had arrived in Port-au-Prince.", 250, "Ghanaian police")]
    [InlineData("A Ghanaian police spokeswoman said 250 officers had arrived in Port-au-Prince.", 250, "Ghanaian police")]
    [InlineData("Ghana flew 250 officers to Port-au-Prince, a police spokesman said.", 250, "Ghanaian police")]
    // Near misses: an embassy's unnamed spokesperson is the country's officials (the DevSet header's "an Egyptian Embassy spokesman"
    // "Egyptian officials", CountrySpokespeopleTests); a named spokesperson is the person.
    [InlineData("A Ghanaian embassy spokesman said 250 officers had arrived in Port-au-Prince.", 250, "Ghanaian officials")]
    [InlineData("A spokesperson for the Ghanaian police confirmed the landing. She said 250 officers had arrived in Port-au-Prince.", 250, "Ghanaian police")]
    [InlineData("Ghanaian police spokeswoman Grace Ansah confirmed the landing. She said 250 officers had arrived in Port-au-Prince.", 250, "Grace Ansah")]
    public void The_pronoun_speaks_for_the_spokesperson_s_body(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
