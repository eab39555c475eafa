namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A dateline that names a provincial capital or an army's seat rather than the capital ("PESHAWAR:", "QUETTA -",
/// "RAWALPINDI:"), as Pakistani papers head their stories, gives a bare "the army said" in a sentence naming no country its
/// country. Near misses: a word in capitals that names no place ("UPDATE:"), and a foreign force the sentence names (its own
/// army speaks). The sentences are ours.
/// </summary>
public class ProvincialDatelinesTests
{
    [Theory]
    [InlineData("Headline\nPESHAWAR: Gunmen fired on a post in the tribal district overnight, killing 3 soldiers, the army said.", 3, "Pakistani Army")]
    [InlineData("Headline\nQUETTA: A roadside bomb struck a patrol near the town, killing 5 soldiers, the military said.", 5, "Pakistani military")]
    [InlineData("Headline\nRAWALPINDI: Four soldiers died in an exchange of fire with militants on Tuesday, the army said.", 4, "Pakistani Army")]
    [InlineData("Headline\nQUETTA - Six soldiers were killed in a raid on a hideout, the army said.", 6, "Pakistani Army")]
    // Near misses: no place in the capitals, and a foreign force named in the sentence.
    [InlineData("Headline\nUPDATE: Gunmen fired on a post overnight, killing 3 soldiers, the army said.", 3, null)]
    [InlineData("Headline\nPESHAWAR: Two US soldiers were killed in an ambush, the army said.", 2, "U.S. Army")]
    public void A_provincial_dateline_gives_a_bare_body_its_country(string document, double value, string? origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}
