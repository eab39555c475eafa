namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Countries whose English copy names their bodies and troops by the country's own name ("the Lesotho police", "mutinous Lesotho
/// soldiers", "South African and Botswana troops"): that name is their adjective, so a source inside the police is "Lesotho police
/// sources" and the country's officials "Botswana officials". Near miss: the people's name ("Basotho") still names the country.
/// </summary>
public class NameAsAdjectiveCountriesTests
{
    [Theory]
    [InlineData("MASERU, Lesotho - A source in the Lesotho police said two South African soldiers died along with 13 Lesotho soldiers.", "Lesotho police sources")]
    [InlineData("About 200 troops from Botswana joined the force, officials in Gaborone said.", "Botswana officials")]
    public void The_countrys_name_is_its_adjective(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Fact]
    // The people's name still names the country whose troops they are.
    public void The_peoples_name_names_the_country() =>
        Assert.Contains(Counts("About 300 Basotho soldiers were deployed to the border."), c => c.Subject == "Lesotho");
}
