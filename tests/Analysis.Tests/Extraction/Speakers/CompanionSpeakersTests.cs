namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A companion set off by commas between a voice and its verb ("The Pentagon, along with NATO, said", "Mayor A, together with
/// Police Chief B, said", "as well as", "alongside"): the two speak together, so the companion is a source and the first named
/// is the origin (the DevSet header: owners joined by "and", each a source). The sentences are ours.
/// </summary>
public class CompanionSpeakersTests
{
    [Theory]
    [InlineData("The Pentagon, along with NATO, said 2,000 troops had been moved.", "Pentagon", "NATO")]
    [InlineData("The Pentagon, as well as NATO, said 2,000 troops had been moved.", "Pentagon", "NATO")]
    [InlineData("Ukraine, together with the United States, said 11,000 North Korean soldiers were in Kursk.", "Ukraine", "United States")]
    [InlineData("Mayor Rita Gomez, along with Police Chief Dan Ortiz, said 200 soldiers had arrived.", "Rita Gomez", "Dan Ortiz")]
    [InlineData("Mayor Rita Gomez, alongside Police Chief Dan Ortiz, told reporters that 200 soldiers had arrived.", "Rita Gomez", "Dan Ortiz")]
    public void The_companion_speaks_the_first_named_leading(string text, string origin, string companion)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        var sources = Mentions(text).Select(m => m.Source).ToList();
        Assert.Contains(origin, sources);
        Assert.Contains(companion, sources);
        Assert.Empty(count.Via);
    }

    // Near misses: a companion that only arrived with the voice, or troops along with others, speaks not.
    [Theory]
    [InlineData("The Pentagon said 2,000 troops, along with NATO aircraft, had been moved.", "Pentagon", "NATO")]
    [InlineData("Mayor Rita Gomez arrived along with Police Chief Dan Ortiz, and 200 soldiers followed.", "", "Dan Ortiz")]
    public void A_companion_of_no_verb_is_no_source(string text, string origin, string companion)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo ?? "");
        Assert.DoesNotContain(companion, Mentions(text).Select(m => m.Source));
    }
}
