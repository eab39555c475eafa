namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What a mercenary, volunteer or veteran served as, capitalised before the name ("former Green Beret Jordan Goudreau", "ex-Navy
/// SEAL Erik Prince", "said Army veteran Peter Hollis"): a title, so the source is the person by their name alone, not "Green Beret
/// Jordan Goudreau". "Marine" alone opens names too, and stays part of them.
/// </summary>
public class ServiceMemberTitlesTests
{
    [Theory]
    [InlineData("Some 60 men landed on the coast before dawn, former Green Beret Jordan Goudreau said in a video.", "Jordan Goudreau")]
    [InlineData("Ex-Green Beret Jordan Goudreau said about 300 men had trained in camps in Colombia.", "Jordan Goudreau")]
    [InlineData("The firm had about 1,000 guards in Iraq at its height, former Navy SEAL Erik Prince told the committee.", "Erik Prince")]
    [InlineData("About 200 foreign volunteers serve in the unit, former Army Ranger Daniel Walsh told reporters in Kharkiv.", "Daniel Walsh")]
    [InlineData("Some 40 Americans have joined the battalion since the spring, said Army veteran Peter Hollis.", "Peter Hollis")]
    public void Person_without_the_service(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Some 60 men landed on the coast before dawn, former Green Beret Jordan Goudreau said in a video.", "Green Beret Jordan Goudreau")]
    [InlineData("The firm had about 1,000 guards in Iraq at its height, former Navy SEAL Erik Prince told the committee.", "Navy SEAL Erik Prince")]
    // "Marine" alone is a first name as often as a service: the name keeps it.
    [InlineData("France could send 2,000 soldiers at most, Marine Le Pen said on Sunday.", "Le Pen")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
