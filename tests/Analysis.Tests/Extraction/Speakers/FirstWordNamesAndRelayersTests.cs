namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A person of no known country cited without a title ("Tan Wenbo, spokesperson for the defence ministry, said …") may be named
/// after by the first of the two words ("according to Tan"), as copy names Chinese and Korean officials by the family name that
/// comes first: before, "Tan" stayed an unknown name of its own. And a person who relayed a briefing body before ("The spy agency
/// now puts the dead at 900, the deputy Park Minho said") still relays it when named alone after ("According to Park, 2,000 more
/// will go"): the body is the origin, as it is for one titled a lawmaker. The sentences are ours.
/// </summary>
public class FirstWordNamesAndRelayersTests
{
    [Theory]
    [InlineData("Tan Wenbo, spokesperson for the defence ministry, said the unit would leave soon. About 450 soldiers will fly out in June, according to Tan.", 450, "Tan Wenbo")]
    // Near miss: the last word still names the person.
    [InlineData("Tan Wenbo, spokesperson for the defence ministry, said the unit would leave soon. About 450 soldiers will fly out in June, according to Wenbo.", 450, "Tan Wenbo")]
    public void The_first_word_names_the_person(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Fact]
    public void One_who_relayed_the_agency_still_relays_it() =>
        Assert.Equal("National Intelligence Service", Of("Headline\n\nThe South Korean spy agency now puts the North Korean dead at 900, the deputy Park Minho said on Monday. According to Park, Pyongyang will send 2,000 more soldiers.", 2000).AttributedTo);
}
