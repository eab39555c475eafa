namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A verb of leaving takes a place as its object ("the last troops left Chad"), unless it leaves a country in a state: a
/// casualty word later in its clause, or "with" and a figure right after the country ("left Russia with some 20,000 dead").
/// Both ways.
/// </summary>
public class LeavingObjectTests
{
    [Theory]
    [InlineData("The offensive left Russia with some 20,000 dead, Western officials estimated.", 20000, "Russia")]
    [InlineData("The winter fighting has left Ukraine with about 3,000 soldiers wounded, officials said.", 3000, "Ukraine")]
    public void A_country_left_in_a_state_owns_its_losses(string text, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + text, value).Subject);

    [Theory]
    [InlineData("The last 1,000 troops left Chad on Friday, the ministry said.", 1000)]
    [InlineData("Some 2,000 soldiers are leaving Mali with their equipment this month.", 2000)]
    [InlineData("About 1,500 soldiers left Niger in 2023, officials said.", 1500)]
    public void A_country_left_behind_is_a_place(string text, double value) =>
        Assert.Null(Of("Untitled\n\n" + text, value).Subject);
}
