namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;

/// <summary>The troop noun after a number, past up to five modifiers (noun_modifiers or capitalized words).</summary>
public class NounAfterNumberTests
{
    private static readonly NounAfterNumber Noun = new(["more", "elite", "special", "of", "its", "combat-ready"], ["troops", "soldiers", "special forces", "men"]);

    [Theory]
    [InlineData("8,500 North Korean soldiers are there", "8,500 North Korean soldiers")]
    [InlineData("3,000 more elite special forces troops", "3,000 more elite special forces")] // "forces" alone is no noun here
    [InlineData("3,000 - Troops", "3,000 - Troops")]
    [InlineData("3,000 of its combat-ready men", "3,000 of its combat-ready men")]
    [InlineData("3,000 Special\tForces", "3,000 Special\tForces")]
    [InlineData("3,000 A B C D E soldiers", "3,000 A B C D E soldiers")]
    public void The_noun_ends_the_figure(string text, string figure) =>
        Assert.Equal(figure.Length, Noun.NounEnd(text, 5, text.Length));

    [Theory]
    [InlineData("3,000 A B C D E F soldiers")]   // six modifiers
    [InlineData("3,000 troopships")]             // not a whole word
    [InlineData("3,000 soldiers_x")]
    [InlineData("3,000 Elite soldiers")]          // modifiers keep their case, and "Elite" is capitalized: found
    public void Otherwise_there_is_none_or_the_capitalized_word_reads_as_a_modifier(string text)
    {
        var end = Noun.NounEnd(text, 5, text.Length);
        Assert.Equal(text.Contains("Elite") ? text.Length : -1, end);
    }
}
