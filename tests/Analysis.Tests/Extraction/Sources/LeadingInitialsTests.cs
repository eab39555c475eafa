namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A name that opens with initials, as Indian and other South Asian copy writes them ("Foreign Minister M. C. Chagla told",
/// "Gen. V. K. Singh said"), keeps them all: the initials are the given names, not a middle initial to drop. A first name
/// followed by two middle initials ("President George H. W. Bush said") is still a name. Near miss: a middle initial after a
/// first name of its own goes, as before ("Defense Secretary Mark T. Esper": "Mark Esper"). The sentences are ours.
/// </summary>
public class LeadingInitialsTests
{
    [Theory]
    [InlineData("Foreign Minister M. C. Chaudhry told the members that 30 soldiers had been killed.", "M. C. Chaudhry")]
    [InlineData("Army chief Gen. V. K. Mehra said 1,500 soldiers were on standby.", "V. K. Mehra")]
    [InlineData("President Harold J. K. Amberley said 5,000 troops would go.", "Harold Amberley")]
    // Near miss: a middle initial after a first name.
    [InlineData("Defense Secretary Mark T. Hollister said 9,500 troops would leave Germany.", "Mark Hollister")]
    public void Initials_that_open_a_name_stay(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
