namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A known body named with its last word swapped for another of the same trade ("Seoul's National Intelligence Agency" for
/// South Korea's National Intelligence Service), after its country's possessive or adjective, is the body the gazetteer
/// knows, as copy from outlets that translate the name loosely means it (body_head_variants). Only where the known body is
/// that country's: another country's body of the swapped name stays a body of its own. The sentences are ours.
/// </summary>
public class BodyHeadVariantsTests
{
    [Theory]
    [InlineData("Seoul's National Intelligence Agency said on Tuesday that some 2,500 more North Korean soldiers had reached the front.")]
    [InlineData("South Korea's National Intelligence Agency told lawmakers that 1,200 North Korean troops were wounded.")]
    [InlineData("Around 4,000 North Korean soldiers have been killed, the South Korean National Intelligence Agency estimates.")]
    public void A_swapped_head_is_the_known_body(string text) =>
        Assert.Contains(Mentions(text), m => m.Source == "National Intelligence Service");

    // Near miss: Nigeria's agency of that name is Nigeria's, not South Korea's service.
    [Theory]
    [InlineData("Nigeria's National Intelligence Agency said 300 soldiers were moved north.")]
    public void Another_countrys_body_stays_its_own(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "National Intelligence Service");
}
