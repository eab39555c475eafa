namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// "SEOUL (AFP) - About 600 North Korean soldiers have been killed fighting for Russia, lawmaker X said after a briefing by the spy
/// agency": wire copy names its own country's spy agency bare; where the country the sentence names first (the one whose soldiers
/// it counts) has no such body the kit knows, the dateline's country's agency speaks. Near misses: a sentence that names the
/// agency's country keeps it, and a story with no dateline leaves the bare agency unresolved. The sentences are ours.
/// </summary>
public class DatelineSpyAgencyTests
{
    [Theory]
    [InlineData("Losses\n\nSEOUL (AFP) - About 300 North Korean soldiers have died fighting for Russia, lawmaker Park Sun-won said on Monday after a briefing by the spy agency.", 300, "National Intelligence Service", "Park Sun-won")]
    [InlineData("Losses\n\nSEOUL (AFP) - About 300 North Korean soldiers have died fighting for Russia, the spy agency said on Monday.", 300, "National Intelligence Service", "")]
    // The pronoun of the next sentence goes on with the lawmaker who relayed the agency.
    [InlineData("Losses\n\nSEOUL (AFP) - About 300 North Korean soldiers have died fighting for Russia, lawmaker Park Sun-won said on Monday after a briefing by the spy agency. Some 2,700 more were wounded, he said.", 2700, "National Intelligence Service", "Park Sun-won")]
    // Near miss: the sentence names the agency's own country; it keeps it.
    [InlineData("Losses\n\nSEOUL (AFP) - About 300 North Korean soldiers have died fighting for Russia, South Korea's spy agency said on Monday.", 300, "National Intelligence Service", "")]
    public void The_datelines_spy_agency_speaks(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);
}
