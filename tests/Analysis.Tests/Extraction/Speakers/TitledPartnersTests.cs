namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two people who speak together, the second's own title standing between them ("Vermont Gov. A and Maine Gov. B said",
/// "Defense Minister A and Foreign Minister B said", "Gen. A and Col. B confirmed"): the title between them does not part the
/// two, nor does the one nearer the verb take the count. By the DevSet header a count credited to owners joined by "and" is the
/// first named's, each a source. The sentences are ours.
/// </summary>
public class TitledPartnersTests
{
    [Theory]
    [InlineData("Vermont Gov. Tom Hale and Maine Gov. Ann Price said 300 Guard members would deploy.", "Tom Hale", "Ann Price")]
    [InlineData("Defense Minister Karl Brandt and Foreign Minister Elena Roth said 1,200 soldiers were ready.", "Karl Brandt", "Elena Roth")]
    [InlineData("Gen. Ivan Petrov and Col. Oleg Sidorov confirmed that 3,000 troops had crossed the border.", "Ivan Petrov", "Oleg Sidorov")]
    [InlineData("Both Mayor Rita Gomez and Gov. Tom Hale said 200 Guard troops had arrived.", "Rita Gomez", "Tom Hale")]
    [InlineData("Gov. Tom Hale and Gov. Ann Price, in separate statements, said 300 Guard members would deploy.", "Tom Hale", "Ann Price")]
    [InlineData("According to Gov. Tom Hale and Gov. Ann Price, 300 Guard members would deploy.", "Tom Hale", "Ann Price")]
    [InlineData("Gov. Tom Hale, Gov. Ann Price and Gov. Dan Ortiz said 300 Guard members would deploy.", "Tom Hale", "Dan Ortiz")]
    // Near miss: one title before both names, as before.
    [InlineData("Senators Mark Dune and Lisa Wells said 400 troops would leave.", "Mark Dune", "Lisa Wells")]
    public void The_first_named_is_the_origin_each_a_source(string text, string origin, string other)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        var sources = Mentions(text).Select(m => m.Source).ToList();
        Assert.Contains(origin, sources);
        Assert.Contains(other, sources);
        Assert.Empty(count.Via);
    }

    // Near miss: a name before the speaker's clause that is no partner of it (the object of another clause) leaves the speaker.
    [Fact]
    public void A_name_in_another_clause_is_no_partner()
    {
        var count = Assert.Single(Counts("Gov. Tom Hale met Mayor Rita Gomez, and Gov. Ann Price said 300 Guard members would deploy."));
        Assert.Equal("Ann Price", count.AttributedTo);
    }
}
