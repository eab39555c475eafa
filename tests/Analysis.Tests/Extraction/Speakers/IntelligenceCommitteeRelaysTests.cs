namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// The North Korean story's figures come most often from Seoul's spy agency through the lawmakers of the intelligence committee
/// who tell the press what it told them behind closed doors. The lexicon knows those lawmakers as South Korean lawmakers, so "the
/// spy agency" they cite with no country is Seoul's and what they say after its briefing is its. Translated copy's "after a
/// session with his country's intelligence service" is such a briefing. Near misses: a lawmaker the lexicon does not know
/// still speaks for himself where nothing says whose agency he cites, and "the deputy" alone is no lawmaker's title. The
/// sentences are ours, in the shapes of Yonhap, AFP, EFE and TASR copy.
/// </summary>
public class IntelligenceCommitteeRelaysTests
{
    [Theory]
    [InlineData("Losses\n\nAbout 700 North Korean soldiers have died in Russia, lawmakers Lee Seong-kweun and Park Sun-won told reporters, citing the spy agency.", 700,
        "National Intelligence Service", "Lee Seong-kweun; Park Sun-won")]
    // A romanisation of translated copy is the same lawmaker.
    [InlineData("Losses\n\nAbout 700 North Korean soldiers have died in Russia, said I Song-kweun, a member of the parliamentary intelligence committee, citing the spy agency.", 700,
        "National Intelligence Service", "Lee Seong-kweun")]
    // Near miss: a lawmaker the lexicon does not know, citing an agency of no country.
    [InlineData("Losses\n\nAbout 700 North Korean soldiers have died in Russia, lawmaker Kang Min-ho told reporters, citing the spy agency.", 700, "Kang Min-ho", "")]
    public void Known_lawmakers_cite_seoul_s_spy_agency(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    [InlineData("Losses\n\nSome 700 North Korean soldiers have died, a South Korean legislator said on Monday after a session with the country's intelligence service.", 700,
        "National Intelligence Service", "South Korean lawmakers")]
    [InlineData("Losses\n\nSome 700 North Korean soldiers have died, a South Korean legislator said on Monday after a session with his country's intelligence service.", 700,
        "National Intelligence Service", "South Korean lawmakers")]
    [InlineData("Losses\n\nSome 700 North Korean soldiers have died, a South Korean legislator said on Monday after a briefing by his country's spy agency.", 700,
        "National Intelligence Service", "South Korean lawmakers")]
    public void A_session_with_the_agency_is_its_briefing(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    // A participle of citing with no commas round it: the subject speaks, the one cited informs it.
    [Theory]
    [InlineData("Losses\n\nOn Tuesday, South Korean lawmakers citing the National Intelligence Service said about 700 North Korean soldiers had been killed.", 700,
        "National Intelligence Service", "South Korean lawmakers")]
    [InlineData("Losses\n\nReuters citing two sources reported that 700 North Korean soldiers had crossed the river.", 700, "sources", "Reuters")]
    // Near miss: with the commas, as before.
    [InlineData("Losses\n\nOn Tuesday, South Korean lawmakers, citing the National Intelligence Service, said about 700 North Korean soldiers had been killed.", 700,
        "National Intelligence Service", "South Korean lawmakers")]
    public void A_speaker_citing_another_without_commas_relays_it(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    // The briefing goes on to what the known lawmaker says in the next sentence, but his own quoted words are his (the DevSet
    // header's quoted relays), named as the lexicon knows him.
    [Fact]
    public void The_known_lawmaker_relays_the_briefing_in_the_next_sentence() =>
        Extracted.AssertVoice("Losses\n\nSome 700 North Korean soldiers have died, a South Korean legislator said on Monday after a session with his country's intelligence service. "
            + "\"Their losses have passed 3,100,\" the member of the intelligence committee, I Song-kweun, told journalists.", 3100, "Lee Seong-kweun", "");
}
