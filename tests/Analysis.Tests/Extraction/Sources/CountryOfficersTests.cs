namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's officer is a military voice, named as one ("a senior Honduran officer said": "Honduran military officers"), as a
/// country's commander is; a police or a naval officer keeps that word ("Kenyan police officers", "U.S. naval officers"), as
/// the DevSet header names them. The sentences are ours, in the shapes of AP and UPI copy of 1988.
/// </summary>
public class CountryOfficersTests
{
    [Theory]
    [InlineData("Border\n\nSome 1,500 Guatemalan soldiers moved to the frontier, a senior Guatemalan officer said.", "Guatemalan military officers")]
    [InlineData("Border\n\nSome 1,500 Guatemalan soldiers moved to the frontier, Guatemalan officers told reporters.", "Guatemalan military officers")]
    [InlineData("Border\n\nSome 150 Kenyan police officers reached the port, a Kenyan police officer said.", "Kenyan police officers")]
    [InlineData("Border\n\nSome 1,500 sailors reached the port, a U.S. naval officer said.", "U.S. naval officers")]
    public void A_country_s_officer_is_named_by_his_service(string document, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(document)).AttributedTo);
}
