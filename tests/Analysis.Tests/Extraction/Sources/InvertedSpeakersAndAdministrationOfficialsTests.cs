namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People and unnamed voices: a speaker after an inverted verb whose clause closes after a time, a party in
/// brackets or where it was said; a title of several words before a lone surname, which is no part of the name; "administration
/// officials" as U.S. officials, in a transcript's label in capitals too ("SENIOR ADMINISTRATION OFFICIAL:"); people on the ground named
/// by what they are; translated copy's "functionaries" as officials.
/// Sentences of our own, both ways.
/// </summary>
public class InvertedSpeakersAndAdministrationOfficialsTests
{
    [Theory]
    // The speaker after an inverted verb, with a time, a party or the occasion closing the clause.
    [InlineData("Some 8,000 soldiers are deployed, said Anna Vogel on Tuesday.", "Anna Vogel")]
    [InlineData("Some 8,000 soldiers are deployed, declared Minister-President Anna Vogel (SPD) on Tuesday.", "Anna Vogel")]
    [InlineData("Some 8,000 soldiers are deployed, said Lt. Gen. Ivan Petrenko last week.", "Ivan Petrenko")]
    [InlineData("Some 8,000 soldiers are deployed, said Ivan Petrenko in a statement.", "Ivan Petrenko")]
    // A title of several words, or of one, before a lone surname.
    [InlineData("Defense Minister Petrenko announced that 3,000 troops would return to their bases.", "Petrenko")]
    [InlineData("President Kowalski said 3,000 troops would return to their bases.", "Kowalski")]
    // An administration's unnamed officials are the U.S. executive's.
    [InlineData("About 5,000 troops remain in the region, a senior administration official said.", "U.S. officials")]
    [InlineData("About 5,000 Russian troops remain near the border, according to administration officials.", "U.S. officials")]
    // People on the ground, named as the text names them.
    [InlineData("About 900 troops were seen entering the town, eyewitnesses said.", "eyewitnesses")]
    [InlineData("About 900 troops were seen entering the town, villagers told AFP.", "villagers")]
    [InlineData("About 900 troops were moved to the front, military bloggers said.", "military bloggers")]
    // Translated copy's functionaries are officials.
    [InlineData("Washington will keep some 2.000 soldiers in Syria, informed the agency citing two American functionaries.", "U.S. officials")]
    // A transcript's speaker label in capitals names an unnamed voice as lower-case copy does.
    [InlineData("Background call\n\nSENIOR ADMINISTRATION OFFICIAL: About 3,500 troops will stay at the base for now.", "U.S. officials")]
    [InlineData("Briefing\n\nSENIOR DEFENSE OFFICIAL: About 3,500 troops will stay at the base for now.", "U.S. defense officials")]
    public void Names_the_voice(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A title is no part of the person's name.
    [InlineData("Defense Minister Petrenko announced that 3,000 troops would return to their bases.", "Defense Minister Petrenko")]
    [InlineData("President Kowalski said 3,000 troops would return to their bases.", "President Kowalski")]
    // A name whose clause runs on after the time is what was said, not who said it.
    [InlineData("The ministry said Russia on Monday moved 3,000 troops to the border.", "Russia")]
    // An administration's word is no part of the officials' name; a spokesperson of one country stays as named.
    [InlineData("About 5,000 troops remain in the region, a senior administration official said.", "U.S. administration officials")]
    [InlineData("Washington will keep some 2.000 soldiers in Syria, informed the agency citing two American functionaries.", "U.S. functionaries")]
    // A label in capitals that names no voice ("Q:") and a topic in capitals name none.
    [InlineData("Briefing\n\nQ: Are 3,500 troops staying at the base?", "Q")]
    [InlineData("Briefing\n\nTROOP LEVELS: About 3,500 troops will stay at the base for now.", "troop levels")]
    public void Does_not_name(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
