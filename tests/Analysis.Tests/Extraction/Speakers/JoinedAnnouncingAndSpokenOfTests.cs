namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that opens its sentence and goes on, after "and", to announce, declare, add, reveal or disclose something speaks for
/// the figure it makes known ("Kim Jong Un thanked the sappers and declared that nine had died"), but only before what is said
/// ("that" within the verb's first words, a colon or a quotation): "and announced a curfew", "and declared a state of emergency",
/// "and added 500 reservists" are acts. And a figure spoken of in the plural present ("local media speak of some 1,600") is its
/// speakers', as "spoke of" and "speaks of" are. The sentences are ours, in the shapes of wire copy and of translated reporting.
/// </summary>
public class JoinedAnnouncingAndSpokenOfTests
{
    [Theory]
    [InlineData("Kim Jong Un thanked the returning sappers and declared that nine soldiers had died clearing mines.", "Kim Jong Un")]
    [InlineData("Defense Minister Ivan Petrov visited the base on Monday and announced that 300 more soldiers would be sent.", "Ivan Petrov")]
    [InlineData("The Kenya Defence Forces cleared the road and announced on Tuesday that 1,200 more soldiers would leave next week.", "Kenya Defence Forces")]
    [InlineData("Chad's army buried its dead in N'Djamena and disclosed that 26 soldiers had been killed in the ambush.", "Chadian Army")]
    public void A_voice_that_goes_on_to_announce_speaks_for_the_figure(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: the same verbs before a thing or an act, and a joined clause with a subject of its own.
    [InlineData("Kenya sent 400 police officers to Haiti and announced a curfew in the capital.")]
    [InlineData("Ivan Petrov sent 2,000 troops to the border and declared a state of emergency.")]
    [InlineData("Seoul welcomed the report that Pyongyang had sent 3,000 troops and announced that it would respond.")]
    public void An_announced_act_is_no_one_s_figure(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("The army has not said how many soldiers are taking part, but local media speak of some 1,600 soldiers.", "local media")]
    [InlineData("Ukrainian officials speak of more than 80,000 Russian troops near the border.", "Ukrainian officials")]
    public void A_figure_spoken_of_is_its_speakers(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: "speak" without "of" says nothing of a figure.
    [InlineData("Soldiers who speak Korean number about 300 in the unit.")]
    public void Speaking_a_language_is_no_citation(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
