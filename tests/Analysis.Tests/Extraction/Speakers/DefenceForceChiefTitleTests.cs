namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// The head of a defence force as Commonwealth and African copy titles it ("the Chief of Defence Forces, General X, has said",
/// "Chief of the Defence Force General X said", "the Chief of Army, Lieutenant General X,"): the holder named after the office speaks,
/// the office is no voice of its own. Near miss: a title the list already held ("Chief of Army Staff") reads as before. The
/// sentences are ours, in real shapes.
/// </summary>
public class DefenceForceChiefTitleTests
{
    [Theory]
    [InlineData("KAMPALA - Uganda will send 1,500 more soldiers to Somalia, the Chief of Defence Forces, General Wilson Mbadi, has said.", "Wilson Mbadi")]
    [InlineData("CANBERRA - Australia will keep 300 troops in Iraq, Chief of the Defence Force General Mark Binskin said on Tuesday.", "Mark Binskin")]
    [InlineData("WELLINGTON - New Zealand will send 100 soldiers to Britain, the Chief of Defence Force, Air Marshal Kevin Short, said.", "Kevin Short")]
    [InlineData("CANBERRA - About 200 soldiers will train Ukrainian recruits, the Chief of Army, Lieutenant General Simon Stuart, said.", "Simon Stuart")]
    // Near miss: an office title the list held before.
    [InlineData("ABUJA - Nigeria will send 1,200 soldiers to Mali, the Chief of Army Staff, Lt. Gen. Tukur Buratai, said on Monday.", "Tukur Buratai")]
    public void The_holder_after_the_office_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Extracted.Counts(text)).AttributedTo);
}
