namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// "…, the lawmaker said, citing a closed briefing from the country's National Intelligence Service": a possessive that names the
/// speaker's state without its name ("the country's", "the nation's") stands between a relay's cue (citing, quoted … as saying,
/// a briefing by) and the body it cites; the body is still the origin and the speaker its via. Near misses: the possessive before
/// what is cited that is no voice ("citing the country's debt", "the country's intelligence briefings"), where the speaker stays
/// the origin. The sentences are ours, in real shapes.
/// </summary>
public class StatePossessiveInformantTests
{
    [Theory]
    [InlineData("Losses\n\nAbout 600 North Korean soldiers have been killed in Russia, South Korean lawmaker Han Dong-su said, citing a closed briefing from the country's National Intelligence Service.", 600, "National Intelligence Service", "Han Dong-su")]
    [InlineData("Losses\n\nSouth Korean lawmaker Han Dong-su, citing the country's National Intelligence Service, said about 600 North Korean soldiers had been killed in Russia.", 600, "National Intelligence Service", "Han Dong-su")]
    [InlineData("Losses\n\nRep. Han Dong-su quoted the nation's Joint Chiefs of Staff as saying that some 1,200 North Korean soldiers had moved to the front.", 1200, "Joint Chiefs of Staff", "Han Dong-su")]
    [InlineData("Losses\n\nAbout 600 North Korean soldiers have been killed in Russia, Rep. Han Dong-su said after a briefing by the country's National Intelligence Service.", 600, "National Intelligence Service", "Han Dong-su")]
    // Near misses: what the possessive owns is no voice; the speaker's own words.
    [InlineData("Withdrawal\n\nSenator Ruth Calder, citing the country's debt, said about 2,000 American troops would leave Syria.", 2000, "Ruth Calder", "")]
    [InlineData("Losses\n\nAbout 600 North Korean soldiers have been killed in Russia, Rep. Han Dong-su said, citing the country's intelligence briefings.", 600, "Han Dong-su", "")]
    public void The_body_after_the_possessive_is_the_origin(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);
}
