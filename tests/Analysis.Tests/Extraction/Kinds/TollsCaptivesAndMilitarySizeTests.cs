namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Kinds and owners: a toll told in a headline's present ("toll rises to 19") counts casualties as its past does;
/// captives by other words than "captured" are casualties; a state's whole military as the subject of a verb of strength, or
/// bound to a strength ("100,000-strong military"), is its size; troops near a country or bound for it are not that country's,
/// whichever of its bodies counts them. Each rule has rows where like words must leave the figure as it was.
/// </summary>
public class TollsCaptivesAndMilitarySizeTests
{
    [Theory]
    // A toll verb in the present, a casualty word before it.
    [InlineData("Two more soldiers killed, toll rises to 19 in border clashes\n\nThe army gave no details.", 1, TroopKind.Casualties)]
    [InlineData("Untitled\n\nThe army's death toll climbs to 50 near the border, officials said.", 0, TroopKind.Casualties)]
    [InlineData("Untitled\n\nSoldier deaths hit 300 in the border fighting, the ministry said.", 0, TroopKind.Casualties)]
    // A verb of reaching with no casualty word before it: where troops stand.
    [InlineData("Untitled\n\nThe border force reaches 5,000 soldiers this week, officials said.", 0, TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe number of troops near the border hits 40,000, officials said.", 0, TroopKind.Deployment)]
    public void Tolls_in_the_present(string text, int index, TroopKind kind) => Assert.Equal(kind, DocumentCounts(text)[index].Kind);

    [Theory]
    [InlineData("Untitled\n\nSome 60 soldiers were taken captive near the bridge, officials said.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nAbout 2,000 of its soldiers are in captivity, the ombudsman said.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nAs many as 80 servicemen were detained at the naval base, officials said.", TroopKind.Casualties)]
    // Troops that hold others are no captives.
    [InlineData("Untitled\n\nSome 60 soldiers guarded the prison camp near the bridge, officials said.", TroopKind.Deployment)]
    public void Captives_by_other_words(string text, TroopKind kind) => Assert.Equal(kind, First(text).Kind);

    [Theory]
    [InlineData("Untitled\n\nThe Ukrainian military has about 250,000 troops, the defence ministry said.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nThe country's military totals about 1.15 million service members.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nThe country's 100,000-strong military has been stretched by the war.", TroopKind.ArmySize)]
    // The military placing its troops, a military word that only names a speaker, or a military that has not said.
    [InlineData("Untitled\n\nThe U.S. military has about 2,500 troops in Iraq.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nA military spokesman said the country has 90,000 troops.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe drills involved over 10,000 troops, but the military has never said how many it moved.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe military has about 4,000 soldiers along the border.", TroopKind.Deployment)]
    public void A_whole_military_counted(string text, TroopKind kind) => Assert.Equal(kind, First(text).Kind);

    [Theory]
    // Near a country, or bound for it: its body counts another's troops.
    [InlineData("Untitled\n\n60,000 soldiers gathered close to Finland, the Finnish border guard said.", null)]
    [InlineData("Untitled\n\nAbout 90,000 troops are massed near Ukraine, the Ukrainian defence ministry said.", null)]
    [InlineData("Untitled\n\nSome 800 soldiers bound for Estonia will leave next week, the Estonian defence ministry said.", null)]
    // Sent to another country, or in the body's own land: the body's own.
    [InlineData("Untitled\n\nSome 700 troops will head to Slovakia, the Czech defence ministry said.", "Czech Republic")]
    [InlineData("Untitled\n\nAbout 4,000 troops were deployed in Ecuador's prisons, the Ecuadorian defence ministry said.", "Ecuador")]
    public void Near_a_country_is_not_its_own(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    private static TroopCount First(string document) => DocumentCounts(document)[0];
}
