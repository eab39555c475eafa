namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An armed group named only by what its fighters are ("the militants themselves claim to have killed …", "rebels said they had
/// killed …") is a voice, named as the text names it, as "residents" and "witnesses" are; a hyphenated word of whom it stands
/// with stays in its name ("al-Qaida-linked militants"), a place does not ("Kabul-based analysts" are analysts). The sentences are
/// ours.
/// </summary>
public class ArmedGroupNounVoicesTests
{
    [Theory]
    [InlineData("The militants themselves claim to have killed more than 60 soldiers at the outpost.", "militants")]
    [InlineData("Rebels said they had killed 60 soldiers at the outpost.", "rebels")]
    [InlineData("About 60 soldiers died at the outpost, insurgents told the radio station.", "insurgents")]
    [InlineData("About 60 soldiers died at the outpost, al-Qaida-linked militants said.", "al-Qaida-linked militants")]
    // Near misses: a group a word names stays as it was.
    [InlineData("Iran-backed rebels claimed to have killed 60 soldiers at the outpost.", "Iran-backed rebels")]
    [InlineData("Tuareg rebels said they had killed 60 soldiers at the outpost.", "Tuareg rebels")]
    public void The_group_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    // Near misses: fighters counted, not speaking, are no voice; a place before a voice is no part of its name.
    [Fact]
    public void Counted_rebels_are_no_voice() =>
        Assert.Null(Assert.Single(Counts("About 600 rebels attacked the outpost at dawn.")).AttributedTo);

    [Fact]
    public void A_place_before_the_voice_is_left_out() =>
        Assert.Equal("analysts", Assert.Single(Counts("Kabul-based analysts said 60 soldiers had died at the outpost.")).AttributedTo);
}
