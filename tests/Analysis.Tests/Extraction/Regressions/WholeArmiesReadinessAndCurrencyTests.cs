namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses: the words of a whole army inside a figure count the army only when no order sends or
/// places the troops and no named place or war follows; "in <country>'s army" names whose army, not where it stands, unless the troops are others'; readiness
/// makes a deployment planned, never an army's count; a currency code is money only before a sum. Sentences of our own, each
/// rule with rows the same words must leave as they were.
/// </summary>
public class WholeArmiesReadinessAndCurrencyTests
{
    [Theory]
    // Ordered, sent or put somewhere: a deployment, whatever whole-army word the figure carries.
    [InlineData("Untitled\n\nThe White House ordered roughly 500 active-duty Marines to San Diego.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe defence secretary ordered some 300 active-duty soldiers to Memphis, Tennessee.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe Pentagon put 150 active-duty troops of the 82nd Airborne on call.", TroopKind.Deployment)]
    // Bound for a named place or a named war: sent.
    [InlineData("Untitled\n\nSome 500 active-duty Marines headed to San Diego.", TroopKind.Deployment)]
    [InlineData("Egypt's 200,000 reservists 'not only for Sinai' - minister\n\nThe figures were published on Monday.", TroopKind.Deployment)]
    // The army counted: no order, no place.
    [InlineData("Untitled\n\nTaiwan maintains 170,000 active-duty personnel for its defense, according to the IISS.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nThe kingdom fields 75,000 active-duty troops and 130,000 reservists.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nIts military has about 40,000 active soldiers.", TroopKind.ArmySize)]
    public void Whole_army_words_and_orders(string text, TroopKind kind) => Assert.Equal(kind, First(text).Kind);

    [Theory]
    // "in <country>'s army": the army itself.
    [InlineData("Untitled\n\nThere are some 90,000 men in Chad's regular army.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nThere are roughly 215,000 personnel in South Korea's armed forces.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nSome 123,000 active troops in Venezuela's armed forces, according to the IISS.", TroopKind.ArmySize)]
    // Others' troops in a country's army, or troops an army placed somewhere: a deployment.
    [InlineData("Untitled\n\nA survey found more than 2,000 foreign volunteers from 50 countries in Ukraine's army.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nSome 3,000 Cuban troops in Angola's army were counted.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nTurkey's army has massed 20,000 troops in Idlib.", TroopKind.Deployment)]
    // A place after readiness is what an army stands ready for, not where its troops stand.
    [InlineData("Untitled\n\nGhana's army numbers about 15,000 personnel and is ready to defend the border.", TroopKind.ArmySize)]
    public void A_countrys_army_after_in(string text, TroopKind kind) => Assert.Equal(kind, First(text).Kind);

    [Theory]
    // An army's strength is there now, whatever it stands ready for.
    [InlineData("Untitled\n\nGhana's army numbers about 15,000 personnel and is ready to defend the border.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nEstonia's 7,000-strong army is ready to fight.", EstimateStatus.Current)]
    // Troops standing by, or ready to deploy, are planned.
    [InlineData("Untitled\n\nOfficials said 2,500 troops were standing by.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nAround 800 paratroopers are ready to deploy to the island.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe Pentagon put 150 active-duty troops of the 82nd Airborne on call.", EstimateStatus.Planned)]
    public void Readiness_of_an_army_and_of_troops(string text, EstimateStatus status) => Assert.Equal(status, First(text).Status);

    [Theory]
    // A country's initials before a number in millions are no currency; a code before a sum is.
    [InlineData("US Army shrinks to 1.1 million\n\nThe figures were published on Monday.", 1)]
    [InlineData("UK reserve force falls to 2.1 million\n\nThe figures were published on Monday.", 1)]
    [InlineData("Untitled\n\nThe army asked for USD 300 million, and 2.5 million more for housing.", 0)]
    [InlineData("Untitled\n\nThe ministry set aside US$1.2 billion, including 400 million for the reservists' pay.", 0)]
    public void Currency_codes_and_countries(string document, int figures) => Assert.Equal(figures, DocumentCounts(document).Count);

    [Theory]
    // An informant a relative clause names ("which cites", "who quoted") gave the claim to the one before it.
    [InlineData("Untitled\n\nAccording to information from Der Spiegel, which cites German intelligence officials, about 600 Russian soldiers crossed.", 600, "German intelligence officials", "Der Spiegel")]
    [InlineData("Untitled\n\nAccording to a report from Le Monde, which quoted French intelligence officials, about 2,000 Russian troops are in Mali.", 2000, "French intelligence officials", "Le Monde")]
    // Informants with no relative clause keep their order: the first one named is the origin.
    [InlineData("Untitled\n\nAccording to Le Monde, citing French intelligence officials, about 2,000 Russian troops are in Mali.", 2000, "French intelligence officials", "Le Monde")]
    public void Informant_of_a_relative_clause(string document, double value, string origin, string via)
    {
        var count = Of(document, value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal([via], count.Via);
    }

    [Theory]
    // Past the army "in <country>'s army" names, a move still places the troops.
    [InlineData("Untitled\n\nRoughly 2,500 soldiers in Chad's army were moved to Abeche last week.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nThere are some 90,000 men in Chad's regular army, the ministry said.", TroopKind.ArmySize)]
    public void A_move_after_a_countrys_army(string text, TroopKind kind) => Assert.Equal(kind, First(text).Kind);

    [Theory]
    // A known official's surname after another given name is someone else; after a title or alone it is the official.
    [InlineData("Untitled\n\nJennifer Hegseth said she opposed sending 2,000 troops to the city.", "Jennifer Hegseth")]
    [InlineData("Untitled\n\nDefense Secretary Hegseth said 2,000 troops would go to the city.", "Pete Hegseth")]
    [InlineData("Untitled\n\nHegseth said 2,000 troops would go to the city.", "Pete Hegseth")]
    public void A_surname_borne_by_someone_else(string text, string origin) => Assert.Equal(origin, First(text).AttributedTo);

    [Theory]
    // German copy's "bis" joins a range as "to" does.
    [InlineData("Untitled\n\nLaut Seoul wurden bereits 10.000 bis 12.000 Soldaten nach Russland geschickt.", 10000, 12000)]
    public void A_range_in_translated_copy(string text, double low, double high)
    {
        var count = First(text);
        Assert.Equal((low, high), (count.Low, count.High));
    }

    private static TroopCount First(string text) => DocumentCounts(text)[0];
}
