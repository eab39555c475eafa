namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Copy writes a place as an address, the place, a comma and its country ("to Grafenwoehr, Germany", "from Okinawa, Japan", "at a
/// base in Agadez, Niger"), or joins a country to a region after one preposition ("to Europe and Afghanistan", "to Europe,
/// Afghanistan"): the country is where the troops go or are, not whose they are, so the context's actor owns them. Near misses:
/// a country after the comma or "and" that opens a clause of its own ("In Kursk, North Korea has deployed", "and Estonia sent"),
/// and a demonym on the troops themselves. The sentences are ours, in the shapes of US military copy on rotations in Europe and
/// Asia and of wire copy on the Marines' move to Guam.
/// </summary>
public class PlaceQualifiedByCountryTests
{
    [Theory]
    [InlineData("US starts moving troops from Vilseck, Germany\n\nAbout 1,000 soldiers will go to Poland first.", 1000, "United States")]
    [InlineData("US begins Marine move from Okinawa, Japan\n\nRoughly 5,000 troops will leave over two years.", 5000, "United States")]
    [InlineData("Bases\n\nThe United States is reshaping its bases in Asia.\n\nAbout 4,500 soldiers are stationed at Camp Casey, South Korea.", 4500, "United States")]
    [InlineData("Bases\n\nFrance is trimming its African bases.\n\nSome 350 soldiers will stay at Port-Bouet, Ivory Coast.", 350, "France")]
    [InlineData("Rotation\n\nThe Netherlands is sending a company to the east.\n\nAbout 270 troops will train near Rukla, Lithuania, in June.", 270, "Netherlands")]
    [InlineData("Rotation\n\nSpain is rotating its contingent.\n\nSome 600 soldiers will deploy to Adazi, Latvia.", 600, "Spain")]
    [InlineData("Rotation\n\nThe United States is rotating more troops abroad.\n\nAbout 1,800 soldiers will go to Europe and Kosovo.", 1800, "United States")]
    [InlineData("Rotation\n\nThe United States is rotating more troops abroad.\n\nAbout 900 soldiers will go to the Gulf or Jordan.", 900, "United States")]
    [InlineData("US Army to send troops to Europe, Iraq\n\nSome 2,300 soldiers will leave in the spring.", 2300, "United States")]
    // Near misses: the country opens a clause, or a demonym names the troops' own country.
    [InlineData("Front\n\nIn Belgorod, Russia has massed about 30,000 troops, Kyiv said.", 30000, "Russia")]
    [InlineData("Border\n\nSome 1,000 troops reached Narva, and Estonia sent 700 more.", 700, "Estonia")]
    [InlineData("Rotation\n\nThe United States is rotating more troops abroad.\n\nAbout 1,100 Polish soldiers trained at Grafenwoehr, Germany.", 1100, "Poland")]
    public void A_country_that_places_a_place_owns_no_troops(string document, double value, string subject) =>
        Assert.Equal(subject, Of(document, value).Subject);
}
