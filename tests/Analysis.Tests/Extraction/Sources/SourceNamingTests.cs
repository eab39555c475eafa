namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// One name for one body whatever the words around it (issue 14): a country's ministry in any case, an armed service
/// whether it speaks itself or through its spokesperson, an organisation's unit with the place it sits in, and a title
/// set off by a comma before its holder's name.
/// </summary>
public class SourceNamingTests
{
    [Theory]
    // A ministry's lower-case words are its canonical name.
    [InlineData("Russia's defence ministry said 3,000 troops had arrived in the region.", "Russian Defense Ministry")]
    [InlineData("The Polish foreign ministry said 200 soldiers would stay.", "Polish Foreign Ministry")]
    // An armed service is one name whatever follows it.
    [InlineData("The Chadian army said 400 soldiers were killed in the raid.", "Chadian Army")]
    [InlineData("The Malian army said in a statement that 200 fighters were killed.", "Malian Army")]
    [InlineData("The Malian army said, without giving details, that 36 soldiers died.", "Malian Army")]
    // A service's spokesperson speaks for it.
    [InlineData("A Polish army spokesman said 5,000 troops were moving to the border.", "Polish Army")]
    [InlineData("About 900 soldiers will rotate out in May, a Kenyan army spokeswoman said.", "Kenyan Army")]
    // A unit of an organisation, with the place it sits in, is the organisation's voice.
    [InlineData("The NATO mission in Kosovo said 700 more troops would deploy.", "NATO")]
    [InlineData("The UN mission in South Sudan said 1,500 peacekeepers had been moved.", "United Nations")]
    // A definite title, a comma, its holder's name.
    [InlineData("About 3,000 North Korean troops were killed, according to Ukraine's commander-in-chief, Oleksandr Syrskyi.", "Oleksandr Syrskyi")]
    [InlineData("Some 2,000 soldiers arrived, according to the army chief, Ivan Petrenko.", "Ivan Petrenko")]
    public void Names_the_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The lower-case and group readings are gone, not added beside the canonical one.
    [InlineData("Russia's defence ministry said 3,000 troops had arrived in the region.", "Russian defense ministry")]
    [InlineData("The Chadian army said 400 soldiers were killed in the raid.", "Chadian army")]
    [InlineData("A Polish army spokesman said 5,000 troops were moving to the border.", "Polish Army spokesperson")]
    // A spokesperson with a name after him is that person, not the service.
    [InlineData("About 1,100 soldiers will leave for Congo, Indian army spokesman Virendra Singh said.", "Indian Army")]
    // The place a unit sits in does not speak.
    [InlineData("The NATO mission in Kosovo said 700 more troops would deploy.", "Kosovo")]
    // The title before the comma is the person's, not a group's.
    [InlineData("About 3,000 North Korean troops were killed, according to Ukraine's commander-in-chief, Oleksandr Syrskyi.", "Ukrainian commanders")]
    public void Does_not_name(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // After an inverted verb the speaker closes the clause even when words describing them follow.
    [InlineData("Roughly 5,600 US soldiers will be notified this year, said an army official speaking on condition of anonymity.", "U.S. Army officials", true)]
    [InlineData("About 700 Dutch troops will stay, said a defence official who asked not to be named.", "Dutch defense officials", true)]
    // Other words after the voice leave it uncited.
    [InlineData("The Dutch minister said a defence official ordered 700 troops home.", "Dutch defense officials", false)]
    public void Cites_a_described_speaker_after_an_inverted_verb(string text, string source, bool cited) =>
        Assert.Equal(cited, Mentions(text).Any(m => m.Source == source));
}
