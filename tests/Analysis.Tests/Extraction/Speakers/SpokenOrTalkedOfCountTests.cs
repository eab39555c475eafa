namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that speaks of a count past an adverbial of time or occasion between its verb and the "of" ("had already spoken at
/// the end of December of", "spoke on Monday of", "had spoken at a news conference of", "spoke publicly of"), or that talks of
/// one ("has talked of", "talked about", "was talking about"), is the figure's origin: before, the figure had none. An audience
/// or a client ("spoke to 300 soldiers", "spoke on behalf of 300 families", "was talking to 200 soldiers"), talk with no voice
/// ("there is talk of 6,000") and a verb of something else before a later count still give no voice. The sentences are ours.
/// </summary>
public class SpokenOrTalkedOfCountTests
{
    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelensky had already spoken at the end of December of more than 3,000 North Korean soldiers killed or wounded.", 3000, "Volodymyr Zelensky")]
    [InlineData("The Pentagon spoke on Monday of about 11,000 North Korean troops in the Kursk region.", 11000, "Pentagon")]
    [InlineData("U.S. officials had spoken at a news conference of roughly 1,200 North Korean casualties.", 1200, "U.S. officials")]
    [InlineData("Britain's Ministry of Defence spoke publicly of up to 4,000 North Korean soldiers killed or wounded.", 4000, "British Defense Ministry")]
    [InlineData("The Indian Army had spoken in its press conference of killing 40 Pakistani soldiers.", 40, "Indian Army")]
    [InlineData("U.S. officials have talked of fewer still, around 1,500 North Korean soldiers killed.", 1500, "U.S. officials")]
    [InlineData("The Pentagon talked about roughly 3,000 North Korean troops training in the far east.", 3000, "Pentagon")]
    [InlineData("A week ago Washington was talking of roughly 3,000 North Korean troops in the far east.", 3000, "United States")]
    [InlineData("Britain's Ministry of Defence talked on Monday of sending 1,000 more troops to Estonia.", 1000, "British Defense Ministry")]
    // Near misses: shapes already read keep their voice.
    [InlineData("Ukrainian President Volodymyr Zelensky has spoken of up to 12,000 North Korean soldiers deployed at a time.", 12000, "Volodymyr Zelensky")]
    [InlineData("The Pentagon said at a news conference on Monday that about 11,000 North Korean troops were in Kursk.", 11000, "Pentagon")]
    public void The_speaker_is_the_origin(string text, double value, string origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelensky spoke to 300 soldiers at a base near Sumy on Monday.", 300)]
    [InlineData("Ukrainian President Volodymyr Zelensky was talking to 200 soldiers near the front when the alarm sounded.", 200)]
    [InlineData("A lawyer for the families spoke on behalf of 300 soldiers missing in Kursk.", 300)]
    [InlineData("In Kyiv there is talk of 6,000 more North Korean soldiers on the way.", 6000)]
    [InlineData("The Pentagon talked about the war on Monday as 2,000 more North Korean soldiers reached Kursk.", 2000)]
    [InlineData("Ukrainian President Volodymyr Zelensky spoke at the headquarters of the 47th Brigade, whose 2,000 soldiers hold the line.", 2000)]
    public void An_audience_or_another_topic_gives_no_voice(string text, double value) =>
        Assert.Null(Origin(text, value));
}
