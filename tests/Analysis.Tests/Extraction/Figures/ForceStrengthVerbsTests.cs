namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures misread in real reporting: a verb of
/// strength whose subject is a whole force (insurgents, rebels, a militia, a national guard) tells that force's size, and a
/// preposition that only says where ("south of", "out of") places an army's troops as "in" a country does.
/// </summary>
public class ForceStrengthVerbsTests
{
    private static TroopCount One(string sentence, double value) => Assert.Single(Counts(sentence), c => c.Value == value);

    // A whole force's strength, told with a verb of strength and no place in its clause, is its size.
    [Theory]
    [InlineData("The separatists, who number roughly 4,000 men by most estimates, control the mountain districts.", 4_000d)]
    [InlineData("Its founder, the rebel commander Ali Musa, commands some 3,500 fighters, a local official said.", 3_500d)]
    [InlineData("The National Guard has 60,000 guardsmen in all, the minister noted.", 60_000d)]
    [InlineData("The militia numbers about 20,000 volunteers, according to its own figures.", 20_000d)]
    public void A_whole_forces_strength_is_its_size(string sentence, double value) =>
        Assert.Equal(TroopKind.ArmySize, One(sentence, value).Kind);

    // Traps: troops somewhere, a unit or a mission that numbers N, and a whole force whose clause places its people.
    [Theory]
    [InlineData("Turkish soldiers in Qatar now number more than 3,000, the defence ministry said.", 3_000d)]
    [InlineData("The battalions, which number some 2,000 troops, will stay until spring.", 2_000d)]
    [InlineData("The rebels have about 1,500 fighters in the Kivu region, the army said.", 1_500d)]
    [InlineData("The insurgents sent about 800 fighters to the border town last week.", 800d)]
    public void Troops_somewhere_stay_a_deployment(string sentence, double value) =>
        Assert.Equal(TroopKind.Deployment, One(sentence, value).Kind);

    // An army's troops south of a river or out of a country are deployed there; a bare "in the region" after a superlative is no place.
    [Theory]
    [InlineData("The national army already had about 3,500 troops north of the Orontes when the truce began.", 3_500d, TroopKind.Deployment)]
    [InlineData("The army had already pulled 7,000 troops out of Chad by the end of the year.", 7_000d, TroopKind.Deployment)]
    [InlineData("The army has about 45,000 soldiers, the largest in the region, the institute said.", 45_000d, TroopKind.ArmySize)]
    [InlineData("The army has about 45,000 soldiers and a small navy, the institute said.", 45_000d, TroopKind.ArmySize)]
    public void A_place_after_an_army_figure_makes_it_a_deployment(string sentence, double value, TroopKind kind) =>
        Assert.Equal(kind, One(sentence, value).Kind);
}
