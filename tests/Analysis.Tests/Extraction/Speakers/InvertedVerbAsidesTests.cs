namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Translated AFP copy keeps French order and its "pour sa part": "…, declared for his part Jens Stoltenberg", "…, announced for its
/// part the Australian Defence Ministry", "…, said in turn the ministry". The verb speaks past that phrase, as "…, declared Jens
/// Stoltenberg" does. Near miss: "for his part" opening a sentence whose verb is no speech. The sentences are ours.
/// </summary>
public class InvertedVerbAsidesTests
{
    [Theory]
    [InlineData("The alliance still has 400 soldiers in the region, declared for his part Jens Stoltenberg.", "Jens Stoltenberg")]
    [InlineData("The alliance still has 420 soldiers in the region, declared for his part Jens Stoltenberg, the NATO secretary general.", "Jens Stoltenberg")]
    [InlineData("The monitoring group counts 500 soldiers, announced for its part the Australian Defence Ministry.", "Australian Defense Ministry")]
    public void An_inverted_verb_speaks_past_its_aside(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Fact]
    // Near miss.
    public void For_his_part_before_a_deed_is_no_speech() =>
        Assert.Null(Assert.Single(Counts("For his part, Jens Stoltenberg visited the 600 soldiers in the region.")).AttributedTo);
}
