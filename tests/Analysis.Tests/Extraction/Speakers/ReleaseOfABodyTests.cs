namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "according to a communique from X", "according to a press release by X", "according to records of X": a body's own releases
/// and files, named between "according to" and the body, leave the body as the one that speaks. The sentences are ours.
/// </summary>
public class ReleaseOfABodyTests
{
    [Theory]
    [InlineData("According to a communique from the Chadian army, 65 militants were killed in the fighting.", "Chadian Army")]
    [InlineData("According to a communiqué from the Chadian army, 65 militants were killed in the fighting.", "Chadian Army")]
    [InlineData("According to a press release by the Kenya Defence Forces, 700 militants were killed.", "Kenya Defence Forces")]
    [InlineData("Kenya has 4,000 troops in Somalia, according to records of the African Union.", "African Union")]
    [InlineData("Some 1,200 soldiers arrived on Monday, according to a bulletin from the Nigerian Army.", "Nigerian Army")]
    public void The_body_whose_release_it_is_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
