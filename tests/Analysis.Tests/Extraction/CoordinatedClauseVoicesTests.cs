namespace Analysis.Tests.Extraction;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// How far a voice reaches into a clause coordinated with its own (", and", ", while", ", but"): a clause with a subject and a
/// finite verb of its own, after a voice that only put a figure as a thing ("put the force at", "identified", "according to"), is
/// the writer's; one after a voice that says a clause ("said", "told"), one in a sentence opened by its voice ("By the estimates
/// of …, "), and a list of objects without a verb stay the voice's. The sentences are ours.
/// </summary>
public class CoordinatedClauseVoicesTests
{
    private static TroopCount Figure(string text, double value) =>
        Assert.Single(Extractor.Default.Extract(TestData.Passage(text)).TroopCounts, c => c.Value == value);

    [Theory]
    // The writer's: a new subject and a finite verb after a voice that put a figure as its object.
    [InlineData("A report by the Institute for War Studies identified about 1,800 foreign recruits in the brigade, and Minsk has sent some 4,000 troops to the border.", 4000, null)]
    [InlineData("The island hosts 9,000 U.S. Marines and, according to Japanese officials, a 2,000-strong naval group, while some 1,500 Australian soldiers have already arrived for the exercise.", 1500, null)]
    [InlineData("The Pentagon has put the force at about 8,000, while Pyongyang has already sent 2,500 engineers to the region.", 2500, null)]
    // Near misses: a voice that says a clause, a voice that opens the sentence, a list of objects.
    [InlineData("The Pentagon said 3,000 troops had arrived, and some 2,000 more are expected next week.", 2000, "Pentagon")]
    [InlineData("According to the Pentagon, Pyongyang has replaced its losses, and its troops in Russia number about 11,000.", 11000, "Pentagon")]
    [InlineData("A report by the Institute for War Studies identified about 1,800 recruits from Nepal, and 600 from Cuba.", 600, "Institute for War Studies")]
    public void Coordinated_clause_voice(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);
}
