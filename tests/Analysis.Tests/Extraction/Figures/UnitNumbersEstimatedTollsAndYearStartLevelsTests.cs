namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A plain number that names a formation ("troops of 146 Task Force Battalion", "Brigade 155") counts nobody, while a count
/// beside the name, a hedged count before it and a service that is no formation ("200 Marine Corps troops") stay figures; an
/// estimate told with "estimated" and its object before the number ("estimated the toll at 3,000") is one; a level held at
/// the year's start or "earlier this year" is of then; a casualty verb past a relative clause on a part's whole ("3,800 of the
/// 12,000 troops who had arrived were killed") makes the part casualties and leaves the whole a deployment.
/// </summary>
public class UnitNumbersEstimatedTollsAndYearStartLevelsTests
{
    [Theory]
    [InlineData("Troops of 146 Task Force Battalion drove the gunmen from two villages, the army said.", 146d)]
    [InlineData("The army said 21 Special Armoured Brigade troops cleared the village on Sunday.", 21d)]
    [InlineData("Soldiers of 8 Division ambushed a convoy on the highway, a spokesman said.", 8d)]
    [InlineData("Troops of 22 and 27 Brigades swept the forest for a week.", 22d)]
    [InlineData("Troops of 114 and 115 Task Force Battalions held the bridge overnight.", 115d)]
    [InlineData("Troops of 9 Guards Battalion and 162 Special Forces Battalion searched the hills.", 162d)]
    [InlineData("The 16 Air Assault Brigade troops arrived in Helmand in May.", 16d)]
    [InlineData("Soldiers of the 157 Infantry Battalion moved to the border on Tuesday.", 157d)]
    [InlineData("Brigade 155 moved to the front last month, its commander said.", 155d)]
    public void A_number_that_names_a_formation_is_no_figure(string sentence, double value) =>
        Assert.DoesNotContain(Counts(sentence), c => (c.Value ?? c.Low) == value);

    [Theory]
    [InlineData("Some 2,400 troops of 3 Commando Brigade landed at the beach.", 2_400d)]
    [InlineData("About 400 troops of 4 Brigade were deployed to the city.", 400d)]
    [InlineData("200 Marine Corps troops arrived in Darwin on Monday.", 200d)]
    [InlineData("About 150 Infantry Battalion soldiers were sent to the town.", 150d)]
    [InlineData("Some 300 soldiers from the 21 Armoured Brigade were killed in the assault.", 300d)]
    public void A_count_beside_a_formation_stays_a_figure(string sentence, double value)
    {
        Assert.Contains(Counts(sentence), c => c.Value == value);
        Assert.DoesNotContain(Counts(sentence), c => c.Value is < 100 && c.Value != value);
    }

    [Theory]
    [InlineData("North Korean troops have suffered heavy losses in Kursk. The spy agency estimated the toll at 3,000.", 3_000d)]
    [InlineData("Hezbollah fighters were killed in large numbers. Israel estimated the toll at 2,500 in two months.", 2_500d)]
    public void An_estimated_toll_of_troops_is_their_casualties(string passage, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    [Theory]
    [InlineData("North Korean troops are fighting in Kursk. The ministry estimated the cost of the deployment at 300 million.", 300d)]
    [InlineData("North Korean troops are fighting in Kursk. Aid groups estimated the toll among civilians at 300.", 300d)]
    [InlineData("Troops were sent to help after the storm. Rescue workers estimated the death toll from the flood at 200.", 200d)]
    public void An_estimate_of_others_or_of_money_is_no_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => (c.Value ?? c.Low) == value);

    [Theory]
    [InlineData("Chad had 1,000 troops in Niger at the beginning of the year, but they have left.", 1_000d, EstimateStatus.Earlier)]
    [InlineData("The contingent numbered 900 earlier this year.", 900d, EstimateStatus.Earlier)]
    [InlineData("The United States had about 2,500 troops in Iraq at the beginning of this year.", 2_500d, EstimateStatus.Earlier)]
    [InlineData("France sent 1,000 troops to Chad at the start of the year.", 1_000d, EstimateStatus.Current)]
    [InlineData("France has had 1,000 troops in Chad since the start of the year.", 1_000d, EstimateStatus.Current)]
    [InlineData("France deployed 600 soldiers to Chad earlier this year.", 600d, EstimateStatus.Current)]
    public void A_level_held_at_the_years_start_is_of_then(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(sentence), c => c.Value == value).Status);

    [Theory]
    [InlineData("About 3,800 of the 12,000 North Korean troops who had arrived in Russia were killed or wounded.", 3_800d, 12_000d)]
    [InlineData("About 3,800 of the 12,000 troops that Pyongyang sent have been killed or wounded, the agency said.", 3_800d, 12_000d)]
    [InlineData("About 300 of the 1,500 soldiers who were based there died in the attack.", 300d, 1_500d)]
    [InlineData("North Korea has sent about 12,000 troops to Russia. About 3,800 of the 12,000 North Koreans who had arrived in Russia were killed or wounded.", 3_800d, 12_000d)]
    public void A_casualty_verb_past_a_relative_on_the_whole_is_the_parts(string passage, double part, double whole)
    {
        var counts = Counts(passage);
        Assert.Equal(TroopKind.Casualties, Assert.Single(counts, c => c.Value == part).Kind);
        Assert.All(counts.Where(c => c.Value == whole), c => Assert.Equal(TroopKind.Deployment, c.Kind));
    }

    [Theory]
    [InlineData("About 300 of the 2,000 soldiers who guard the base were moved to the border.", 300d)]
    [InlineData("About 300 of the 1,000 soldiers who were sent home after they were wounded have returned.", 300d)]
    public void A_part_with_no_casualty_verb_of_its_own_stays_a_subset(string sentence, double part) =>
        Assert.Equal(TroopKind.Subset, Assert.Single(Counts(sentence), c => c.Value == part).Kind);

    [Theory]
    [InlineData("North Korea has sent about 12,000 troops to Russia. About 2,000 North Koreans who work in Russian factories were injured in the fire.", 2_000d)]
    [InlineData("Ukraine's army is fighting in Kursk. About 40 Ukrainians who lived in the apartment block were killed when a missile hit it.", 40d)]
    public void People_a_relative_says_are_no_troops_are_no_casualties_of_them(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
