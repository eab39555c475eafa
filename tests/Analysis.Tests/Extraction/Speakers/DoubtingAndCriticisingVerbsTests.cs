namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Verbs of doubting, brushing off, disputing and criticising say something of what they weigh, as "warned" and "denied"
/// already did: the one who doubts, brushes off, disputes or criticises is the figure's voice and a cited source. Before,
/// the figure had no voice and the critic was no source. The sentences are ours.
/// </summary>
public class DoubtingAndCriticisingVerbsTests
{
    [Theory]
    [InlineData("Analysts doubt that the mission will reach 2,500 officers this year.", "analysts")]
    [InlineData("The Pentagon doubted that 300 soldiers had deserted.", "Pentagon")]
    [InlineData("The Pentagon brushed off reports that 300 soldiers had deserted.", "Pentagon")]
    [InlineData("The Pentagon disputed reports that 300 soldiers had deserted.", "Pentagon")]
    [InlineData("Senator Jane Holloway criticized the plan to keep 400 troops in the country.", "Jane Holloway")]
    [InlineData("The plan to keep 400 troops in the country was criticized by Senator Jane Holloway.", "Jane Holloway")]
    [InlineData("Moscow expresses serious concern over the arrival of 1,200 foreign soldiers.", "Russia")]
    public void The_one_who_weighs_it_speaks(string text, string origin)
    {
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
        Assert.Contains(Mentions(text), m => m.Source == origin);
    }

    [Theory]
    // Near misses: an agreement, a pledge and a decision are acts, no statement; they cite no one.
    [InlineData("Five countries agreed to send 1,000 troops to the island.")]
    [InlineData("Kenya pledged 750 police officers to the mission.")]
    [InlineData("The ministry decided to send 300 more soldiers.")]
    // ... and playing a claim down leaves the player no voice (the seed article's acceptance).
    [InlineData("The ministry downplayed the arrival of 300 more soldiers.")]
    public void An_act_still_cites_no_one(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
