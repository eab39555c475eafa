namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that speaks in a clause of time ("…, after X said that …", "The report comes a week after X estimated that …") gives
/// every figure of its own words, also where the first of them is written with a thousands comma: the comma of "4,000" groups a
/// number and ends no clause, so the second figure ("… 4,000 of the 11,000 soldiers sent …") stays inside the clause. Not a
/// main-clause figure before the clause of time, which stays the writer's. The sentences are ours, in the shape of wire copy that
/// dates a report by an earlier estimate.
/// </summary>
public class NumberCommaTimeClauseTests
{
    [Theory]
    [InlineData("Title\nThe report comes a week after NATO officials estimated that about 2,500 of the 9,000 Chadian soldiers sent north had been wounded.", 9000, "NATO officials")]
    [InlineData("Title\nThe decision came two days after the Pentagon said 1,500 troops would go and 2,000 more could follow.", 2000, "Pentagon")]
    [InlineData("Title\nThe visit took place shortly after Pentagon officials said that 1,200 Marines had landed in Darwin and 800 were due next month.", 800, "U.S. defense officials")]
    public void The_later_figure_keeps_the_voice_of_its_clause(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // Near misses: the main clause's figure stands before the clause of time, and one after a real comma that closes it.
    [InlineData("Title\nFrance had about 1,500 troops in the country when President Emmanuel Macron announced their withdrawal.", 1500)]
    [InlineData("Title\nWhen the ministry announced the plan in May, some 3,000 soldiers were already in the north.", 3000)]
    public void The_figure_outside_the_clause_stays_the_writers(string text, double value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}
