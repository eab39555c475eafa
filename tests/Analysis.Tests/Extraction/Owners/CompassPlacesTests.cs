namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "arrived at their barracks in south Lebanon", "based in north Syria": a bare compass word between a preposition of place
/// and a country makes the country a place, as "southern" and "northeast" already did, so it owns none of the troops the
/// passage counts (as China's peacekeeping reporting from Lebanon wrote it). The sentences are ours.
/// </summary>
public class CompassPlacesTests
{
    [Theory]
    [InlineData("Chinese peacekeepers settled into their camp in south Lebanon. These 120 troops will clear mines.", 120, "China")]
    [InlineData("An Indonesian medical team reached its base in east Congo on Friday. The 90 personnel will run a field hospital.", 90, "Indonesia")]
    // Near miss: a country that acts, with no preposition of place before it.
    [InlineData("South Korea said on Friday that 120 of its troops had reached the base.", 120, "South Korea")]
    public void A_country_after_a_compass_word_is_a_place(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
