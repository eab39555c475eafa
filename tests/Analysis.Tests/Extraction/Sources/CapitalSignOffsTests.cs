namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Papers that run wire copy may sign it off with the agency's name in capitals right after the last sentence, with no dash or
/// bracket before it ("… the ministry said. REUTERS"): the agency is a source of the story, as a dashed sign-off's is. Near
/// misses: capitals there that are no outlet's name (a label, an alliance) credit no one, and neither does a photo's credit.
/// The sentences are ours.
/// </summary>
public class CapitalSignOffsTests
{
    [Theory]
    [InlineData("About 1,200 Chadian troops remain in the north, the ministry said. REUTERS", "Reuters")]
    [InlineData("Some 500 Kenyan police officers landed in the capital on Tuesday. XINHUA", "Xinhua")]
    [InlineData("About 100 soldiers left the base, the army said. BLOOMBERG", "Bloomberg")]
    public void The_agency_in_capitals_is_a_source(string text, string source) =>
        Assert.Contains(Mentions("Troops in the north\n\n" + text), m => m.Source == source);

    [Theory]
    // Near misses: no outlet's name, and a photo's credit.
    [InlineData("About 400 soldiers were sent on Monday. ANALYSIS", "ANALYSIS")]
    [InlineData("Some 200 troops reached the border, officials said. NATO", "NATO")]
    [InlineData("PHOTO: REUTERS\n\nSome 200 troops reached the border on Monday.", "Reuters")]
    public void Not_a_source(string text, string source) =>
        Assert.DoesNotContain(Mentions("Troops in the north\n\n" + text), m => m.Source == source);
}
