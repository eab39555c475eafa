namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure whose sentence and context name no owner counts the troops the next figures of the story name, when they are
/// the only owner of the document's figures: never in a story of two owners, nor for the dead and wounded.
/// </summary>
public class LaterOwnerTests
{
    [Theory]
    [InlineData("The general said he would bring home the roughly 20,000 extra soldiers sent to the region by spring. That would leave about 90,000 British troops deployed.", 20000, "United Kingdom")]
    [InlineData("The defence minister ordered some 4,000 reservists to report for duty on Monday. A further 2,500 Canadian soldiers will follow in June.", 4000, "Canada")]
    public void The_story_s_only_owner_named_after_owns_the_figure(string text, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + text, value).Subject);

    [Theory]
    // Two owners after it: neither is the story's.
    [InlineData("The general said he would bring home the roughly 20,000 extra soldiers sent to the region by spring. That would leave about 90,000 British troops and 5,000 Danish troops deployed.", 20000)]
    // The dead are counted of the enemy too.
    [InlineData("About 300 soldiers were killed in the fighting in the valley last week. Some 40,000 Italian troops remain deployed in the north.", 300)]
    public void No_owner_is_carried_back(string text, double value) =>
        Assert.Null(Of("Untitled\n\n" + text, value).Subject);
}
