namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A spokesperson's title joined to the body after it by "for" and a name apposed after the body ("A spokesman for
/// the Afghan Defense Ministry, Ahmad Karimi, said …", "Deputy spokeswoman for Kenya's National Police Service, …, confirmed …")
/// is one voice, the person, as "The Pentagon spokesman, Jonathan Hoffman, said" is; the body had taken the figure. Not the
/// title with no name after the body, nor a name that opens a list of voices. The sentences are ours, in the shape of wire,
/// Caribbean and West African copy and of translated copy (the "porte-parole de …, X," order).
/// </summary>
public class SpokespersonForBodyTests
{
    [Theory]
    [InlineData("A spokesman for the Afghan Defense Ministry, Ahmad Karimi, said 12 soldiers were killed in the attack.", "Ahmad Karimi")]
    [InlineData("Deputy spokesperson for Kenya's National Police Service, Mary Wanjiru, confirmed that 230 officers had landed.", "Mary Wanjiru")]
    [InlineData("A spokeswoman for the Pentagon, Lisa Moore, said about 1,500 Marines were ready to deploy.", "Lisa Moore")]
    public void The_named_spokesperson_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    // Near miss: with no name apposed after the body, the body speaks.
    [Fact]
    public void With_no_name_after_the_body_the_body_speaks() =>
        Assert.Equal("Afghan Defense Ministry", Assert.Single(Counts("A spokesman for the Afghan Defense Ministry said 12 soldiers were killed in the attack.")).AttributedTo);

    // Near miss: a name that opens a list of voices after the title is not the title's holder.
    [Fact]
    public void A_name_opening_a_list_of_voices_does_not_speak_for_the_title() =>
        Assert.NotEqual("John Kirby", Assert.Single(Counts("The Pentagon spokesman, John Kirby and the White House said 2,000 soldiers would go.")).AttributedTo);
}
