namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What a speaker assured others of is their statement, as "a claim by" and "a warning from" are: "amid reassurance by
/// President X that ...", "assurances from the defence minister Y that ..." cite the one who gave them. Near miss: assurances
/// given by no one named. Sentences of our own.
/// </summary>
public class AssurancesTests
{
    [Theory]
    [InlineData("The second contingent left on Friday amid reassurance by President Ana Ruiz that funding had not stopped.", "Ana Ruiz")]
    [InlineData("The 250 engineers stayed after assurances from Defence Minister Tomas Berg that the camp was safe.", "Tomas Berg")]
    public void The_one_who_gives_assurances_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: assurances that name no giver; the country is only where they were given.
    [InlineData("The 250 engineers stayed after assurances were given in Estonia that the camp was safe.", "Estonia")]
    public void Assurances_with_no_giver_cite_no_one(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
