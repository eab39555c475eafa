namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline that gives its figure as a speaker's words, with the troops as the subject of a headline's infinitive ("Ministry
/// Says 350 Troops To Remain In Kosovo", "Oslo says 120 soldiers to join the mission"), tells a plan: planned, as the same
/// headline with the speaker after it already reads. Near misses: a casualty count, a participle of a sending told as done,
/// and a figure of the body. Our own sentences.
/// </summary>
public class HeadlineSpeechInfinitivesTests
{
    [Theory]
    [InlineData("Ministry Says 350 Troops To Remain In Kosovo\n\nThe story follows.", 350d, EstimateStatus.Planned)]
    [InlineData("Oslo says 120 soldiers to join the mission in the spring\n\nThe story follows.", 120d, EstimateStatus.Planned)]
    [InlineData("Rome says 250 troops to return home\n\nThe story follows.", 250d, EstimateStatus.Planned)]
    // Near misses: a casualty count, a sending told as done, a figure of the body.
    [InlineData("Army says 40 soldiers killed in ambush\n\nThe story follows.", 40d, EstimateStatus.Current)]
    [InlineData("Ministry says 350 troops sent to Kosovo\n\nThe story follows.", 350d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe ministry says 350 troops are in Kosovo to help the mission.", 350d, EstimateStatus.Current)]
    public void A_speakers_headline_infinitive_is_a_plan(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(passage, value).Status);
}
