namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes: a force enlarged "from X to Y" (a level before and after, not a range),
/// a bare number with a passive participle of its own clause ("on top of the 21,500 being sent"), and a bare number
/// followed by its time ("3,000 more early this year"). Each family has rows
/// where the same words do not make the reading.
/// </summary>
public class EnlargedForcesAndBareParticiplesTests
{
    [Theory]
    [InlineData("By November the UN still hoped to enlarge the force from 13,000 to 20,000, even as Jordan left.", 13_000d, 20_000d)]
    [InlineData("The council voted to enlarge the peacekeeping mission from 6,000 troops to 9,000 by the spring.", 6_000d, 9_000d)]
    public void Reads_an_enlargement_as_two_levels(string passage, double before, double after)
    {
        var values = Counts(passage).Select(c => c.Value).ToArray();
        Assert.Contains(before, values.Cast<double>());
        Assert.Contains(after, values.Cast<double>());
    }

    [Theory]
    // A comma and another clause between the verb and "from": the numbers are a range of the later clause.
    [InlineData("The UN enlarged its mission last year, and it now keeps from 13,000 to 20,000 troops in the country.")]
    public void Keeps_a_range_after_an_enlargement_of_another_clause(string passage) =>
        Assert.Contains(Counts(passage), c => c.Value is null && c.Low == 13_000 && c.High == 20_000);

    [Theory]
    [InlineData("Ministers want to enlarge the airport from 20 to 35 gates by 2030.")]
    public void Does_not_count_other_things_enlarged(string passage) =>
        Assert.Empty(Counts(passage));

    [Theory]
    [InlineData("Another 2,200 U.S. troops will go to Iraq on top of the 21,500 being sent as part of the surge.", 21_500d)]
    [InlineData("The 3,000 marines will join the 4,000 being flown in from Okinawa this week.", 4_000d)]
    public void Counts_a_bare_number_with_its_passive_participle(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("The storm flooded the city on Sunday; 1,200 being treated in hospitals were moved to the coast.")]
    public void Does_not_count_others_being_treated(string passage) =>
        Assert.Empty(Counts(passage));

    [Theory]
    [InlineData("How many North Korean troops are in Russia has never been disclosed, but Seoul estimates that 10,000 to 12,000 were sent last fall and 3,000 to 4,000 more early this year.", 3_000d)]
    [InlineData("Russia sent 2,000 troops in May and 1,500 more late last year.", 1_500d)]
    public void Counts_a_bare_number_followed_by_its_time(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    // "early" and "late" before a noun they describe: the number counts that noun.
    [InlineData("The town expects 3,000 early voters this year and 200 late applications.")]
    public void Does_not_count_early_or_late_other_things(string passage) =>
        Assert.Empty(Counts(passage));
}
