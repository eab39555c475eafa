namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bare state media ("…, state media said") are the state's whose leader opens the sentence where the sentence names no state of
/// its own but as a place ("Kim Jong Un personally greeted the returning engineers in Pyongyang …, state media said": North
/// Korean state media). Near miss: a state the sentence names as its actor still wins ("Chinese troops …").
/// </summary>
public class LeadersStateMediaTests
{
    [Theory]
    [InlineData("Kim Jong Un personally greeted the returning engineers in Pyongyang and honoured nine service members killed on the deployment, state media said.", 9, "North Korean state media")]
    [InlineData("Kim Jong Un honoured nine soldiers killed on the deployment, state media reported.", 9, "North Korean state media")]
    public void The_leaders_state_media_speak(string text, double value, string origin) =>
        Assert.Contains(Counts(text), c => c.Value == value && c.AttributedTo == origin);

    [Fact]
    public void A_named_state_still_wins() =>
        Assert.Contains(Counts("Chinese troops numbering 300 arrived in Djibouti on Monday, state media reported."),
            c => c.Value == 300 && c.AttributedTo == "Chinese state media");
}
