namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A clause joined by "but" or "and" to the speaker's own clause whose verb of speech stands in its bare form after an auxiliary
/// of emphasis ("… did not name the units, but did say that 1,400 …", "… but did confirm that …"), as Pentagon and
/// congressional copy writes what an official would and would not give: the speaker says the figure, as with "but said". An
/// auxiliary before an act ("but did send 1,400 soldiers") or a denial ("and did not confirm that") cites no one. The
/// sentences are ours.
/// </summary>
public class EmphaticCoordinatedSpeechTests
{
    [Theory]
    [InlineData("Colonel Ana Ruiz did not name the units, but did say that 1,400 soldiers had been sent to the border.", "Ana Ruiz")]
    [InlineData("Colonel Ana Ruiz did not name the units but did confirm that 1,400 soldiers had been sent to the border.", "Ana Ruiz")]
    public void The_emphatic_verb_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: an act after the auxiliary, and a denial.
    [InlineData("Colonel Ana Ruiz did not name the units but did send 1,400 soldiers to the border.")]
    [InlineData("Colonel Ana Ruiz did not name the units and did not confirm that 1,400 soldiers had been sent to the border.")]
    public void No_emphatic_speech(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
