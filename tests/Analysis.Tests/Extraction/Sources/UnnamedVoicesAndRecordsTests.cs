namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed voices: voices and records named by what they are, as the DevSet header names them ("a rights
/// group", "rights activists", "flight trackers", "a joint statement", "official figures", "open-source flight tracking data",
/// "a Japanese report"), sources at a foreign ministry as its country's diplomatic sources, security sources by their
/// country, bare sources a national outlet cites as its country's, and a committee's unnamed head as its state's lawmakers.
/// Sentences of our own, both ways.
/// </summary>
public class UnnamedVoicesAndRecordsTests
{
    [Theory]
    // Voices and records named as the text names them.
    [InlineData("At least 35 soldiers have been killed since May, a rights group said.", "rights group")]
    [InlineData("At least 35 soldiers have been killed since May, according to rights activists.", "rights activists")]
    [InlineData("Human rights groups say at least 35 soldiers have been killed.", "human rights groups")]
    [InlineData("About 1,800 troops landed at the airfield overnight, flight trackers said.", "flight trackers")]
    [InlineData("Some 1,800 troops landed, according to open-source flight tracking data.", "open-source flight tracking data")]
    [InlineData("The two governments will station 4,000 troops on the island, a joint statement said.", "joint statement")]
    [InlineData("Some 2,600 soldiers have been moved to the frontier, official figures show.", "official figures")]
    [InlineData("Some 4,000 troops were flown to the base, a Japanese report said.", "Japanese report")]
    // A body's statistics and records speak for it.
    [InlineData("The Ministry of Defence's statistics show that 1,830 soldiers were based on the island in July.", "British Defense Ministry")]
    [InlineData("Pentagon records show that about 900 Marines rotated through the base last year.", "Pentagon")]
    [InlineData("Some 4,000 troops were flown to the base, according to a Japanese report.", "Japanese report")]
    // Sources at a foreign ministry are its country's diplomatic sources.
    [InlineData("ANKARA (Reuters) - Up to 3,500 Turkish soldiers could be sent, a source at the foreign ministry said.", "Turkish diplomatic sources")]
    [InlineData("The mission will number about 1,200 troops, a source at the Turkish foreign ministry told Reuters.", "Turkish diplomatic sources")]
    // Security sources by the country the sentence or dateline gives them, else as the text names them; officials drop the word.
    [InlineData("BAGHDAD (Reuters) - At least nine soldiers were killed in the ambush, security sources said.", "Iraqi security sources")]
    [InlineData("At least nine Iraqi soldiers were killed in the ambush, security sources told AFP.", "Iraqi security sources")]
    [InlineData("At least nine soldiers were killed in the ambush, security sources said.", "security sources")]
    [InlineData("MOGADISHU (Reuters) - At least nine soldiers were killed in the ambush, two security officials said.", "Somali officials")]
    // Bare sources that a national outlet cites are its country's.
    [InlineData("About 40 Chinese soldiers were killed, the news agency ANI reported, citing sources.", "Indian sources")]
    // A committee's unnamed head is its state's lawmakers.
    [InlineData("SEOUL (Yonhap) - Some 2,500 more troops were sent to Russia, the head of the parliamentary intelligence committee said.", "South Korean lawmakers")]
    [InlineData("SEOUL (Yonhap) - Some 2,500 more troops were sent, the chairman of the National Assembly's intelligence committee said.", "South Korean lawmakers")]
    public void Names_the_voice(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // "group" alone is the group named before; a record analysed by an outlet is not a voice of its own.
    [InlineData("JNIM claimed the ambush. At least 30 soldiers were killed, the group said.", "group")]
    [InlineData("Some 2,000 Marines are aboard, the paper's analysis of satellite images and flight data found.", "flight data")]
    // A service's reports are the service's; a country's intelligence report is its intelligence service's.
    [InlineData("The ministry had not verified Thai army reports that 14 soldiers were captured.", "Thai army reports")]
    [InlineData("About 3,000 troops were sent, according to a South Korean intelligence report.", "South Korean intelligence report")]
    // Instructors are counted as troops far more often than they speak.
    [InlineData("About 150 instructors remain at the base, instructors said.", "instructors")]
    // Sources at a defence ministry are not diplomatic.
    [InlineData("About 1,200 troops will go, a source at the Turkish defence ministry told Reuters.", "Turkish diplomatic sources")]
    // Officials keep no "security" where they have a country; world outlets lend bare sources none.
    [InlineData("MOGADISHU (Reuters) - At least nine soldiers were killed in the ambush, two security officials said.", "Somali security officials")]
    [InlineData("About 40 Chinese soldiers were killed, Reuters reported, citing sources.", "British sources")]
    // A committee's head set beside a name is that person's title.
    [InlineData("About 28,500 U.S. troops are in Korea, Rep. Mike Rogers, the chairman of the House Armed Services Committee, said.", "U.S. lawmakers")]
    [InlineData("About 28,500 troops are in Korea, the chairman of the House Armed Services Committee, Mike Rogers, said.", "U.S. lawmakers")]
    public void Does_not_name(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
