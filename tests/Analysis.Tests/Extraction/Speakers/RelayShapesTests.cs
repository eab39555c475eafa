namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// Who first said it when a claim travels, by category of real reporting: a live entry's label that
/// names its voice, a lawmaker who relays a body's briefing, an audience that passes nothing on, an unnamed voice placed in a
/// capital, a description set before an outlet's name, a country's armed forces after another group's name. Each rule with
/// rows where it applies and rows where the same words must not change the answer. The sentences are ours, in real shapes.
/// </summary>
public class RelayShapesTests
{
    private static (string? Origin, IReadOnlyList<string> Via) Of(string document, double value)
    {
        var count = Extracted.Of(document, value);
        return (count.AttributedTo, count.Via);
    }

    [Theory]
    // A live entry opening on a voice and a colon: the voice speaks; an outlet it names after a link word carried it.
    [InlineData("Ukraine war live\n\n11:02\nZelensky in his nightly address: Russia has lost about 1,000 North Korean troops in Kursk.", 1000, "Volodymyr Zelensky", "")]
    [InlineData("Ukraine war live\n\n11:02\nZelensky to CNN: Russia has lost about 1,000 North Korean troops in Kursk.", 1000, "Volodymyr Zelensky", "CNN")]
    [InlineData("Korea live\n\n09:12\nLawmaker Lee Seong-kweun said the briefing had lasted three hours.\n\n09:20\nMore from Lee: about 300 North Korean soldiers have died.", 300, "Lee Seong-kweun", "")]
    // A topic, a place or a group before the colon names no one.
    [InlineData("Ukraine war live\n\n11:02\nKursk: about 1,000 North Korean troops have been moved to the front.", 1000, null, "")]
    [InlineData("North Korean soldiers in Russia: 600 fallen\n\nThe toll rose in January.", 600, null, "")]
    [InlineData("Ukraine war live\n\n11:02\nBackground: about 1,000 North Korean troops arrived in October.", 1000, null, "")]
    public void A_live_entry_label_names_its_voice(string document, double value, string? origin, string via)
    {
        var (found, chain) = Of(document, value);
        Assert.Equal(origin, found);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), chain);
    }

    [Theory]
    // A lawmaker who speaks after a body's briefing relays it, in the briefing's sentence or a later one.
    [InlineData("Seoul briefing\n\nSouth Korea's spy agency briefed lawmakers on Wednesday. About 4,700 North Korean soldiers have been killed or wounded, South Korean lawmaker Lee Seong-kweun told reporters.", 4700, "National Intelligence Service", "Lee Seong-kweun")]
    [InlineData("Seoul briefing\n\nAbout 4,700 North Korean soldiers have been killed or wounded, South Korean lawmaker Lee Seong-kweun told reporters after the spy agency's briefing.", 4700, "National Intelligence Service", "Lee Seong-kweun")]
    [InlineData("Seoul briefing\n\nSome 2,000 wounded soldiers were flown home, according to deputy Kim Byung-kee, who cites the National Intelligence Service.", 2000, "National Intelligence Service", "Kim Byung-kee")]
    // No briefing, or a speaker who is no lawmaker: the speaker is the origin.
    [InlineData("Seoul briefing\n\nAbout 4,700 North Korean soldiers have been killed or wounded, South Korean lawmaker Lee Seong-kweun told reporters.", 4700, "Lee Seong-kweun", "")]
    [InlineData("Seoul briefing\n\nSouth Korea's spy agency briefed lawmakers on Wednesday. About 4,700 North Korean soldiers have been killed or wounded, Ukrainian President Volodymyr Zelensky said.", 4700, "Volodymyr Zelensky", "")]
    public void A_lawmaker_relays_the_briefing_he_heard(string document, double value, string origin, string via)
    {
        var (found, chain) = Of(document, value);
        Assert.Equal(origin, found);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), chain);
    }

    [Theory]
    // Whoever a speaker told, other than an outlet, passes nothing on.
    [InlineData("UN debate\n\nBritain's envoy to the United Nations, Barbara Woodward, told the Security Council that about 11,000 North Korean troops were in Russia.", 11000, "Barbara Woodward", "")]
    [InlineData("Kursk\n\nThe chief of the general staff, Valery Gerasimov, told the State Duma that about 12,000 North Korean troops had fought in Kursk.", 12000, "Valery Gerasimov", "")]
    // An outlet told relays it.
    [InlineData("UN debate\n\nBritain's envoy to the United Nations, Barbara Woodward, told Reuters that about 11,000 North Korean troops were in Russia.", 11000, "Barbara Woodward", "Reuters")]
    public void An_audience_is_no_via_unless_an_outlet(string document, double value, string origin, string via)
    {
        var (found, chain) = Of(document, value);
        Assert.Equal(origin, found);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), chain);
    }

    [Theory]
    // An unnamed voice placed in a capital is that country's.
    [InlineData("Kursk\n\nSome 1,500 North Korean special forces were flown to Vladivostok last month, a government source in Seoul told Yonhap.", 1500, "South Korean government sources")]
    [InlineData("Kursk\n\nSome 1,500 North Korean special forces were flown to Vladivostok last month, a military source in Kyiv said.", 1500, "Ukrainian military sources")]
    // Not a voice qualified already, nor a diplomat, who is as often posted there by another country.
    [InlineData("Bangui\n\nAbout 2,000 Wagner fighters remain in the Central African Republic, a Western diplomat in Bangui said.", 2000, "Western diplomats")]
    [InlineData("Seoul\n\nAbout 28,500 American troops are based in the South, the daily reported, citing a diplomatic source in Washington.", 28500, "diplomatic sources")]
    public void An_unnamed_voice_in_a_capital_is_that_countrys(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).Origin);

    [Theory]
    // A description set right before an outlet's name describes it: it stands for no earlier source.
    [InlineData("Kursk\n\nNorth Korea has moved about 2,000 more soldiers to Kursk, Ukrainian military intelligence chief Kyrylo Budanov said, as quoted by the agency Interfax-Ukraine.", 2000, "Kyrylo Budanov", "Interfax-Ukraine")]
    // A country's armed forces, named after another group's fighters, are the sentence's country's.
    [InlineData("Mali\n\nFighters of the Macina group ambushed a convoy near Boulkessi, and 15 Malian soldiers were killed, the armed forces said.", 15, "Malian armed forces", "")]
    public void The_voice_is_the_one_the_words_name(string document, double value, string origin, string via)
    {
        var (found, chain) = Of(document, value);
        Assert.Equal(origin, found);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), chain);
    }
}
