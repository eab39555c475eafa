namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Official updates on the wounded break a count of troops down in the next sentence, opened by "Of these," and split by
/// joiners: "Of these, 76 have returned to duty, while 27 were flown to Germany and 21 on to the United States". After troops
/// counted, the first bare number and every one a joiner opens are parts of them, however few. Near misses: the parts of a
/// count of protesters, parts that name civilians and children, a year. The sentences are ours, in the shape of the Pentagon's
/// and the wire services' updates on the brain injuries at Al Asad (January 2020).
/// </summary>
public class FrontedPartsOfThemTests
{
    private const string Counted = "Injuries\n\nThe army said 90 soldiers had been diagnosed with concussions after the rocket attack. ";

    [Theory]
    [InlineData("Of these, 51 have returned to duty, while 23 were flown to Germany and 16 on to Britain.", 23)]
    [InlineData("Of these, 51 have returned to duty, while 23 were flown to Germany and 16 on to Britain.", 16)]
    [InlineData("Of these, 24 were flown to Germany and 19 stayed in Iraq.", 24)]
    [InlineData("Of these, 24 were flown to Germany and 19 stayed in Iraq.", 19)]
    public void Parts_after_of_these_count_the_troops(string sentence, double value) =>
        Assert.Equal(TroopKind.Subset, Of(Counted + sentence, value).Kind);

    [Theory]
    [InlineData("Injuries\n\nPolice detained 150 protesters. Of these, 40 were fined and 12 were jailed.", 12)]
    [InlineData("Injuries\n\nThe blast wounded 60 soldiers. Of these, 20 were civilians working at the base and 5 were children.", 5)]
    [InlineData("Injuries\n\nThe regiment has 900 soldiers. Of them, 2019 was the hardest year.", 2019)]
    public void Near_misses_stay_out(string document, double value) =>
        Assert.DoesNotContain(DocumentCounts(document), c => c.Value == value);
}
