namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Agencies that copy credits by their initials: the Jewish Telegraphic Agency ("TEL AVIV (JTA) -") and the South African Press
/// Association, which signed "Sapa" alone or before the agency it relayed ("-- Sapa-AFP"). The story's source is the agency by
/// its name, not its initials. Near misses: "Sapa" outside a credit (a town in Vietnam, a word) is no agency. The sentences are ours.
/// </summary>
public class AgencyInitialCreditsTests
{
    [Theory]
    [InlineData("JERUSALEM (JTA) - Some 20,000 reservists have been called up, the army said today.", "Jewish Telegraphic Agency")]
    [InlineData("About 2,500 soldiers were sent to the Golan, the Jewish Telegraphic Agency reported.", "Jewish Telegraphic Agency")]
    [InlineData("JOHANNESBURG (Sapa) - About 800 South African soldiers will go to Burundi next month, the defence ministry said.", "South African Press Association")]
    [InlineData("Some 1,300 SANDF troops are to stay in the Congo, officials said. -- Sapa-AFP", "South African Press Association")]
    [InlineData("Some 1,300 SANDF troops are to stay in the Congo, officials said. -- Sapa-AFP", "AFP")]
    public void An_agency_credited_by_initials_is_the_agency(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("JERUSALEM (JTA) - Some 20,000 reservists have been called up, the army said today.", "JTA")]
    // Near miss: "Sapa" outside a credit.
    [InlineData("About 300 soldiers were sent to Sapa after the floods, officials said.", "South African Press Association")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
