namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// A reported clause inside another, with no "that" between them ("X said the agency said N", "X said the agency also
/// believed N"): the inner voice gave the figure and the outer one passed it on, as "X said that the agency said N" does. Near
/// misses: a figure in the outer speaker's own clause, before the inner voice speaks, and a voice that speaks alone. The
/// sentences are ours, in real shapes.
/// </summary>
public class NestedSpeechRelayTests
{
    [Theory]
    [InlineData("Losses\n\nKim Tae-ho said the NIS officials said 900 wounded soldiers had been flown home.", 900, "South Korean intelligence officials", "Kim Tae-ho")]
    [InlineData("Losses\n\nKim Tae-ho said the NIS believed 900 wounded soldiers had been flown home.", 900, "National Intelligence Service", "Kim Tae-ho")]
    [InlineData("Losses\n\nKim Tae-ho said the NIS also believed 900 wounded soldiers had been flown home by train.", 900, "National Intelligence Service", "Kim Tae-ho")]
    // Near misses: the outer speaker's own figure before the inner voice, and a voice that speaks alone.
    [InlineData("Losses\n\nKim Tae-ho said 900 wounded soldiers had been flown home, and the NIS said more would follow.", 900, "Kim Tae-ho", "")]
    [InlineData("Losses\n\nThe NIS said 900 wounded soldiers had been flown home.", 900, "National Intelligence Service", "")]
    public void The_inner_voice_is_the_origin_and_the_outer_one_relays_it(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);
}
