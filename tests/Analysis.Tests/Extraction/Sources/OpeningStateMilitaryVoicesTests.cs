namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An unnamed military or security voice ("military sources", "military officials", "security sources") whose sentence opens
/// with a state by its name acting on troops ("Israel has called up ...") is that state's, as a government voice is; not in
/// copy filed from another state, whose dateline decides. The sentences are ours.
/// </summary>
public class OpeningStateMilitaryVoicesTests
{
    [Theory]
    [InlineData("Israel has called up an estimated 200,000 reservists since the attack began, military sources said.", 200000, "Israeli military sources")]
    [InlineData("Israel has called up an estimated 200,000 reservists, military officials said.", 200000, "Israeli military officials")]
    [InlineData("Russia has sent 5,000 more troops to the border, security sources said.", 5000, "Russian security sources")]
    // Filed from Kyiv: the dateline's state, not the one named, may be the voice; the kit leaves it open.
    [InlineData("KYIV - Russia has sent 5,000 more troops to the border, military sources said.", 5000, "military sources")]
    public void The_opening_state_speaks_of_its_troops(string text, double value, string origin) =>
        Assert.Equal(origin, Of("Troops\n\n" + text, value).AttributedTo);
}
