namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Real reporting of North Korea's sappers and builders for Kursk named the sender beside a Russian voice: "Kim agreed during
/// Shoigu's visit to dispatch ...", a headline "Shoigu: Kim to send ...", "Shoigu said Kim would send ...". A known person's
/// possessive on a visit or trip is no actor (as a country's on a war or region is not); a headline's voice before its colon
/// tells of another's act as "said" does; and a voice that tells of another's act gives its country to none of the troops.
/// The sentences are ours.
/// </summary>
public class VoiceTellingOfAnotherSenderTests
{
    [Theory]
    [InlineData("Kim Jong Un agreed during Sergei Lavrov's trip to Pyongyang to send 2,000 engineers to Belgorod.", 2000, "North Korea")]
    [InlineData("Recep Tayyip Erdogan decided on Vladimir Putin's second visit to Ankara to deploy 300 soldiers to the region.", 300, "Turkey")]
    // Near miss: the voice that acts itself keeps its troops.
    [InlineData("Sergei Lavrov said he would send 2,000 engineers to Belgorod.", 2000, "Russia")]
    public void A_known_person_s_visit_is_no_sender(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);

    [Fact]
    public void A_headline_voice_before_its_colon_tells_of_another_s_act() =>
        Assert.Equal("North Korea", DocumentCounts("Lavrov: Kim to send 2,000 engineers to Belgorod\n\nNorth Korean leader Kim Jong Un has decided to send two "
            + "thousand engineers to Belgorod, Foreign Minister Sergei Lavrov told reporters on Monday.")[0].Subject);

    [Theory]
    [InlineData("Sergei Lavrov said Kim would send 1,500 engineers to Belgorod.", null)]
    // Near miss: the voice's own country sends.
    [InlineData("Sergei Lavrov said Russia would send 1,500 engineers to Belgorod.", "Russia")]
    public void A_voice_telling_of_another_s_act_owns_none(string text, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text)).Subject);
}
