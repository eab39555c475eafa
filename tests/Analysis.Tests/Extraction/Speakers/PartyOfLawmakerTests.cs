namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A lawmaker named with his party after "of the" and a lower-case word or two ("Rep. Choi of the main opposition People Power
/// Party", "of the ruling Democratic Party"), as Korean wire copy names every lawmaker briefed by the spy agency, speaks himself:
/// the party is where he works, part of how the text names him, as it already was with "of the" right before the party's name.
/// So is an American lawmaker named with his party and abbreviated state between commas ("Rep. X, R-Calif., said"), as AP and
/// UPI copy writes them: the state's dot closes no sentence. The sentences are ours.
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

    [Theory]
    [InlineData("Rep. Robert Dorn, R-Calif., said after meeting the president that the 3,200 troops could now come home.", "Robert Dorn")]
    [InlineData("Sen. Jane Roe, D-Ga., said some 1,500 Guard troops would stay at the airports.", "Jane Roe")]
    [InlineData("Some 1,500 Guard troops will stay at the airports, Rep. John Smith, D-Mass., told reporters.", "John Smith")]
    // Near misses: a state written out, as before; a dot after a word that is no party tag still ends the aside.
    [InlineData("Rep. John Smith, R-Texas, said some 1,500 Guard troops would stay at the airports.", "John Smith")]
    public void A_lawmaker_with_party_and_state_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("John Smith, a Calif. Democrat, said some 1,500 Guard troops would stay at the airports.", "John Smith")]
    public void Another_dot_in_the_aside_still_closes_it(string text, string origin) =>
        Assert.DoesNotContain(Counts(text), c => c.AttributedTo == origin);
}
