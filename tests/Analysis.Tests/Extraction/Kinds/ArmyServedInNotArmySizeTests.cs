namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An army word after a figure, in a relative clause or after a preposition of service, names
/// the army its troops serve in, not the army's size ("400 volunteers who joined the Russian army were killed"); and, both ways,
/// the army words after a figure that still count an army.
/// </summary>
public class ArmyServedInNotArmySizeTests
{
    private static TroopCount One(string passage, double value) => Assert.Single(Counts(passage), c => c.Value == value || c.Low == value);

    [Theory]
    [InlineData("About 400 Nepali men who had enlisted in the Russian army have been killed, the ministry in Kathmandu said.", 400d, TroopKind.Casualties)]
    [InlineData("Kyiv says it has identified 2,300 foreigners who signed contracts with the Russian army last year.", 2_300d, TroopKind.Deployment)]
    [InlineData("Officials said 3,100 personnel from all three branches of the armed forces were moved to the coast.", 3_100d, TroopKind.Deployment)]
    [InlineData("Some 900 volunteers who were taken into the armed forces of Belarus are now at the border, the report said.", 900d, TroopKind.Deployment)]
    [InlineData("The general paid tribute to his 12 fallen comrades from the armed forces and the civilians killed in the strike.", 12d, TroopKind.Casualties)]
    public void An_army_the_troops_serve_in_is_no_army_size(string passage, double value, TroopKind kind) => Assert.Equal(kind, One(passage, value).Kind);

    [Theory]
    [InlineData("The country has about 170,000 soldiers in its standing army, the ministry said.", 170_000d)]
    [InlineData("The 14,000 men that make up the army of the island are all volunteers.", 14_000d)]
    [InlineData("Ghana's army numbers about 15,000 soldiers who are all volunteers.", 15_000d)]
    public void An_army_counted_whole_stays_army_size(string passage, double value) => Assert.Equal(TroopKind.ArmySize, One(passage, value).Kind);
}
