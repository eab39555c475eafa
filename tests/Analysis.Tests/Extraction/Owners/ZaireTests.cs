namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Zaire (1971-97), as copy of the time names the Congo's state and its contingents, owns the troops it names; today's name stays
/// the Democratic Republic of the Congo's. The sentences are ours.
/// </summary>
public class ZaireTests
{
    [Theory]
    [InlineData("Untitled\n\nZaire sent about 700 soldiers to Chad in December.", 700, "Zaire")]
    [InlineData("Untitled\n\nThe OAU force numbers 2,000 Nigerians and 700 Zairians.", 700, "Zaire")]
    [InlineData("Untitled\n\nSome 700 Zairian paratroopers landed at Kolwezi.", 700, "Zaire")]
    // Near miss: today's name.
    [InlineData("Untitled\n\nThe DRC sent about 700 soldiers to the border in December.", 700, "Democratic Republic of the Congo")]
    public void Zaire_owns_the_troops_it_names(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);
}
