namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// A lawmaker named by their seat, not by the word "lawmaker" ("X, a member of parliament's intelligence committee, told reporters",
/// "X of the parliamentary intelligence committee said"), as wire copy names those who relay a spy agency's briefing: they pass on
/// the body that briefed them, in the briefing's sentence and the later ones, and they are the story's "lawmakers". Near misses: a
/// member of a body that is no parliament, and a person with no seat named. The sentences are ours, in real shapes.
/// </summary>
public class AssemblyMemberRelayersTests
{
    private const string Briefing = "Losses\n\nSEOUL (Reuters) - About 300 North Korean troops have died near Kursk, South Korean lawmakers said on Monday after being briefed by the country's spy agency. ";

    [Theory]
    [InlineData(Briefing + "Another 2,700 have been wounded, Park Sun-won, a member of a parliamentary intelligence committee, told reporters.", 2700, "National Intelligence Service", "Park Sun-won")]
    [InlineData(Briefing + "Another 2,700 have been wounded, Park Sun-won, a member of parliament's intelligence committee, said.", 2700, "National Intelligence Service", "Park Sun-won")]
    [InlineData(Briefing + "Park Sun-won of the National Assembly's intelligence committee said another 2,700 had been wounded.", 2700, "National Intelligence Service", "Park Sun-won")]
    [InlineData(Briefing + "Another 2,700 have been wounded, said Park Sun-won, a member of the National Assembly.", 2700, "National Intelligence Service", "Park Sun-won")]
    // The story's "lawmakers" are the member named after them: the briefing's own figure goes through them.
    [InlineData(Briefing + "Another 2,700 have been wounded, Park Sun-won, a member of a parliamentary intelligence committee, told reporters.", 300, "National Intelligence Service", "Park Sun-won")]
    // Near misses: a member of a body that is no parliament, and a person whose seat is not named, speak for themselves.
    // (A name the lexicon does not know: it knows Park Sun-won as a lawmaker.)
    [InlineData(Briefing + "Another 2,700 have been wounded, Kang Min-ho, a member of the ruling party, told reporters.", 2700, "Kang Min-ho", "")]
    [InlineData(Briefing + "Another 2,700 have been wounded, Kang Min-ho told reporters.", 2700, "Kang Min-ho", "")]
    public void A_member_of_parliament_relays_the_briefing(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // The briefing body named before, without a briefing word: the member after it relays it, and goes on relaying it.
    [InlineData("Losses\n\nNorth Korea's losses are heavy, according to the latest report of the South Korean spy agency. Kim Byung-kee of the parliamentary intelligence committee said some 4,100 soldiers had been wounded. \"About 15,000 troops were sent in two rounds,\" he said.", 4100, "National Intelligence Service", "Kim Byung-kee")]
    // (His own quoted words after it are his: the DevSet header's quoted relays.)
    [InlineData("Losses\n\nNorth Korea's losses are heavy, according to the latest report of the South Korean spy agency. Kim Byung-kee of the parliamentary intelligence committee said some 4,100 soldiers had been wounded. \"About 15,000 troops were sent in two rounds,\" he said.", 15000, "Kim Byung-kee", "")]
    public void A_member_relays_the_spy_agency_named_before(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);
}
