namespace Analysis.Tests.Extraction.Sources;

using Analysis.Corpus;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A plural title before two names ("Govs. A and B said", "Governors A and B said", "Mayors A and B said") titles each of them:
/// each is a source of their own, never one joined name "A and B" or "Governors A and B". "Govs." is an abbreviation that ends
/// no sentence, as "Gov." and "Sens." do.
/// </summary>
public class PluralTitlesBeforeNamesTests
{
    [Theory]
    [InlineData("Govs. Marta Quiroga and Dale Whitford said 450 Guard members would stay in their states.", "Marta Quiroga", "Dale Whitford")]
    [InlineData("Governors Marta Quiroga and Dale Whitford said 450 Guard members would stay in their states.", "Marta Quiroga", "Dale Whitford")]
    [InlineData("Mayors Ines Varela and Otto Brandt said 260 soldiers were not needed in their cities.", "Ines Varela", "Otto Brandt")]
    [InlineData("Republican Govs. Marta Quiroga and Dale Whitford announced that 450 Guard members would go south.", "Marta Quiroga", "Dale Whitford")]
    public void Each_titled_name_is_a_source(string text, string first, string second)
    {
        var mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Source == first);
        Assert.Contains(mentions, m => m.Source == second);
        Assert.DoesNotContain(mentions, m => m.Source.Contains(" and "));
    }

    [Fact]
    public void Govs_ends_no_sentence() =>
        Assert.Single(SentenceSplitter.Split("Govs. Marta Quiroga and Dale Whitford said 450 Guard members would stay."));

    [Theory]
    // Near misses: one titled governor, and the plural title with no name after it.
    [InlineData("Gov. Marta Quiroga said 450 Guard members would stay in the state.", "Marta Quiroga")]
    [InlineData("Sens. Marta Quiroga and Dale Whitford said 450 Guard members would stay in their states.", "Dale Whitford")]
    public void A_single_title_still_names(string text, string name) =>
        Assert.Contains(Mentions(text), m => m.Source == name);
}
