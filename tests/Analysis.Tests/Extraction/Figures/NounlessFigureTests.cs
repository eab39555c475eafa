namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troop figures with no troop noun after the number, and numbers written the ways regional and translated copy writes them
/// (issue 14; shapes catalogued in RealReporting.md): a predicate of a troop amount ("troop strength ... is now
/// about 52,000"), a comparison or a target ("against the 300.000 authorized", "from its current 28,500", "raised it to the
/// full 28,500", "put at up to 6,500"), fronted and inner partitives ("Of the US soldiers in Germany, around 18,500 serve",
/// "about 300 of the first 2,000"), the whole of a breakdown ("reached 514, 180 of them killed"), translated order ("raised to
/// 350.000 the ceiling of reservists"), "lakh", "28 thousand 500", "4,5 thousand". Each family has rows where the same words
/// count something else, and clock times of live blogs are never figures.
/// </summary>
public class NounlessFigureTests
{
    [Theory]
    [InlineData("Officials say the army has moved close to 3 lakh soldiers to the northern border.", 300_000d)]
    [InlineData("Some 1.2 lakh troops guard the frontier in winter, a senior officer said.", 120_000d)]
    [InlineData("The garrison on the island is on the scale of 12 thousand 500, the ministry said of its troops.", 12_500d)]
    [InlineData("The deal adds about 2 thousand soldiers to the 6,5 thousand who already serve there.", 6_500d)]
    public void Reads_regional_and_translated_number_formats(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Under the bill, US troop numbers in the country must remain at least 18,000, the committee said.", 18_000d)]
    [InlineData("Russian troop strength near the border is now about 90,000 after new units arrived, officials said.", 90_000d)]
    [InlineData("The paper said no decision had been taken to cut the force from its current 4,200.", 4_200d)]
    [InlineData("A 2018 law set a floor of 9,000 troops; a later act raised it to the full 11,000.", 11_000d)]
    [InlineData("Two brigades of 3,000 soldiers could have been moved north without any notice to parliament, a margin the ministry put at up to 8,000 in March.", 8_000d)]
    [InlineData("The cabinet raised to 120.000 the ceiling of reservists, against the 90.000 authorized in May.", 90_000d)]
    [InlineData("The cabinet raised to 120.000 the ceiling of reservists, against the 90.000 authorized in May.", 120_000d)]
    [InlineData("The government raised to 40,000 the cap on conscripts this spring.", 40_000d)]
    [InlineData("Of the British soldiers in Estonia, around 900 serve with the battlegroup in Tapa.", 900d)]
    [InlineData("Only about 150 of the first 1,000 Guard members sent to the city were on patrol, the mayor said.", 150d)]
    [InlineData("The army's count of its dead since March 3 reached 388 on Friday, 120 of them killed in the north.", 388d)]
    [InlineData("The army said 870 soldiers had been wounded since the offensive began, 95 seriously.", 95d)]
    [InlineData("The state sent 250 Guard members on Monday, and the Ohioans will be 600 in total.", 600d)]
    public void Counts_numbers_with_no_troop_noun_after_them(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    // clock times of live blogs and wire copy, whatever follows them
    [InlineData("21:40 IST Indian and Chinese troops pulled back from the ridge, the army said.", 40d)]
    [InlineData("21:40 IST Indian and Chinese troops pulled back from the ridge, the army said.", 21d)]
    [InlineData("17:05 ET Two Guard members were hurt near the station, police said.", 5d)]
    [InlineData("At 1740 GMT some 300 troops crossed the border.", 1_740d)]
    // dates written with dots, as a general staff's daily tally writes them
    [InlineData("The enemy's total combat losses from 24.02.22 to 03.11.25 are about 1,150,000 personnel.", 24.02d)]
    [InlineData("The enemy's total combat losses from 24.02.22 to 03.11.25 are about 1,150,000 personnel.", 3.11d)]
    [InlineData("Some 1.500 soldiers reached the capital on 12.03.2024, the ministry said.", 12.03d)]
    // "of them" are the things the number before counts
    [InlineData("About 2,000 Marines are aboard four Navy ships in the region, three of them in the Red Sea.", 3d)]
    [InlineData("Troops destroyed 45 tanks near the river, 12 of them with drones, the brigade said.", 12d)]
    // partitives, totals and translated order of other things
    [InlineData("Of the total imports from the region, traders sell goods worth around 900 a month.", 900d)]
    [InlineData("Of the 12 million people in the province, about 2,000 serve in the army.", 2_000d)]
    [InlineData("Some 2,500 troops took part in the drill, which involved 30 ships in total.", 30d)]
    [InlineData("Some 400 troops fired on the crowd, and the 200 who died were all civilians, the ministry said.", 200d)]
    [InlineData("About 500 soldiers patrol the city; the force is now 3 times larger than in 2019.", 3d)]
    [InlineData("The army said 300 soldiers were wounded; 40 tanks were destroyed, 12 badly.", 12d)]
    [InlineData("Ticket sales must remain at least 18,000 a month, the club said.", 18_000d)]
    [InlineData("The ministry raised to 5,000 the ceiling of imports of grain this year.", 5_000d)]
    [InlineData("Officials said 300 soldiers were deployed; the company's profit is now about 52,000.", 52_000d)]
    public void Does_not_count_times_and_other_things_in_those_shapes(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
