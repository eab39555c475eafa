namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The side a country helped, told in the past or the third person ("helped", "supported", "assisted", "aided", "supports"), is
/// no sender of the troops the helper counts, as the side after "help" or "backed" already is: the troops are the helper's.
/// Real reporting of the North Korean deployment writes "supported Russia's recapture ... by deploying" with the count. The
/// sentences are ours.
/// </summary>
public class HelpedSideInThePastTests
{
    [Theory]
    [InlineData("Pyongyang has assisted Moscow by dispatching 9,000 soldiers.", 9000, "North Korea")]
    [InlineData("Cuba supported Angola by sending 15,000 troops.", 15000, "Cuba")]
    [InlineData("Chad aided Mali's recapture of the north by deploying 2,000 soldiers.", 2000, "Chad")]
    // Near misses: a possessive on an operation that holds its own troops, and a sender after another country that supports.
    [InlineData("Ukraine's counteroffensive involved 20,000 troops.", 20000, "Ukraine")]
    [InlineData("Kenya supports the mission, and Jamaica has sent 200 soldiers.", 200, "Jamaica")]
    public void The_helped_side_does_not_own_the_helper_s_troops(string document, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + document, value).Subject ?? "");
}
