namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People as speakers, session 23: an honorific that opens a name in apposition ("the defence minister, Mr Igor Volkov, said")
/// is not part of it. Each rule with its near misses.
/// </summary>
public class S23PersonsTests
{
    [Theory]
    // An honorific in apposition, with or without its stop.
    [InlineData("The Russian Defence Minister, Mr Igor Volkov, said 3,600 soldiers would stay in the province.", "Igor Volkov")]
    [InlineData("The Russian Defence Minister, Mr. Igor Volkov, said 3,600 soldiers would stay in the province.", "Igor Volkov")]
    [InlineData("About 600 soldiers will go, the country's army chief, Dr Anna Berg, said on Monday.", "Anna Berg")]
    public void The_person_speaks(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    // The honorific is no part of the name.
    [InlineData("The Russian Defence Minister, Mr Igor Volkov, said 3,600 soldiers would stay in the province.", "Mr Igor Volkov")]
    public void Not_the_name(string passage, string voice) =>
        Assert.DoesNotContain(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    // Near miss: an honorific with no office before it keeps its reading.
    [InlineData("Mr Igor Volkov said 3,600 soldiers would stay in the province.", "Igor Volkov")]
    public void The_reading_stays(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);
}
