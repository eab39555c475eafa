namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force's strength with no strength word: after "a"/"an", a number right before a force noun reads as "a 21,500-strong
/// force" (bare_strength_articles, bare_strength_heads, bare_strength_followers).
/// </summary>
public class BareStrengthsBeforeForcesTests
{
    [Theory]
    [InlineData("The African Union keeps a 19,000 Force in the country to fight the insurgents.", 19_000d)]
    [InlineData("The UN runs a 9,500 contingent in the south, its largest mission.", 9_500d)]
    [InlineData("Chad sent a 1,800 contingent to the north of Mali in January.", 1_800d)]
    [InlineData("The rebels field a 4,000 army in the hills, a diplomat said.", 4_000d)]
    [InlineData("Kenya will lead a 1,000 force, backed by a UN resolution.", 1_000d)]
    public void A_number_after_an_article_and_before_a_force_noun_is_its_strength(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // Near misses: the force noun modifies another noun, the number is a year or small, no article before it
    [InlineData("The convoy included a 1,000 army trucks and jeeps.", 1_000d)]
    [InlineData("The minister asked for a 5,000 force increase next year.", 5_000d)]
    [InlineData("He served in a 1990 task force on narcotics.", 1_990d)]
    [InlineData("The mission has a 12 battalion structure.", 12d)]
    [InlineData("Officials counted 400 army vehicles at the depot.", 400d)]
    public void Other_numbers_before_force_nouns_make_no_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);
}
