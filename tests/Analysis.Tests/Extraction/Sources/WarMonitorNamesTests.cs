namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The war monitor that reporting on Syria, Libya and the Caucasus cites is one source under each name copy gives it: in full
/// ("for" or "of" Human Rights), by its acronym alone, as most of another article names it, or by its first two words. So a
/// corpus of several outlets' articles counts it once. The sentences are ours.
/// </summary>
public class WarMonitorNamesTests
{
    private const string Monitor = "Syrian Observatory for Human Rights";

    [Theory]
    [InlineData("About 300 more fighters reached the coast on Friday, SOHR said.")]
    [InlineData("About 300 more fighters reached the coast on Friday, the Syrian Observatory of Human Rights said.")]
    [InlineData("About 300 more fighters reached the coast on Friday, the Syrian Observatory said.")]
    public void Each_name_is_the_monitor(string text) =>
        Assert.Contains(Mentions(text), m => m.Source == Monitor);

    [Theory]
    [InlineData("About 300 more fighters reached the coast on Friday, SOHR said.")]
    [InlineData("About 300 more fighters reached the coast on Friday, the Syrian Observatory said.")]
    public void The_figure_is_the_monitors(string text) =>
        Assert.Equal(Monitor, Assert.Single(Counts(text)).AttributedTo);
}
