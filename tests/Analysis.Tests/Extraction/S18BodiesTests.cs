namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Session 18's bodies lane: a body is a voice by its role and is named by the convention from the words bound to it. Sources or
/// officials placed inside a body named only by its kind ("an official at the defence ministry") are that country's trade's; a bare
/// "the ministry" in troop copy is the defence ministry; a body named by its kind takes the country of a cited source, else of the
/// troops it counts, else the dateline's before a country its sentence only names; one holder of a service's office with no name after
/// it is the service ("Venezuela's navy commander"), an indefinite one a group; an administration official is the country's officials;
/// a body that releases images speaks for what they show. Both ways, with the traps.
/// </summary>
public class S18BodiesTests
{
    [Theory]
    [InlineData("NEW DELHI (PTI) - About 3,500 troops have moved to the frontier, sources in the defence ministry said.", "Indian defense sources")]
    [InlineData("NEW DELHI (PTI) - Some 1,200 soldiers were airlifted to the valley, an official at the defence ministry told PTI.", "Indian defense officials")]
    [InlineData("Some 2,000 Malian soldiers were sent north, officials in the army said on Friday.", "Malian Army officials")]
    public void Voices_inside_a_body_named_by_its_kind_are_its_countrys_trade(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The voices inside the ministry speak, not the ministry.
    [InlineData("NEW DELHI (PTI) - About 3,500 troops have moved to the frontier, sources in the defence ministry said.", "Indian Defense Ministry")]
    // With no country in the passage, no voice is made up for the body.
    [InlineData("About 3,500 troops have moved to the frontier, sources in the defence ministry said.", "Indian defense sources")]
    public void A_body_that_holds_the_voices_is_not_the_voice(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Belarus first planned to send 13,000 soldiers, but in May the ministry said some 7,000 would go.", 7_000d, "Belarusian Defense Ministry")]
    [InlineData("ISLAMABAD - At least 11 soldiers were killed during a week of clashes with India, the military said.", 11d, "Pakistani military")]
    [InlineData("ISLAMABAD - At least 11 Indian soldiers were killed in the clashes, the military said.", 11d, "Indian military")]
    [InlineData("Some 40 Malian soldiers died in the ambush, the army said.", 40d, "Malian Army")]
    public void A_body_named_by_its_kind_takes_the_passages_country(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // A foreign ministry named before is the one the bare noun takes up, not the defence ministry.
    [InlineData("Poland's foreign ministry summoned the envoy. Some 600 Belarusian troops are at the border, the ministry said.", "Polish Defense Ministry")]
    // A dateline is where the copy is filed; a body the sentence's own troops name keeps their country.
    [InlineData("ISLAMABAD - At least 11 Indian soldiers were killed in the clashes, the military said.", "Pakistani military")]
    public void A_bare_kind_noun_keeps_what_the_passage_names(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("About 300 troops were sent to the islands, Venezuela's navy commander said.", "Venezuelan Navy")]
    [InlineData("About 300 troops were sent to the islands, the Venezuelan navy commander said.", "Venezuelan Navy")]
    [InlineData("About 300 troops were sent to the border, Venezuela's air force chief said.", "Venezuelan Air Force")]
    [InlineData("About 300 troops were sent to the border, Venezuela's army commander said.", "Venezuelan Army")]
    [InlineData("About 300 troops were sent to the islands, a Venezuelan navy commander said.", "Venezuelan Navy commanders")]
    [InlineData("About 300 troops were sent to the islands, Venezuelan army commanders said.", "Venezuelan Army commanders")]
    public void One_holder_of_a_services_office_is_the_service_and_several_a_group(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A holder named after the title is that person, not the service.
    [InlineData("About 300 troops were sent to the islands, Venezuela's navy commander, Adm. Juan Perez, said.", "Venezuelan Navy")]
    // An indefinite holder is one of the service's unnamed commanders, not the service.
    [InlineData("About 300 troops were sent to the islands, a Venezuelan navy commander said.", "Venezuelan Navy")]
    public void A_named_or_indefinite_holder_is_not_the_service(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("About 500 U.S. troops will leave the base by spring, a senior administration official said.", "U.S. officials")]
    [InlineData("NATO released satellite images that it said showed some 40,000 troops near the border.", "NATO")]
    [InlineData("NATO on Monday released new satellite imagery showing about 40,000 troops near the border.", "NATO")]
    public void An_administration_official_and_a_body_releasing_images_are_voices(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Still no country is made up for an administration's official, and footage a body releases is no voice of it.
    [InlineData("About 500 troops will leave the base by spring, a senior administration official said.", "U.S. officials")]
    [InlineData("About 500 U.S. troops will leave the base by spring, a senior administration official said.", "U.S. administration officials")]
    [InlineData("The ministry released footage showing some 300 soldiers at the crossing.", "ministry")]
    public void Neither_a_made_up_country_nor_footage_names_a_voice(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.Contains(source, StringComparison.Ordinal));
}
