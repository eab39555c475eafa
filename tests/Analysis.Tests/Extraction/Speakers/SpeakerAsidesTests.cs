namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A speaker and its speech verb split by an aside: between a pair of dashes (em or en dash, spaced or not, or a hyphen with a
/// space on each side) as copy sets it off as often as by commas, an aside between commas of up to some twenty words, and the
/// platform or place an inverted verb spoke on or in before a titled speaker ("…, wrote on Telegram Defence Minister X"): the
/// speaker past the aside gives the figure its voice. The sentences are ours.
/// </summary>
public class SpeakerAsidesTests
{
    [Theory]
    // Dashes of each kind around an apposition, a relative clause, a participle, an adverbial.
    [InlineData("Brigadier Anna Sowa — the contingent's deputy commander — said 180 engineers had reached the camp.", "Anna Sowa")]
    [InlineData("Interior Minister Tomas Berg – who visited the base on Friday – told reporters 600 police officers would follow in spring.", "Tomas Berg")]
    [InlineData("The Latvian defence ministry - in a statement posted on its website - estimated the battalion's strength at 900 soldiers.", "Latvian Defense Ministry")]
    [InlineData("Rear Admiral Ines Duarte—speaking to sailors in the port—put the number of marines aboard at 1,100.", "Ines Duarte")]
    // The figure first, the speaker and its aside after it.
    [InlineData("About 400 soldiers have crossed the river, Colonel Rui Matos — whose unit holds the bridge — told reporters.", "Rui Matos")]
    // A participial aside between commas past 120 characters.
    [InlineData("Navy chief Karl Lind, speaking on public radio about the exercise the fleet began last week to test its defences along the whole of the southern coast, said 2,000 sailors were taking part.", "Karl Lind")]
    // The platform or the place of an inverted verb before a titled speaker.
    [InlineData("Some 300 troops were moved to the border overnight, wrote on Telegram Defence Minister Oleh Marchenko.", "Oleh Marchenko")]
    [InlineData("About 1,200 soldiers remain in the region, said in Vilnius Foreign Minister Laura Kalnina.", "Laura Kalnina")]
    public void The_speaker_past_the_aside_speaks(string text, string origin)
    {
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
        Assert.Contains(Mentions(text), m => m.Source == origin);
    }

    [Theory]
    // Near misses: dashes around an aside with no speech verb after it, and a capitalised word after "in" that is no adverbial
    // of an inverted verb of speaking.
    [InlineData("The 250 soldiers — most of them engineers — reached the camp on Monday.")]
    [InlineData("Colonel Rui Matos - the unit's commander - arrived on Monday with 250 soldiers.")]
    [InlineData("The 1,100 marines—most of them conscripts—said the port was calm.")]
    [InlineData("About 250 soldiers marched in Warsaw Defence Minister Jan Kowal's honour.")]
    public void An_aside_before_no_speech_verb_gives_no_voice(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: a platform that opens a title with no "on" before it is part of the title.
    [InlineData("Facebook spokesman Dan Reyes said 300 National Guard troops had been filmed at the site.", "Dan Reyes")]
    public void A_platform_in_a_title_stays_in_it(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
