namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A speaking "it" inside its clause, with no comma before it ("released images that it said showed 4,000 troops"), is the body its
/// own sentence opens with, even where a body was cited in a sentence before ("The Pentagon said … . The alliance's command released
/// images that it said showed …"); an "it" that closes the sentence after a comma ("…, it said.") still takes up the voice cited
/// before. The sentences are ours.
/// </summary>
public class ItInsideItsClauseTests
{
    [Theory]
    [InlineData("The Pentagon said on Monday it was watching the border closely. NATO on Thursday released satellite images that it said showed some 4,000 Belarusian troops near Poland.", "NATO")]
    [InlineData("The Kenyan government said on Monday it was watching the border closely. AMISOM on Thursday published a list that it said named 120 soldiers killed since March.", "AMISOM")]
    public void The_opening_body_speaks_inside_its_clause(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: "…, it said." closing the sentence takes up the voice before.
    [InlineData("The Pentagon said on Monday it was watching the border closely. Belarus has moved 4,000 troops to the border, it said.", "Pentagon")]
    public void A_closing_it_takes_up_the_voice_before(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
