namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A preposition or conjunction that opens a sentence ("Since", "During", "Until", "Despite" …: not_name_starts) is grammar,
/// never the first word of a person's name, though a month and a name follow it with no comma between. Sentences of our own.
/// </summary>
public class OpeningPrepositionsTests
{
    [Theory]
    [InlineData("Since June Park told reporters 2,000 troops were in the border region.", "Since")]
    [InlineData("Until March Kim said 3,000 troops had gone home.", "Until")]
    // A conjunction that opens a clause before a capitalised title ("As the President stressed") names no "As the President".
    [InlineData("As the President stressed on Friday, 1,500 soldiers will stay at the bases.", "As")]
    [InlineData("If the Minister says so, 800 troops will leave by June.", "If")]
    public void An_opening_preposition_starts_no_name(string text, string opener) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.StartsWith(opener + " ", StringComparison.Ordinal));

    [Theory]
    // Near misses: a title that opens with such a word ("Under Secretary") still names its holder, and a name after the lead
    // is still cited.
    [InlineData("Under Secretary Colin Kahl said 3,000 troops left.", "Colin Kahl")]
    [InlineData("During April Lee Seong-kweun said 2,000 troops had died.", "Lee Seong-kweun")]
    public void The_name_after_the_opening_is_still_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
