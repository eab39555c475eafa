namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Pipeline;

/// <summary>
/// Who said it, by category of errors on unseen text, each rule with rows where it
/// applies and rows where the same words cite no one: rarer speech verbs and passives, speakers described before their
/// names, documents an outlet saw, pronouns and offices taken up from the sentence before, headings named by a description.
/// The sentences are ours, in shapes real reporting uses.
/// </summary>
public class SpeechVerbsAndTakenUpSpeakersTests
{
    private static (string? Origin, IReadOnlyList<string> Via) Passage(string text, double value)
    {
        var count = Assert.Single(Extractor.Default.Extract(TestData.Passage(text)).TroopCounts, c => c.Value == value);
        return (count.AttributedTo, count.Via);
    }

    private static string? Document(string text, double value) => Extracted.Of(text, value).AttributedTo;

    [Theory]
    // Verbs of translated and wire copy, before and after the speaker.
    [InlineData("Chad will deploy 2,000 soldiers to Mali, the Chadian foreign minister, Moussa Faki Mahamat, declared to the press.", 2000, "Moussa Faki Mahamat")]
    [InlineData("Some 1,500 Belarusian soldiers have been moved to the Polish border, writes the daily Rzeczpospolita.", 1500, "Rzeczpospolita")]
    [InlineData("Around 3,000 Rwandan soldiers have crossed into North Kivu, as reported by Radio Okapi.", 3000, "Radio Okapi")]
    // A passive whose subject refers back to the figure: the agent gave it.
    [InlineData("Some 2,500 Kenyan police will serve in the mission. The figure was given by Foreign Minister Alfred Mutua.", 2500, "Alfred Mutua")]
    [InlineData("Around 600 Kenyan police officers are in Haiti. That figure was provided by the mission's commander, Godfrey Otunge.", 600, "Godfrey Otunge")]
    // A cue before a description of the speaker.
    [InlineData("About 3,000 Wagner fighters have arrived in Belarus. This was stated by the monitoring group Belaruski Hajun on Telegram.", 3000, "Belaruski Hajun")]
    [InlineData("About 600 Sudanese soldiers crossed into Chad. The figure was announced by army spokesman Gen. Azem Bermandoa Agouna.", 600, "Azem Bermandoa Agouna")]
    [InlineData("About 5,000 troops are being readied, according to a letter from Defense Secretary Pete Hegseth to Congress.", 5000, "Pete Hegseth")]
    // Published work by its author: a study, a book, research.
    [InlineData("According to a study by historian Jana Dvorak, 118 soldiers of the invading armies died that year.", 118, "Jana Dvorak")]
    [InlineData("About 140 Cuban soldiers were killed, according to research by the Military History Institute.", 140, "Military History Institute")]
    // Pictures a body released speak for it.
    [InlineData("About 300 North Korean soldiers are clearing mines, according to video released by the Russian defence ministry.", 300, "Russian Defense Ministry")]
    // Not: who only provides troops, or a description that opens a topic.
    [InlineData("Some 1,000 troops provided by Kenya arrived in Haiti.", 1000, null)]
    public void Rarer_verbs_and_described_speakers_are_read(string text, double value, string? origin) =>
        Assert.Equal(origin, Passage(text, value).Origin);

    [Theory]
    // A document an outlet saw is its owner's voice, relayed by the outlet.
    [InlineData("About 1,000 Cuban recruits serve in Russia's army, according to an internal State Department cable seen by Reuters.", 1000, "U.S. State Department", "Reuters")]
    [InlineData("A classified Pentagon assessment obtained by The New York Times estimates that about 500 U.S. military trainers are in Taiwan.", 500, "Pentagon", "The New York Times")]
    public void A_document_an_outlet_saw_speaks_for_its_owner(string text, double value, string origin, string via)
    {
        var (found, chain) = Passage(text, value);
        Assert.Equal(origin, found);
        Assert.Equal([via], chain);
    }

    [Theory]
    // A pronoun takes up the subject of the sentence before when no one there was cited, not the nearer object.
    [InlineData("Foreign Minister Annalena Baerbock spoke with President Gitanas Nauseda in Vilnius. The German brigade will count some 4,800 soldiers, she said.", 4800, "Annalena Baerbock")]
    // An office no titled source fits is the person just named without a title.
    [InlineData("Volodymyr Zelensky spoke of new assaults on Saturday. “North Korea has already sent 11,000 soldiers to Kursk,” the president said.", 11000, "Volodymyr Zelensky")]
    public void Pronouns_and_offices_take_up_the_person_before(string text, double value, string origin) =>
        Assert.Equal(origin, Passage(text, value).Origin);

    [Fact]
    // The speaker of the sentence before, not the one who only informed it: "he" is Lee, whose informant stays the origin.
    public void A_pronoun_takes_up_the_speaker_not_the_informant()
    {
        var (origin, via) = Passage("Lawmaker Lee Seong-kweun said North Korea had lost men, citing Park Sun-won. About 3,000 North Korean soldiers were wounded, he said.", 3000);
        Assert.Equal("Park Sun-won", origin);
        Assert.Equal(["Lee Seong-kweun"], via);
    }

    [Theory]
    // A heading's voice named only by a description is the first voice below, of the description's country.
    [InlineData("Kyiv's spies: Russia has signed up 3,000 more North Korean soldiers\n\nUkraine's military intelligence said on Tuesday that the new arrivals were training.", 3000, "Ukrainian military intelligence")]
    // Not: a voice of another country, or a topic.
    [InlineData("Kyiv's spies: Russia has signed up 3,000 more North Korean soldiers\n\nSouth Korea's spy agency said on Tuesday that the new arrivals were training.", 3000, null)]
    [InlineData("Rising tensions: 3,000 troops mass near the border\n\nThe Pentagon said on Monday that it was watching closely.", 3000, null)]
    // A live blog entry's speaker after its time stamp, in a body paragraph that ends in a full stop.
    [InlineData("Zapad live\n\n09:40 MSK\nRussia's defence ministry: 12,800 Belarusian and Russian troops are training on Belarusian ranges.", 12800, "Russian Defense Ministry")]
    // Not: a body line's label without a time stamp is a topic or a dateline.
    [InlineData("Bases abroad\n\nKuwait: More than 13,000 U.S. troops are stationed there.", 13000, null)]
    // A voice the kit names itself stays the heading's.
    [InlineData("US officials: 2,000 troops to deploy to Poland\n\nThe Pentagon said on Monday that the soldiers would leave from Fort Bragg.", 2000, "U.S. officials")]
    public void A_heading_described_voice_is_the_voice_below(string text, double value, string? origin) =>
        Assert.Equal(origin, Document(text, value));
}
