namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A quotation of two or more sentences closed by a speaker who is described before the name ("…,” said the spokesman of the
/// government, Ange Kazagui", "…,” army spokesman Lieutenant Colonel Souleymane Maiga told AFP", "…,” Armed Forces spokesman
/// Brig. Gen. … said"): the figure in the quotation's first sentence is that speaker's, as it is when only a title stands
/// before the name. A second clause between the mark and a name ("…,” he said, but the commander … disagreed") is no
/// description. The sentences are ours, in the shape of wire and translated copy (African, Philippine and Pentagon briefings).
/// </summary>
public class QuotationDescribedSpeakerTests
{
    [Theory]
    [InlineData("\"Our neighbours have sent about 300 soldiers under a defence pact. More are expected next week,\" said the spokesman of the Central African government, Ange Kazagui.", "Ange Kazagui")]
    [InlineData("\"Since January we have lost 63 soldiers in the north. The enemy took its dead away,\" army spokesman Lieutenant Colonel Souleymane Maiga told reporters.", "Souleymane Maiga")]
    [InlineData("\"As of Thursday evening 82 soldiers have been killed in the city. The battle is still going on,\" Armed Forces spokesman Brig. Gen. Restituto Padilla said.", "Restituto Padilla")]
    [InlineData("\"The contingent has 400 soldiers in the capital. More will come in May,\" the spokesman for the Kenyan army, Colonel James Mwangi, said.", "James Mwangi")]
    [InlineData("\"We have about 1,200 peacekeepers in the sector. Their patrols go on,\" said the commander of the mission, Major General Ahmed Ali.", "Ahmed Ali")]
    public void The_described_speaker_says_the_quotation(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: a clause of another voice between the mark and the name, and a name after a full sentence of narration.
    [InlineData("\"We have about 1,200 peacekeepers in the sector. Their patrols go on,\" he wrote, but the commander of the mission, Major General Ahmed Ali, disagreed.")]
    [InlineData("\"We have about 1,200 peacekeepers in the sector. Their patrols go on,\" the banner read as the convoy left the base under Major General Ahmed Ali.")]
    public void No_described_speaker(string text) =>
        Assert.NotEqual("Ahmed Ali", Assert.Single(Counts(text)).AttributedTo);
}
