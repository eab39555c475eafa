namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two descriptions that take up a voice named paragraphs before. "The Ukrainian agency added that …" after Ukraine's military
/// intelligence spoke is that intelligence service: a demonym between "the" and "agency" made no description before, so the
/// figure had no voice; the demonym keeps the agency to its own country's. And "…, the spokeswoman said" after "Major Ilse
/// Vos, a spokeswoman for the Dutch army, said …" is Vos: the office stood only in her apposition, not in her title, so
/// "the spokeswoman" found no one. The sentences are ours.
/// </summary>
public class DemonymAgencyAndApposedOfficeTests
{
    [Theory]
    [InlineData("Estonia's military intelligence said on Tuesday that a new brigade had formed.\n\nThe Estonian agency added that 4,500 soldiers were in training.", 4500, "Estonian military intelligence")]
    [InlineData("Major Ilse Vos, a spokeswoman for the Dutch army, said the convoy had left.\n\nThe roads were icy.\n\nAbout 650 soldiers are on the move, the spokeswoman said.", 650, "Ilse Vos")]
    [InlineData("Captain Ruud Berg, the spokesman of the Dutch navy, said the frigate had sailed.\n\nThe sea was calm.\n\nSome 180 sailors are aboard, the spokesman said.", 180, "Ruud Berg")]
    public void The_description_is_the_voice_named_before(string paragraphs, double value, string origin) =>
        Assert.Equal(origin, Of("Headline\n\n" + paragraphs, value).AttributedTo);

    // Near misses: an agency of another country is not the one named before; a person whose apposition names another office is
    // not the spokeswoman.
    [Theory]
    [InlineData("Estonia's military intelligence said on Tuesday that a new brigade had formed.\n\nThe Latvian agency added that 4,500 soldiers were in training.", 4500)]
    [InlineData("Major Ilse Vos, a commander in the Dutch army, said the convoy had left.\n\nThe roads were icy.\n\nAbout 650 soldiers are on the move, the spokeswoman said.", 650)]
    public void Another_voice_is_not_taken_up(string paragraphs, double value) =>
        Assert.Null(Of("Headline\n\n" + paragraphs, value).AttributedTo);
}
