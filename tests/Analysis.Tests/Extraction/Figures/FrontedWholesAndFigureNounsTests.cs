namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troop figures whose noun is left out: a bare whole that a fronted partitive repeats from the sentence before ("Of the 11,000,
/// some 3,000 have been killed"), whose next number is its part; a bare number that a figure noun and "of" lead ("The figure of
/// 700 came in a report"). And the shapes of a passage about troops whose change or estimate counts other people (a town's
/// population, refugees, cases), which count no troops.
/// </summary>
public class FrontedWholesAndFigureNounsTests
{
    [Theory]
    [InlineData("Pyongyang sent roughly 11,000 soldiers to the front last autumn. Of the 11,000, about 4,000 have been killed or wounded, a lawmaker said.",
        4_000d, TroopKind.Casualties)]
    [InlineData("The Guard sent 500 soldiers to the capital. Among the 500, 120 have already gone home, a spokesman said.", 120d, TroopKind.Subset)]
    [InlineData("Britain has about 900 soldiers in Estonia. Of the roughly 900, some 300 will rotate home in May.", 300d, TroopKind.Subset)]
    [InlineData("Kenya has sent 400 police officers to Haiti. Of the 400, 50 were flown home for treatment.", 50d, TroopKind.Subset)]
    public void Reads_the_part_of_a_bare_fronted_whole(string passage, double value, TroopKind kind) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == kind);

    [Theory]
    [InlineData("Pyongyang sent roughly 11,000 soldiers to the front last autumn. Of the 11,000, about 4,000 have been killed or wounded, a lawmaker said.", 11_000d)]
    [InlineData("Britain has about 900 soldiers in Estonia. Of the roughly 900, some 300 will rotate home in May.", 900d)]
    public void The_repeated_whole_is_the_force_as_it_stands(string passage, double value)
    {
        var counts = Counts(passage).Where(c => c.Value == value).ToList();
        Assert.Equal(2, counts.Count);
        Assert.All(counts, c => Assert.Equal((TroopKind.Deployment, EstimateStatus.Current), (c.Kind, c.Status)));
    }

    [Theory]
    [InlineData("The Marines sent to Portland were fewer than the governor said. The figure of 700 came in a report by the watchdog.", 700d)]
    [InlineData("Chadian soldiers have joined the mission. The official headcount of 1,200 was given by the ministry.", 1_200d)]
    public void Counts_a_bare_number_a_figure_noun_leads(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Deployment);

    [Theory]
    [InlineData("Some 3,000 troops guard the border. The town's population has fallen to 12,000.", 12_000d)]
    [InlineData("Some 3,000 troops guard the border. The number of refugees has grown to 12,000.", 12_000d)]
    [InlineData("Some 3,000 troops guard the border. The number of cases in the camp has risen to 1,500.", 1_500d)]
    // Near misses: a fronted whole of money or tickets, and a figure noun whose number has a noun of other people.
    [InlineData("Of the $900 million, $300 million went to the troops.", 300_000_000d)]
    [InlineData("Of the 500 tickets, 200 were sold on Monday.", 200d)]
    [InlineData("Some 3,000 troops guard the border. The figure of 400 civilian deaths came in a UN report.", 400d)]
    public void Counts_no_troops_where_the_clause_counts_others(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
