namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Ukraine's special operations forces (or "special forces") speaking are cited by the command's own name, "Ukrainian Special
/// Operations Forces", as the dev-set header names them, not as the country's forces at large.
/// </summary>
public class SpecialOperationsForcesNameTests
{
    [Theory]
    [InlineData("Ukraine's special operations forces said they had destroyed 12 armoured vehicles near the border.")]
    [InlineData("Ukrainian special forces reported that 40 enemy soldiers were captured in two raids.")]
    [InlineData("The Ukrainian special operations forces said 25 soldiers surrendered on Tuesday.")]
    public void The_command_is_cited_by_its_own_name(string text) =>
        Assert.Contains(Mentions(text), m => m.Source == "Ukrainian Special Operations Forces");

    [Theory]
    // Near miss: special operations forces counted among what a country moves, saying nothing.
    [InlineData("Ukraine moved 300 soldiers, including special operations forces, to the northern border.")]
    public void Special_forces_that_only_move_are_not_cited(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Ukrainian Special Operations Forces");
}
