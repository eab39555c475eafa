namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "290 soldiers, including a deputy brigade commander were killed": front-line claims often open an "including" aside after
/// a toll and leave out its closing comma. The casualty verb after the aside is still the figure's main verb, and beats an army
/// word earlier in the sentence ("an offensive by the Ethiopian army ..., where N soldiers, including ... were killed"), which
/// made such tolls an army's size. A closed aside before a verb of place stays a deployment. The sentences are ours.
/// </summary>
public class UnclosedInclusionAsideTests
{
    [Theory]
    [InlineData("The rebels said they beat back an attack by the federal army at the pass, where 170 soldiers, including a deputy brigade commander were killed.", 170)]
    [InlineData("Insurgents ambushed a column of the national army near Gao, where 45 soldiers, including the column's commander were captured.", 45)]
    public void The_verb_past_the_unclosed_aside_is_the_figure_s(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Theory]
    // Near miss: the aside is closed and the verb after it places the troops.
    [InlineData("An army patrol was hit near the ford, where 12 soldiers, including two officers, were stationed.", 12)]
    public void A_verb_of_place_keeps_the_deployment(string text, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
