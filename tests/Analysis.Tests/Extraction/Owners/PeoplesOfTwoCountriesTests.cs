namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force counted as the people of two countries ("a force of 5,000 Egyptians and Pakistanis", "800 Ghanaians and Nigerians")
/// has no single owner, as "Egyptian and Pakistani troops" already has none: the nearer or the first demonym is not theirs
/// alone. The people of one country still own their figure. The sentences are ours.
/// </summary>
public class PeoplesOfTwoCountriesTests
{
    [Theory]
    [InlineData("The mission relied on a force of 5,000 Egyptians and Pakistanis.", 5000, null)]
    [InlineData("A contingent of 800 Ghanaians and Nigerians arrived at the airport.", 800, null)]
    // Near miss: the people of one country.
    [InlineData("A contingent of some 11,000 North Koreans arrived.", 11000, "North Korea")]
    public void The_people_of_two_countries_have_no_single_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
