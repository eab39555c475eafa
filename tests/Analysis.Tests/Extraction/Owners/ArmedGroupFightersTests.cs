namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An armed group's fighters counted by the bare noun, in a sentence that names the group and no country before the figure,
/// are the group's, no state's: not the country the story is about, nor the one that backs or fights the group. A bare number
/// after them in the sentence counts the same fighters. The sentences are ours.
/// </summary>
public class ArmedGroupFightersTests
{
    private const string Grown = "Niger's neighbours worry about a rising power\n\nNiger's army pushed north last year.\n\n"
        + "Boko Haram, formed in 2002, had about 4,000 fighters when it seized the town, and has since grown to roughly 9,000, an analyst said.";

    [Theory]
    [InlineData(Grown, 4000)]
    [InlineData(Grown, 9000)]
    [InlineData("Chad's army pushes north\n\nChad's army moved north in May.\n\nWith only some 1,500 fighters, the rebel group could not hold the town.", 1500)]
    public void The_groups_fighters_have_no_state_owner(string document, double value) =>
        Assert.Null(Of(document, value).Subject);

    [Theory]
    // Near miss: a demonym inside the figure still owns the fighters.
    [InlineData("Chad's army pushes north\n\nChad's army moved north in May.\n\nBoko Haram said some 1,500 Chadian fighters had been sent north.", 1500, "Chad")]
    public void A_demonym_still_owns_them(string document, double value, string subject) =>
        Assert.Equal(subject, Of(document, value).Subject);
}
