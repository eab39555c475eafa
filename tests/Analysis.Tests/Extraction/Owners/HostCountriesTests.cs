namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country that hosts troops is where they are, not whose, and so is a country in a gapped clause
/// that shares the host verb of the clause before it ("X hosts 10,000 of them and Y some 1,700").
/// </summary>
public class HostCountriesTests
{
    [Theory]
    [InlineData("Untitled\n\nThe U.S. keeps about 60,000 troops in Europe. Poland hosts about 10,000 of them and Romania some 1,700.", 1700, "United States")]
    [InlineData("Untitled\n\nThe U.S. keeps about 60,000 troops in Europe. Poland hosts about 10,000 of them and Romania some 1,700.", 10000, "United States")]
    [InlineData("Untitled\n\nJapan hosts about 54,000 American troops, and South Korea some 28,500.", 28500, "United States")]
    public void A_gapped_clause_shares_the_host_verb(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // Near misses: a gapped clause after a sending verb is the sender's own, and a country with a verb of its own is read as before.
    [InlineData("Untitled\n\nPoland sent about 1,000 troops and Romania some 700.", 700, "Romania")]
    [InlineData("Untitled\n\nPoland sent about 1,000 troops and Romania some 700.", 1000, "Poland")]
    public void A_gapped_clause_after_another_verb_keeps_its_country(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // An aside set off by commas between the host and its verb: the garrison's demonym owns the troops.
    [InlineData("Untitled\n\nOnly Oman, with about 300, hosts a British garrison.", 300, "United Kingdom")]
    [InlineData("Untitled\n\nBy 2026 only Oman, with about 1,500, hosts a permanent British garrison.", 1500, "United Kingdom")]
    // Near miss: an aside before a verb that is no host verb leaves the country the actor.
    [InlineData("Untitled\n\nKenya, with about 4,000 soldiers in the mission, leads the force.", 4000, "Kenya")]
    public void A_host_after_an_aside_is_where_troops_are(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);
}
