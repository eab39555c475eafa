namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed voices: diplomats of no country as the text names them (the DevSet header's batch H: "two diplomats"
/// "diplomats"), a source familiar with a matter as the people familiar with it, people briefed on or with knowledge of it, a
/// capitalised service before "official" kept as the voice's kind, estimates with no owner as the text names them, and a
/// statement verb in a sense that states nothing ("That adds to") carrying no earlier speaker, and the plural present of speech
/// verbs ("Western estimates suggest", "officials acknowledge"), bare officials in copy filed from a state with no state voice cited. Rows where each reading applies
/// and near misses where it must not. The sentences are ours.
/// </summary>
public class DiplomatsAndFamiliarSourcesTests
{
    [Theory]
    // Diplomats of no country are "diplomats"; with a country they keep it, and one diplomatic source is "diplomatic sources".
    [InlineData("Some 2,000 troops were pulled back on Friday, two diplomats said.", 2000, "diplomats")]
    [InlineData("Some 2,000 troops were pulled back on Friday, European diplomats said.", 2000, "European diplomats")]
    [InlineData("Some 2,000 troops were pulled back on Friday, a diplomatic source said.", 2000, "diplomatic sources")]
    // One diplomat after "a" is one of those diplomats; one with a possessive is an office, no group.
    [InlineData("Some 2,000 troops were pulled back on Friday, according to a diplomat briefed on the talks.", 2000, "diplomats")]
    [InlineData("Some 2,000 troops were pulled back on Friday, a senior diplomat said.", 2000, "diplomats")]
    // Also where the determiner opens the sentence, and where a capital places the diplomat.
    [InlineData("A diplomat told Reuters that some 2,000 troops were pulled back on Friday.", 2000, "diplomats")]
    [InlineData("A diplomat in Nairobi said some 2,000 troops were pulled back on Friday.", 2000, "diplomats")]
    [InlineData("Some 2,000 troops were pulled back on Friday, the bloc's top diplomat said.", 2000, null)]
    // A source familiar with a matter names only what the voice knows, as people familiar with it do.
    [InlineData("About 3,000 soldiers will be sent to the border, a source familiar with the matter said.", 3000, "people familiar with the matter")]
    [InlineData("About 3,000 soldiers will be sent to the border, sources familiar with the plans said.", 3000, "people familiar with the plans")]
    [InlineData("About 3,000 soldiers will be sent, people briefed on the plans said.", 3000, "people briefed on the plans")]
    [InlineData("About 3,000 soldiers will be sent, according to people with knowledge of the matter.", 3000, "people with knowledge of the matter")]
    // A capitalised service before "official" is the voice's kind; without one the officials are the country's.
    [InlineData("About 800 Marines are aboard the ships, a U.S. Army official said.", 800, "U.S. Army officials")]
    [InlineData("About 800 Marines are aboard the ships, a U.S. official said.", 800, "U.S. officials")]
    // Estimates that no one owns, as the text names them; a body's own figure stays the body's.
    [InlineData("Independent estimates put the number of troops at 60,000.", 60000, "independent estimates")]
    [InlineData("The army put the number of troops at 60,000, but independent estimates are lower.", 60000, null)]
    // "That adds to" states nothing: the earlier speaker is not carried; "it said" still carries.
    [InlineData("The Pentagon said it would send 2,000 more soldiers. That adds to 100,000 US troops already in Europe.", 100000, null)]
    [InlineData("The Pentagon said it would send 2,000 more soldiers. That brings the total to 100,000 US troops in Europe, it said.", 100000, "Pentagon")]
    public void Names_the_unnamed_voice(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // The plural present of a speech verb, as plural and unnamed voices take it, before or after the figure.
    [InlineData("Russia has lost more than 5,000 soldiers in the battle, Western estimates suggest.", 5000, "Western estimates")]
    [InlineData("Western estimates suggest Russia has lost more than 5,000 soldiers in the battle.", 5000, "Western estimates")]
    [InlineData("About 3,000 troops are in the region, Polish officials acknowledge.", 3000, "Polish officials")]
    [InlineData("Reports indicate that 2,000 soldiers have arrived at the base.", 2000, "reports")]
    // A proposal is no statement of a count, and a document word with no owner is not a voice.
    [InlineData("Officials suggest sending 2,000 soldiers to the border.", 2000, null)]
    [InlineData("The figures suggest 2,000 soldiers have arrived at the base.", 2000, null)]
    public void Reads_the_plural_present_of_a_speech_verb(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // Bare officials in copy filed from a state, where no state voice is cited, are the dateline state's.
    [InlineData("KYIV (Reuters) - About 3,000 troops moved north overnight, officials said.", 3000, "Ukrainian officials")]
    [InlineData("KABUL, March 3 (Reuters) - About 3,000 Afghan troops will be sent to Helmand, officials said.", 3000, "Afghan officials")]
    // Not where the sentence counts another state's troops, nor with no dateline.
    [InlineData("KABUL, March 3 (Reuters) - About 3,000 U.S. troops will leave by July, officials said.", 3000, null)]
    [InlineData("About 3,000 troops moved north overnight, officials said.", 3000, null)]
    public void Bare_officials_are_the_dateline_states(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // "according to" reaches a body that unnamed sources are placed in with "in", as it does with "at" and "within".
    [InlineData("About 3,000 troops moved north, according to sources in the Polish army.", 3000, "Polish military sources")]
    [InlineData("About 3,000 troops moved north, according to sources in the Pentagon.", 3000, "U.S. defense sources")]
    [InlineData("About 3,000 troops moved north, according to sources within the Polish army.", 3000, "Polish military sources")]
    // Bare sources with a place elsewhere in the sentence are not that place's: they are named as the text names them.
    [InlineData("About 3,000 troops moved north in Poland, according to sources.", 3000, "sources")]
    public void According_to_sources_in_a_body(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A title-case dateline whose credit is dated inside its brackets credits the story, not its first figure.
    [InlineData("Metro Manila (CNN Philippines, March 14) - More than 17,000 troops are expected to join this year's drills.", 17000, null)]
    [InlineData("Manila (Rappler, March 14) - More than 17,000 troops are expected to join the drills, the army said.", 17000, "Philippine Army")]
    // An outlet in brackets inside a sentence of lower-case words is no credit line.
    [InlineData("Some 17,000 troops will join the drills (Rappler, March 14) - the army said.", 17000, "Rappler")]
    public void A_dated_credit_line_is_no_speaker(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));
}
