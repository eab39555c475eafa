namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Copy often leaves a person's closing aside open before the verb: "…, Lin Mei-hua, deputy director of the ministry's
/// Planning Office said on Tuesday." The person speaks when the aside opens with a word of office, holds "of", and its verb ends
/// the sentence or a phrase of time or place follows. A country or a capitalised name before the verb is no such aside: there the
/// unnamed office holder speaks, whom the kit does not name. The sentences are ours.
/// </summary>
public class UnclosedClosingAsidesTests
{
    [Theory]
    [InlineData("Some 9,000 reservists joined the drills, Lin Mei-hua, deputy director of the ministry's Planning Office said on Tuesday.", "Lin Mei-hua")]
    [InlineData("About 450 peacekeepers have arrived, Tomas Berzins, head of the mission's press office said.", "Tomas Berzins")]
    // An acronym in brackets inside the aside, and "that" after the verb.
    [InlineData("Tomas Berzins, head of the Defence Intelligence Directorate (DID) said that about 450 peacekeepers have arrived.", "Tomas Berzins")]
    [InlineData("About 450 peacekeepers have arrived, Tomas Berzins, head of the Joint Operations Centre (JOC) said on Tuesday.", "Tomas Berzins")]
    public void The_person_before_the_open_aside_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: a country before the aside, and a name that ends the aside.
    [InlineData("Pyongyang sent 1,200 troops to Russia, deputy head of the agency said.")]
    [InlineData("Pyongyang sent 1,200 troops to Russia, deputy head of the agency Park said.")]
    public void A_country_before_the_aside_does_not_speak(string text) =>
        Assert.NotEqual("Russia", Assert.Single(Counts(text)).AttributedTo);
}
