namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's officer is a military voice, named as one ("a senior Honduran officer said": "Honduran military officers"), as a
/// country's commander is; a police or a naval officer keeps that word ("Kenyan police officers", "U.S. naval officers"), as
/// the DevSet header names them. So is the holder of a commissioned rank after a country's adjective ("a French colonel said",
/// "an Israeli lieutenant told reporters": "French military officers"); "general" and "major" are not such ranks here ("the
/// Russian general staff", "a major Ukrainian push"), nor a captain of no country. The sentences are ours, in the shapes of AP
/// and UPI copy of 1988 and of war reporting from Congo, Mali and Ukraine.
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

    [Theory]
    [InlineData("Bunia\n\nAbout 100 French special forces landed at the airstrip on Friday, a French colonel said.", "French military officers")]
    [InlineData("Front\n\nAn Israeli lieutenant told reporters that 300 soldiers had entered the town.", "Israeli military officers")]
    [InlineData("Front\n\nTwo Ukrainian captains said 40 soldiers of their battalion were killed in the assault.", "Ukrainian military officers")]
    [InlineData("Front\n\nSome 2,000 Malian soldiers hold the town, a senior Malian army colonel said.", "Malian Army officers")]
    public void A_country_s_ranked_officer_is_one_of_its_military_officers(string document, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(document)).AttributedTo);

    [Theory]
    // Near misses: the general staff is a body, and a captain of no country is no country's officer.
    [InlineData("Front\n\nThe Russian general staff said 100 soldiers had landed.", "Russian military officers")]
    [InlineData("Front\n\nThe captain of the team said 100 soldiers had landed.", "military officers")]
    public void No_rank_group(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);
}
