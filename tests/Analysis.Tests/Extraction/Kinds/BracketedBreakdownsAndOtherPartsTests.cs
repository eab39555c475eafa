namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The parts of a force told right after it, in a bracket that lists at least two of them or after a verb and a typed dash,
/// and "the other N" of a larger force counted before, are parts (kind subset), of the whole's time when it is a level of the
/// past. A bracket that holds one number compares it,
/// and "the other" with no larger force before it names no rest. The sentences are ours.
/// </summary>
public class BracketedBreakdownsAndOtherPartsTests
{
    [Theory]
    [InlineData("The garrison peaked at 9,300 (6,100 soldiers, 3,200 Marines) in May.", 6_100d, 3_200d)]
    [InlineData("Kenya kept some 4,200 peacekeepers (2,900 soldiers and 800 police) in the mission last year.", 2_900d, 800d)]
    [InlineData("At the barracks 87 French servicemen died - 70 paratroopers, 12 gendarmes and five sailors.", 70d, 12d)]
    public void Parts_listed_right_after_a_force_are_subsets(string text, double first, double second)
    {
        var counts = Counts(text);
        Assert.Contains(counts, c => c.Value == first && c.Kind == TroopKind.Subset);
        Assert.Contains(counts, c => c.Value == second && c.Kind == TroopKind.Subset);
    }

    [Theory]
    [InlineData("The garrison peaked at 9,300 (6,100 soldiers, 3,200 Marines) in May.", EstimateStatus.Earlier)]
    [InlineData("The garrison peaked at 9,300: 6,100 soldiers and 3,200 Marines.", EstimateStatus.Earlier)]
    // Near miss: the whole is the garrison of now.
    [InlineData("The garrison now numbers 9,300: 6,100 soldiers and 3,200 Marines.", EstimateStatus.Current)]
    public void The_breakdown_of_a_level_takes_its_time(string text, EstimateStatus status)
    {
        var counts = Counts(text);
        Assert.Contains(counts, c => c.Value == 6_100d && c.Kind == TroopKind.Subset && c.Status == status);
        Assert.Contains(counts, c => c.Value == 3_200d && c.Kind == TroopKind.Subset && c.Status == status);
    }

    [Theory]
    // Near miss: one number in the bracket, then no further part.
    [InlineData("The army keeps 9,300 soldiers on the island (6,100 of them conscripts) this year.", 9_300d)]
    public void A_bracket_of_one_number_leaves_the_force_a_deployment(string text, double whole) =>
        Assert.Contains(Counts(text), c => c.Value == whole && c.Kind == TroopKind.Deployment);

    [Theory]
    [InlineData("The bloc asked for 4,000 troops in all but did not say where the other 1,500 would come from.", 1_500d)]
    [InlineData("Poland has sent 2,500 soldiers to the border. The other 900 will arrive next week.", 900d)]
    public void The_other_part_of_a_larger_force_is_a_subset(string text, double part) =>
        Assert.Contains(Counts(text), c => c.Value == part && c.Kind == TroopKind.Subset);

    [Theory]
    // Near misses: no larger force before "the other" figure; a larger one after it.
    [InlineData("Poland has sent 500 soldiers to the border. The other 900 will arrive next week.", 900d)]
    [InlineData("The other 900 soldiers will arrive next week, and 2,500 more in May.", 900d)]
    public void The_other_figure_with_no_larger_force_before_stays_a_deployment(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value && c.Kind == TroopKind.Deployment);
}
