namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sign-off may credit two outlets joined by "and" ("-- Reuters and AFP"), and name a paper with its city in brackets
/// ("-- The Star (Johannesburg) and Sapa-AFP"), as South African and older wire copy does: each outlet is a source of the
/// story, the city none. Near misses: a bracket that ends a sentence with no dash before it names no outlet, and a credit
/// still needs a sentence's end before its dash. The sentences are ours.
/// </summary>
public class JoinedSignOffsTests
{
    [Theory]
    [InlineData("Some 1,300 SANDF troops are to stay in the Congo, officials said.\n-- Reuters and AFP", "Reuters")]
    [InlineData("Some 1,300 SANDF troops are to stay in the Congo, officials said.\n-- Reuters and AFP", "AFP")]
    [InlineData("Some 1,300 SANDF troops are to stay in the Congo, officials said.\n-- The Mercury (Durban) and Sapa-AFP", "The Mercury")]
    [InlineData("Some 1,300 SANDF troops are to stay in the Congo, officials said.\n-- The Mercury (Durban) and Sapa-AFP", "South African Press Association")]
    [InlineData("Some 1,300 SANDF troops are to stay in the Congo, officials said.\n-- The Mercury (Durban)", "The Mercury")]
    public void Each_outlet_of_the_sign_off_is_a_source(string text, string source) =>
        Assert.Contains(Mentions("Congo\n\n" + text), m => m.Source == source);

    [Theory]
    [InlineData("Some 1,300 SANDF troops are to stay in the Congo, officials said.\n-- The Mercury (Durban) and Sapa-AFP", "Durban")]
    [InlineData("Some 1,300 SANDF troops are to stay near the border (Bukavu and Goma).", "Goma")]
    [InlineData("Some 1,300 SANDF troops - Reuters and AFP say - are to stay in the Congo.", "Reuters and AFP")]
    public void Not_a_source(string text, string source) =>
        Assert.DoesNotContain(Mentions("Congo\n\n" + text), m => m.Source.Contains(source));
}
