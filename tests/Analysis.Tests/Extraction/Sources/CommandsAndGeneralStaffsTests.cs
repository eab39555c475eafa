namespace Analysis.Tests.Extraction.Sources;

using Analysis.Pipeline;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's general staff named with the force it heads ("the general staff of the armed forces", "the General Staff of the
/// Armed Forces", "the army's general staff", "the armed forces' general staff", "the armed forces general staff", "Chad's Armed
/// Forces General Staff") is its General Staff, as "the general staff" is; an army's command named for the army ("the Army
/// Command", "the army command", "the Lebanese Army Command") is the army, whose statements it signs. "The Brazilian Army
/// General Staff" keeps its own name. Near misses: the same words where nobody speaks, the bare general staff, army and armed
/// forces, India's regional commands. The sentences are ours.
/// </summary>
public class CommandsAndGeneralStaffsTests
{
    [Theory]
    [InlineData("Fourteen Malian soldiers were killed near Boni, the general staff of the armed forces said.", "Malian General Staff")]
    [InlineData("Some 400 Chadian troops crossed into the islands on Monday, the General Staff of the Armed Forces said.", "Chadian General Staff")]
    [InlineData("About 1,200 Burkinabe soldiers have been deployed around Dori, the army's general staff said.", "Burkinabe General Staff")]
    [InlineData("Five Cameroonian soldiers were killed in the attack, the armed forces' general staff said.", "Cameroonian General Staff")]
    [InlineData("More than 30 Burkinabe soldiers were killed, a statement from the armed forces general staff said.", "Burkinabe General Staff")]
    [InlineData("Seven Nigerien soldiers were killed, the armed forces general staff said in a communique.", "Nigerien General Staff")]
    [InlineData("About 800 Chadian troops took part, Chad's Armed Forces General Staff said.", "Chadian General Staff")]
    [InlineData("About 600 Brazilian soldiers will be sent to Boa Vista, the Brazilian Army General Staff said.", "Brazilian Army General Staff")]
    [InlineData("About 3,000 Turkish soldiers crossed into northern Iraq, the Turkish Armed Forces General Staff said.", "Turkish General Staff")]
    [InlineData("Thirteen Chadian soldiers were killed on Friday, the General Staff of the Chadian Armies said.", "Chadian General Staff")]
    [InlineData("Around 2,000 Lebanese soldiers were deployed near Tyre, the Lebanese Army Command said.", "Lebanese Army")]
    [InlineData("Some 300 Lebanese soldiers took their positions, the army command said.", "Lebanese Army")]
    [InlineData("About 500 Malian soldiers are now in Kidal, according to the army command.", "Malian Army")]
    [InlineData("BEIRUT - Two Lebanese soldiers were wounded on Sunday by a mine near the border, the Army Command said.", "Lebanese Army")]
    public void Named_for_the_country_s_service(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: bodies already named so; a regional command's own name.
    [InlineData("Eight Malian soldiers were killed near Nara, the general staff said.", "Malian General Staff")]
    [InlineData("Six Nigerien soldiers were wounded, the armed forces said.", "Nigerien armed forces")]
    [InlineData("About 2,500 Romanian soldiers took part, Romania's general staff said.", "Romanian General Staff")]
    [InlineData("About 2,000 Indian soldiers moved to the Line of Actual Control, the Northern Army Command said.", "Northern Army Command")]
    public void Near_misses_keep_their_names(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: the words where nobody speaks.
    [InlineData("About 2,000 Lebanese soldiers moved south after the army command ordered them to the border.", "Lebanese Army")]
    [InlineData("Mutineers surrounded the armed forces general staff building, where 300 Burkinabe soldiers were posted.", "Burkinabe General Staff")]
    public void No_voice_where_nobody_speaks(string text, string body)
    {
        var found = Extractor.Default.Extract(TestData.Passage(text));
        Assert.Null(Assert.Single(found.TroopCounts).AttributedTo);
        Assert.DoesNotContain(found.SourceMentions, m => m.Source == body);
    }
}
