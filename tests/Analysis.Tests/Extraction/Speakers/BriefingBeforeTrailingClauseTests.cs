namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// "…, a lawmaker said on Wednesday after a briefing by the spy agency, two days after Pyongyang confirmed the deployment": wire
/// copy closes the lead with a clause of time that has a voice of its own; the body whose briefing the speaker attended still
/// informed the speaker's clause. Near misses: the same sentence without the briefing, and a briefing set off by a comma after
/// another clause. The sentences are ours, in real shapes.
/// </summary>
public class BriefingBeforeTrailingClauseTests
{
    [Theory]
    [InlineData("Losses\n\nSEOUL (AP) - About 300 North Korean soldiers have been killed in Russia, a South Korean lawmaker said on Monday after a briefing by the National Intelligence Service, a day after Pyongyang acknowledged the deployment.", 300, "National Intelligence Service", "South Korean lawmakers")]
    [InlineData("Losses\n\nSEOUL (AP) - About 300 North Korean soldiers have been killed in Russia, South Korean lawmakers said after being briefed by the country's spy agency, two days after Moscow confirmed the deployment.", 300, "National Intelligence Service", "South Korean lawmakers")]
    // Near miss: no briefing, the lawmakers speak for themselves.
    [InlineData("Losses\n\nSEOUL (AP) - About 300 North Korean soldiers have been killed in Russia, South Korean lawmakers said on Monday, a day after Pyongyang acknowledged the deployment.", 300, "South Korean lawmakers", "")]
    public void The_briefing_informs_the_speakers_clause(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);
}
