namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A group named right after a speech verb that has its own subject ("The agency said some Chadian troops, including two
/// colonels, had crossed …") is what was said, not an inverted speaker, even when a comma follows it: only a verb after a
/// mark or the sentence's start ("…, said the ministry, adding …") is inverted. The sentences are ours.
/// </summary>
public class ReportedGroupAfterSubjectTests
{
    [Theory]
    [InlineData("The agency said some Belarusian troops, including two colonels, had crossed into the region.", "Belarusian troops")]
    [InlineData("The ministry said the Eritrean soldiers, among them several officers, were seen near the border.", "Eritrean soldiers")]
    public void The_reported_group_is_no_voice(string text, string group) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == group);

    [Theory]
    // Near miss: an inverted verb after a comma still makes the name after it the speaker.
    [InlineData("Some 700 troops had crossed into the region, said the Belarusian defence ministry, adding that more would follow.", "Belarusian Defense Ministry")]
    public void An_inverted_verb_still_cites(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
