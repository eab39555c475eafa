namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Adjectives of countries listed before one voice noun with the serial comma ("U.S., Ukrainian, and South Korean officials
/// said"): each names its country's voice and the figure is the first's (the DevSet header's listed estimates). The ", and"
/// inside the voice's own words is no clause break, wherever the voice stands; a real ", and" clause with a voice of its own
/// still is. The sentences are ours.
/// </summary>
public class SerialCommaVoicesTests
{
    [Theory]
    // The voice after the figure: its own span held the clause's end, and the article lost every figure.
    [InlineData("About 1,000 North Korean soldiers have been killed or wounded, U.S., Ukrainian, and South Korean officials said.", 1000, "U.S. officials")]
    [InlineData("Some 11,000 North Korean troops were sent to Russia last autumn, according to American, Ukrainian, and South Korean intelligence.", 11000, "U.S. intelligence")]
    [InlineData("About 300 North Korean soldiers have been killed, South Korean, Ukrainian, and U.S. officials said on Monday, and 2,700 have been wounded.", 2700, "South Korean officials")]
    // The voice before the verb or fronted: the break had left only the last listed voice in the figure's clause.
    [InlineData("Western, South Korean, and Ukrainian intelligence agencies say Pyongyang deployed more than 10,000 troops.", 10000, "Western intelligence")]
    [InlineData("British, French, and German officials said on Tuesday that about 1,500 more troops would be sent to Estonia.", 1500, "British officials")]
    [InlineData("According to Ukrainian, South Korean, and Western estimates, about 11,000 North Korean soldiers are in Russia.", 11000, "Ukraine")]
    // Near misses: no serial comma, two adjectives, a real clause with a second voice, listed troops that are no voice.
    [InlineData("About 1,000 North Korean soldiers have been killed or wounded, U.S., Ukrainian and South Korean officials said.", 1000, "U.S. officials")]
    [InlineData("About 1,000 North Korean soldiers have been killed or wounded, U.S. and South Korean officials said.", 1000, "U.S. officials")]
    [InlineData("U.S. officials said 1,000 troops would leave Romania, and Polish officials said 500 more would arrive in Poland.", 500, "Polish officials")]
    [InlineData("British, French, and German officials condemned the deployment, and some 3,000 more North Korean soldiers arrived in January.", 3000, null)]
    [InlineData("About 1,000 U.S., British, and French troops are stationed in Estonia.", 1000, null)]
    public void The_first_listed_voice_gives_the_figure(string text, double value, string? origin) => Assert.Equal(origin, Origin(text, value));

    [Fact]
    public void A_serial_comma_voice_after_a_figure_keeps_the_article_s_other_figures()
        => Assert.Equal([1000.0, 500.0], Values("About 1,000 soldiers were sent, according to British, French, and German officials. Another 500 soldiers were sent later, Ukraine said."));
}
