namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country that places a city or a region names where troops are, never whose they are: as a demonym before a noun of
/// place ("Kano, the Nigerian city") and as a name after "capital of", "town of" ("Gao, a town of Mali"), whatever stands
/// before the phrase. A demonym before a troop noun still owns. The sentences are ours.
/// </summary>
public class CitiesOfACountryTests
{
    [Theory]
    [InlineData("Around 1,800 soldiers landed in Lome, the Togolese capital.", 1800, "")]
    [InlineData("Around 1,800 soldiers landed in Kano, the Nigerian city.", 1800, "")]
    [InlineData("Some 1,800 soldiers now guard Mopti, a town of Mali.", 1800, "")]
    // Near miss: the demonym is on the troops.
    [InlineData("Around 1,800 Togolese soldiers landed in the capital.", 1800, "Togo")]
    public void A_country_that_places_a_city_owns_no_troops(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject ?? "");
}
