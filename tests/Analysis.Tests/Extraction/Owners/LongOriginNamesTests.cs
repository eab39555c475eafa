namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Some 11,000 troops of the Korean People's Army": an origin word after the figure names the owner when the name starts within
/// reach, however long it is ("the Korean People's Army", "the Democratic People's Republic of Korea"); before, only names that
/// also ended within reach counted ("of the KPA"). The sentences are ours.
/// </summary>
public class LongOriginNamesTests
{
    [Theory]
    [InlineData("Roughly 9,000 soldiers of the Korean People's Army were moved west.", "North Korea")]
    [InlineData("Roughly 9,000 soldiers from the Democratic People's Republic of Korea were moved west.", "North Korea")]
    // Near miss: a short name, as before.
    [InlineData("Roughly 9,000 soldiers of the KPA were moved west.", "North Korea")]
    public void A_long_origin_name_owns_the_troops(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text)).Subject);
}
