namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure noun in the next sentence refers back to a figure that cites no one and gives it that sentence's voice, but not
/// when the noun goes on to a number of its own that the sentence before does not write ("… sent 9,000 troops. The minister
/// said the number of the wounded had passed 1,200."): it names the subject of the speaker's own new figure, and the figure
/// before stays the writer's. The sentences are ours.
/// </summary>
public class NewFigureNoBackReferenceTests
{
    [Theory]
    [InlineData("Valdoria has sent some 9,000 soldiers to the border. The defence minister, Arlo Pemberton, wrote that the number of Valdorian soldiers wounded there had passed 1,200.", 9000)]
    [InlineData("The decision follows an earlier pledge of 4,500 Ruritanian troops for the mission. General Tomas Ebbe said the additional troops would bring the total to about 22,000.", 4500)]
    public void A_figure_noun_with_a_new_number_does_not_reach_back(string text, int value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // Near misses: the figure referred back to (no number, or the same number, after the noun).
    [InlineData("Valdoria has sent some 9,000 soldiers to the border. The defence minister, Arlo Pemberton, said the number could grow.", 9000, "Arlo Pemberton")]
    [InlineData("Valdoria has sent some 9,000 soldiers to the border. The defence minister, Arlo Pemberton, said the figure was accurate.", 9000, "Arlo Pemberton")]
    public void The_figure_referred_back_to_takes_the_voice(string text, int value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
