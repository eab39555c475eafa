namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A count that a possessive already owns names what was counted after "of", not who counted it: "the Pentagon raised its
/// estimate of Iranian fighters in Syria to 5,000", "the agency revised its assessment of North Korean soldiers sent to Russia
/// to 11,000" are the Pentagon's and the agency's, never the fighters' or the soldiers'. Without a possessive, "an estimate of
/// the Pentagon" still names its speaker. The sentences are ours, in real shapes.
/// </summary>
public class PossessedCountObjectsTests
{
    [Theory]
    // "its estimate of", "its assessment of": the keeper that changed the count speaks.
    [InlineData("Syria\n\nThe Pentagon raised its estimate of Iranian fighters in Syria to 5,000.", 5000, "Pentagon")]
    [InlineData("Ethiopia\n\nThe African Union lowered its estimate of Eritrean troops in Tigray to 10,000 on Friday.", 10000, "African Union")]
    [InlineData("Korea\n\nSeoul's intelligence agency revised its assessment of North Korean soldiers sent to Russia to 11,000.", 11000, "National Intelligence Service")]
    [InlineData("Libya\n\nBritain's defence ministry lowered its estimate of Wagner mercenaries in Libya to 1,200.", 1200, "British Defense Ministry")]
    // A name's possessive, with an adjective between it and the count.
    [InlineData("Syria\n\nThe Pentagon's latest count of Iranian fighters in Syria stands at 5,000.", 5000, "Pentagon")]
    public void The_counted_troops_after_a_possessed_count_are_not_its_voice(string document, double value, string origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));

    [Theory]
    // No possessive: the name after "estimate of" or "assessment of" gives the count.
    [InlineData("War\n\nAccording to an estimate of the Pentagon, 3,000 Russian troops were killed.", 3000, "Pentagon")]
    [InlineData("Border\n\nAbout 3,000 troops are there, according to the assessment of U.S. intelligence.", 3000, "U.S. intelligence")]
    public void A_count_no_possessive_owns_names_its_voice_after_of(string document, double value, string origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
