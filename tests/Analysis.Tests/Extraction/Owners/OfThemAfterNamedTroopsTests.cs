namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Kyiv said its troops had clashed with North Korean soldiers, after Washington warned that thousands of them had been sent
/// to help Moscow": a figure that points back ("of them") counts the troops its own sentence named last by a demonym as the
/// other side (after a partner word: "clashed with"), before any country of the sentences before. Not the side that speaks
/// ("Ukrainian forces said they had killed hundreds of them"), nor a possessive's force the people before joined ("The Chinese
/// who have joined Russia's forces, more than 100 of them"). The sentences are ours.
/// </summary>
public class OfThemAfterNamedTroopsTests
{
    [Theory]
    [InlineData("Ukrainian officers said the captives were held by Russia. Kyiv said its units had clashed with North Korean soldiers near Sudzha, after Seoul warned that thousands of them had been moved to help Moscow.", "North Korea")]
    [InlineData("Kyiv said its brigades had clashed with Belarusian soldiers, after Lithuania warned that hundreds of them had crossed the border.", "Belarus")]
    // Near misses: the side that speaks of them, and the people of a country before a possessive's force they joined.
    [InlineData("Estonia said Russian units had massed nearby, and Ukrainian soldiers said they had seen hundreds of them.", "Russia")]
    [InlineData("The Nepalis who have joined Russia's army, more than 200 of them, were promised pay, Kathmandu said.", null)]
    public void Of_them_counts_the_troops_named_last(string text, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text)).Subject);
}
