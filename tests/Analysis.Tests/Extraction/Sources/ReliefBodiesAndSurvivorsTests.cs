namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Relief and rights bodies named by what they are ("aid agencies say", "human rights organizations say", "humanitarian
/// organisations estimate") and people who came out of the fighting ("according to survivors", "travellers said") are cited
/// voices, named as the text names them, as the DevSet header names unowned "aid agencies" and "survivors". Near misses:
/// "agencies" with no word that says what they are, and a country's news agencies, are no such voice. The sentences are ours.
/// </summary>
public class ReliefBodiesAndSurvivorsTests
{
    [Theory]
    [InlineData("The fighting around the airport has killed 4,000 people, aid agencies say.", "aid agencies")]
    [InlineData("Aid agencies warn that 30,000 civilians are trapped behind the front line.", "aid agencies")]
    [InlineData("The army put its dead at 300, but human rights organizations say more than 1,200 soldiers died.", "human rights organizations")]
    [InlineData("Humanitarian organisations estimate that 2,000 fighters were killed in the offensive.", "humanitarian organisations")]
    [InlineData("According to survivors, at least 40 soldiers were killed when the convoy was ambushed.", "survivors")]
    [InlineData("Some 600 Libyan troops have left the airport, travellers said.", "travellers")]
    public void A_voice_named_by_what_it_is_speaks(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: "agencies" alone, and a country's news agencies.
    [InlineData("The agencies said 300 soldiers had arrived at the base.")]
    [InlineData("Russian news agencies reported that 300 instructors had arrived in Bangui.")]
    public void Agencies_alone_are_no_voice(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.Contains("agencies", StringComparison.Ordinal));
}
