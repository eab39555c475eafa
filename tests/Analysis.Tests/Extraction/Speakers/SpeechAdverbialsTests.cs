namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A speaker and its speech verb parted by the verb's adverbials of time, place or occasion ("late on Monday", "at a press
/// conference in Vilnius", "in a statement on Monday"): the agent of a passive of speaking after them, the speaker of an
/// inverted verb after them, and the speaker before them with its verb after, still speak and are cited, whatever the adverbial
/// (not only a bare "on Monday"). The sentences are ours.
/// </summary>
public class SpeechAdverbialsTests
{
    [Theory]
    // The agent of a passive of speaking past the adverbials.
    [InlineData("The arrival of 1,500 marines was confirmed late on Monday by Navy spokesman Tom Brennan.", "Tom Brennan")]
    [InlineData("The figure of 3,000 troops was given at a press conference in Vilnius by Defence Minister Laura Kalnina.", "Laura Kalnina")]
    [InlineData("The dispatch of 800 police officers was announced in a televised address by President Amara Diallo.", "Amara Diallo")]
    [InlineData("The presence of 600 soldiers near the border was reported earlier this week by Lithuania's defence ministry.", "Lithuanian Defense Ministry")]
    // The inverted verb, its adverbials, then its speaker.
    [InlineData("Some 1,200 soldiers crossed into the region overnight, said in a statement on Monday the Ukrainian General Staff.", "Ukrainian General Staff")]
    // The speaker, its adverbials, then its verb.
    [InlineData("Defence Minister Laura Kalnina late on Monday said 3,000 troops would arrive in spring.", "Laura Kalnina")]
    [InlineData("The Kenyan police at a news conference in Nairobi announced that 400 more officers would fly out.", "Kenyan police")]
    // Wire copy's "here" for the city of its dateline.
    [InlineData("Defence Minister Laura Kalnina here on Monday said the country would send 250 soldiers to the mission.", "Laura Kalnina")]
    public void The_speaker_past_the_adverbials_speaks_and_is_cited(string text, string origin)
    {
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
        Assert.Contains(Mentions(text), m => m.Source == origin);
    }

    [Theory]
    // Near misses: a "by" after an adverbial that names no voice of speaking (a verb that is no speech verb; a cause).
    [InlineData("The move of 2,000 soldiers was delayed late on Monday by a storm.")]
    [InlineData("About 700 soldiers were flown on Monday by Poland to the border.")]
    public void A_by_phrase_after_an_adverbial_of_another_verb_gives_no_voice(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
