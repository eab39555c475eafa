namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// US military copy counts soldiers by their unit's ordinal name between the number and the noun: "about 150 2nd Brigade
/// soldiers", "4,500 3rd Infantry Division soldiers", "1,700 82nd Airborne paratroopers". The ordinal opens the unit's
/// capitalised name, a modifier of the noun the number counts. Near misses: an ordinal before a name that is no soldiers'
/// (a street, a grade, a prize), and a year before the ordinal. The sentences are ours.
/// </summary>
public class UnitOrdinalBeforeNounTests
{
    [Theory]
    [InlineData("About 600 1st Brigade soldiers arrived at the range on Monday.", 600)]
    [InlineData("Some 3,200 2nd Infantry Division soldiers will rotate to the peninsula.", 3200)]
    [InlineData("Nearly 2,000 82nd Airborne paratroopers landed in the region this week.", 2000)]
    [InlineData("More than 400 11th Airborne Division soldiers trained in the snow.", 400)]
    [InlineData("Roughly 1,100 3rd Cavalry Regiment troopers will replace the unit in May.", 1100)]
    [InlineData("About 180 31st Marine Expeditionary Unit Marines went ashore.", 180)]
    public void A_unit_ordinal_between_number_and_noun_keeps_the_count(string sentence, double value) =>
        Assert.Equal(TroopKind.Deployment, Count(sentence, value).Kind);

    [Theory]
    [InlineData("About 120 5th Avenue residents were moved out after the fire.", 120)]
    [InlineData("Some 60 3rd-graders visited the barracks on Friday.", 60)]
    [InlineData("The unit won 15 1st Place trophies at the games.", 15)]
    [InlineData("In 2024 4th Brigade soldiers paraded through the town.", 2024)]
    public void Near_misses_stay_out(string sentence, double value) =>
        Assert.DoesNotContain(Counts(sentence), c => c.Value == value);
}
