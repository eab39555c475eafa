namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A fronted "according to" whose voice is followed by the noun of what it gave out ("According to Pentagon data, …",
/// "According to Kenyan army figures, …") still closes its opening phrase at the comma and speaks for every clause after it, a
/// coordinated clause that holds a second figure too, as "According to the Pentagon, …" does. The sentences are ours.
/// </summary>
public class FrontedVoiceTailsTests
{
    [Theory]
    [InlineData("According to Pentagon data, at least 60 Iraqi soldiers have been killed, and about 250 have been wounded since March.", 250, "Pentagon")]
    [InlineData("According to NIS figures, 120 North Korean soldiers have died, and 900 have been wounded.", 900, "National Intelligence Service")]
    [InlineData("According to NIS latest figures, 120 North Korean soldiers have died, while 900 more were wounded.", 900, "National Intelligence Service")]
    [InlineData("According to Pentagon statistics, 60 Iraqi soldiers have been killed, and 250 have been wounded.", 250, "Pentagon")]
    public void The_fronted_voice_speaks_for_the_coordinated_clause(string text, int value, string origin) =>
        Assert.Equal(origin, Counts(text).First(c => c.Value == value).AttributedTo);

    [Theory]
    // Near misses: a voice that is the subject of its own clause, with a noun that is not what it gave out, keeps the
    // coordinated clause the writer's as before.
    [InlineData("Pentagon officials sent 500 more troops, and about 250 have arrived.", 250)]
    [InlineData("Pentagon officials sent 500 more troops, and about 250 have arrived.", 500)]
    public void A_name_that_opens_a_clause_of_its_own_is_no_fronted_voice(string text, int value) =>
        Assert.Null(Counts(text).First(c => c.Value == value).AttributedTo);
}
