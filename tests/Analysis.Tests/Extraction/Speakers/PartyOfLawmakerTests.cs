namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A lawmaker named with his party after "of the" and a lower-case word or two ("Rep. Choi of the main opposition People Power
/// Party", "of the ruling Democratic Party"), as Korean wire copy names every lawmaker briefed by the spy agency, speaks himself:
/// the party is where he works, part of how the text names him, as it already was with "of the" right before the party's name.
/// The sentences are ours.
/// </summary>
public class PartyOfLawmakerTests
{
    [Theory]
    [InlineData("Rep. Han Dong-wook of the main opposition People Power Party told reporters that some 2,500 North Korean troops had been rotated home.", "Han Dong-wook")]
    [InlineData("About 1,000 more North Korean soldiers were sent in March, said Rep. Seo Min-jae of the ruling Democratic Party.", "Seo Min-jae")]
    // Near miss: with "of the" right before the party, as before.
    [InlineData("Rep. Han Dong-wook of the People Power Party told reporters that some 2,500 North Korean troops had been rotated home.", "Han Dong-wook")]
    public void The_lawmaker_speaks_not_his_party(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
