namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Outlets that sign off, credit or are cited in war and peacekeeping copy: a national agency's sign-off at a story's end
/// ("… TASR"), a state-founded outlet's closing credit ("-- UNITED24 Media"), a translation's credit ("(Translated from
/// Ukrainian, iPress)"), a reprint credit ("reprinted in The Spokesman-Review"), a live page's broadcaster ("live (RTL)") and a
/// news site named "The" and an everyday word, only where it is cited ("The Edition writes"). Near misses: the everyday word
/// with no citation. The sentences are ours, in shapes real reporting uses.
/// </summary>
public class SignOffsAndRegionalOutletsTests
{
    [Theory]
    [InlineData("Russia has sent 600 more instructors to the Central African Republic, the ministry said. TASR", "TASR")]
    [InlineData("North Korean engineers are clearing mines in Kursk, about 1,000 sappers in all.\n-- UNITED24 Media", "UNITED24 Media")]
    [InlineData("(Translated from Ukrainian, iPress)\nThe DPRK sent 1000 military to demine the Kursk region.", "iPress")]
    [InlineData("Up to 30 North Korean soldiers were killed.\nBy a Washington Post correspondent, reprinted in The Spokesman-Review (Spokane)", "Spokesman-Review")]
    [InlineData("Rwanda, 30 years on: live (RTL)\n\n11:40 By mid-May 1994 the Security Council had authorised 5,500 peacekeepers.", "RTL")]
    [InlineData("A total of 400 Indian soldiers arrived at Hulhule on November 3, The Edition writes in the third part of its series.", "The Edition")]
    [InlineData("A total of 400 Indian soldiers arrived at Hulhule on November 3, according to The Edition.", "The Edition")]
    public void The_outlet_is_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: "edition" as an everyday word, cited by no one.
    [InlineData("The second edition of the exercise brought 400 Indian soldiers to Hulhule.")]
    [InlineData("The Edition of 2019 brought 400 Indian soldiers to Hulhule.")]
    public void The_everyday_word_is_no_outlet(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "The Edition");
}
