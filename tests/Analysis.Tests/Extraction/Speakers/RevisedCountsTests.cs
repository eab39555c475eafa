namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body that changes a count it keeps speaks for the new count: "the ministry raised its military death toll to 2,823", "the
/// Pentagon revised up the number of soldiers injured to 64", "updated on Tuesday the count of soldiers killed: 2,823". A verb
/// of raising before a force, or before "the number of troops" it sends, is an act, no count given. The sentences are ours,
/// in real shapes.
/// </summary>
public class RevisedCountsTests
{
    [Theory]
    // A toll, tally or estimate raised, revised or updated by its keeper.
    [InlineData("Toll\n\nThe Kenya Defence Forces on Tuesday raised their death toll from the attack to 23 soldiers.", 23, "Kenya Defence Forces")]
    [InlineData("Toll\n\nThe Defence Ministry updated on Tuesday the count of soldiers killed in the war: 2,823.", 2823, "Defence Ministry")]
    [InlineData("Toll\n\nNATO revised down its death toll for Monday to five soldiers.", 5, "NATO")]
    // A verb of correcting before "the number".
    [InlineData("Toll\n\nThe Pentagon has again revised up the number of U.S. soldiers injured in the strike to 64.", 64, "Pentagon")]
    public void A_count_raised_or_revised_by_its_keeper_is_its_word(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));

    [Theory]
    // A force raised, or the number of troops sent raised: an act, no count given.
    [InlineData("Border\n\nThe Kenya Defence Forces raised their presence on the border to 3,000 soldiers.", 3000, null)]
    [InlineData("Border\n\nThe Pentagon increased the number of troops at the border to 5,000.", 5000, null)]
    public void A_force_raised_gives_no_count(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
