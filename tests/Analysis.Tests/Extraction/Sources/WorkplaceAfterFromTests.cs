namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body after a person's name and "from" ("Jane Roe from the Asan Institute said") is where the person works, as after "of":
/// the person is the voice and the source, the body only how the text places them.
/// </summary>
public class WorkplaceAfterFromTests
{
    [Theory]
    [InlineData("Analyst Maria Novak from the Institute for the Study of War said 800 more soldiers had arrived.", "Institute for the Study of War")]
    [InlineData("Tom Reyes from the Royal United Services Institute said the 2,000 troops were poorly equipped.", "Royal United Services Institute")]
    [InlineData("Lawmaker Park Ji-ho from the Democratic Party told reporters that 1,200 soldiers had been moved.", "Democratic Party")]
    public void The_workplace_is_no_source(string text, string body) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == body);

    [Theory]
    [InlineData("Analyst Maria Novak from the Institute for the Study of War said 800 more soldiers had arrived.", 800, "Maria Novak")]
    [InlineData("Researcher Sam Ortiz from the Carnegie Endowment for International Peace stated that 1,500 troops had gone.", 1500, "Sam Ortiz")]
    public void The_person_is_the_voice(string text, double value, string voice) =>
        Assert.Equal(voice, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // Near misses: an outlet after "from" stays a source; a body that speaks itself is cited.
    [InlineData("Maria Novak from Reuters reported that 600 troops had crossed.", "Reuters")]
    [InlineData("The Institute for the Study of War said 700 soldiers from the brigade had moved.", "Institute for the Study of War")]
    public void Still_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
