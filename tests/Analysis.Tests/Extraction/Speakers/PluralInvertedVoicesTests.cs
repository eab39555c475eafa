namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// British headlines and copy put a plural voice after its verb in the plural present: "France to cut troops in Africa to 600,
/// say sources", "…, say Western officials", "…, warn analysts". Near miss: "say" inside a clause before a name that does not
/// close the sentence is no inverted speech. The sentences are ours.
/// </summary>
public class PluralInvertedVoicesTests
{
    [Theory]
    [InlineData("Belgium to cut its troops in Africa to 400, say sources\n\nThe cut was agreed on Monday.", 400, "sources")]
    [InlineData("Troops\n\nAbout 2,600 Belgian troops are now in the region, say Western officials.", 2600, "Western officials")]
    public void The_voice_after_its_verb_speaks(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    // Near miss: "say" inside the sentence before a name.
    [Fact]
    public void Say_before_a_name_inside_a_clause_is_no_speaker() =>
        Assert.Null(Of("Troops\n\nThey say Belgium sent 2,600 troops to the region last week.", 2600).AttributedTo);
}
