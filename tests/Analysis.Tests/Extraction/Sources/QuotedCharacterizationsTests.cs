namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A speaker who calls something by a quoted word of their own ("called the vote \"a turning point\"") is a source of the
/// story, as one who calls it so without quotation marks is ("called the move a serious escalation"): the opening quotation
/// mark after the object closes it as "a" or "an" does.
/// </summary>
public class QuotedCharacterizationsTests
{
    [Theory]
    [InlineData("Defence Minister Kofi Mensah called the vote \"a turning point\" as 2,000 troops prepared to leave.", "Kofi Mensah")]
    [InlineData("Senator Ruth Adler called the withdrawal of 4,000 troops \u201creckless\u201d.", "Ruth Adler")]
    public void Cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a call for something and a call back are no characterization.
    [InlineData("Defence Minister Kofi Mensah called for \u201ccalm\u201d as 2,000 troops arrived.", "Kofi Mensah")]
    [InlineData("Defence Minister Kofi Mensah called the troops back from the border, where 2,000 had been posted.", "Kofi Mensah")]
    public void Not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
