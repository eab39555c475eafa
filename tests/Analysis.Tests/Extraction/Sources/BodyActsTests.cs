namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body, party or group whose act the text reports is a source as a titled person who acts is: the subject of "asked",
/// "requested", "refused", "demanded", "urged" at the head of its clause ("NATO had asked …", "when the … Party refused to
/// back …"), past one aside set off by commas. A country's press is named as its media are ("Swedish newspapers"), and its
/// ruling junta is the state's voice as its junta is. Sentences of our own.
/// </summary>
public class BodyActsTests
{
    [Theory]
    [InlineData("NATO had asked Belgium to leave a smaller unit of 300 instructors in the north.", "NATO")]
    [InlineData("The cabinet fell in April when the Green Party refused to back the 600-strong mission.", "Green Party")]
    [InlineData("The Green Party later refused to support the 300 additional troops.", "Green Party")]
    [InlineData("The African Union, which had 20,000 troops in the country, asked on Friday for more helicopters.", "African Union")]
    [InlineData("Swedish newspapers asked whether the 400 soldiers were needed.", "Swedish newspapers")]
    [InlineData("Chad's ruling junta said 1,000 soldiers would stay.", "Chad")]
    public void A_body_that_acts_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a refusal to speak, an act the body means to do itself, and a body inside what another says.
    [InlineData("NATO refused to comment on the 3,000 troops.", "NATO")]
    [InlineData("The Pentagon demanded to see the plans for the 500 troops.", "Pentagon")]
    [InlineData("The minister said NATO had asked Belgium to keep 300 instructors.", "NATO")]
    public void A_body_that_refuses_speech_or_is_reported_is_not_cited_for_an_act(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
