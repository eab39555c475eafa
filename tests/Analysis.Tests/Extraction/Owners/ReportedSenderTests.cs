namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice whose verb of saying opens a clause with a subject of its own reports that subject's sending; the voice is not
/// the sender ("Moscow's envoy said Kim decided to send ..."). A pronoun after the verb may be the voice itself, so the
/// voice keeps the troops there. The sentences are ours.
/// </summary>
public class ReportedSenderTests
{
    [Theory]
    [InlineData("After talks with North Korean leader Kim Jong Un, Sergei Shoigu said Kim had agreed to send 2,000 sappers to help restore the region.", 2000, "North Korea")]
    [InlineData("After talks in Ankara with Recep Tayyip Erdogan, Olaf Scholz said Erdogan would deploy 500 soldiers to the mission.", 500, "Turkey")]
    [InlineData("Russia said Pyongyang would send 2,000 sappers to help restore the region.", 2000, "North Korea")]
    // Near misses: a pronoun after the verb, and the voice acting itself.
    [InlineData("Sergei Shoigu said he would send 2,000 sappers to help restore the region.", 2000, "Russia")]
    [InlineData("Sergei Shoigu has decided to send 2,000 sappers to help restore the region.", 2000, "Russia")]
    public void The_sender_is_the_reported_clause_s_subject(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
