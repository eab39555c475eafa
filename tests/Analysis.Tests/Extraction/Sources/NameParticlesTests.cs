namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People as speakers: a person's name particles ("bin", "ibn", "van der", "von der", "ould", and
/// the capitalised article "Al" before an Arabic surname) join the name and are no word toward the three it holds at most,
/// with or without a title or an honorific ("Sheikh") before it. Each with its near misses.
/// </summary>
public class NameParticlesTests
{
    [Theory]
    [InlineData("Abdullah bin Zayed said the UAE had sent 500 police to Bahrain.", "Abdullah bin Zayed")]
    [InlineData("500 police were sent, said Hamad ibn Isa.", "Hamad ibn Isa")]
    [InlineData("500 police were sent, Pieter van der Berg said.", "Pieter van der Berg")]
    [InlineData("500 police were sent, said Ursula von der Leyen.", "Ursula von der Leyen")]
    [InlineData("500 police were sent, Mohamed ould Ghazouani said.", "Mohamed ould Ghazouani")]
    [InlineData("500 police were sent, Abdullah bin Zayed Al Nahyan said.", "Abdullah bin Zayed Al Nahyan")]
    [InlineData("500 police were sent, Foreign Minister Sheikh Khalid bin Ahmed Al Khalifa said.", "Khalid bin Ahmed Al Khalifa")]
    [InlineData("500 police were sent, Bahrain's foreign minister, Sheikh Khalid bin Ahmed Al Khalifa, said.", "Khalid bin Ahmed Al Khalifa")]
    public void The_person_speaks(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    // Near misses: a particle after a lower-case word joins nothing, and "Al" opening a name is an outlet's name where the
    // gazetteer knows it, not a surname's article.
    [InlineData("A police van took 500 police to Manama, Hassan Omar said.", "Hassan Omar")]
    [InlineData("500 police were sent, Al Arabiya reported.", "Al Arabiya")]
    public void The_reading_stays(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    // Part of a name is no speaker: "Zayed Al Nahyan" is the longer name's tail.
    [InlineData("500 police were sent, Abdullah bin Zayed Al Nahyan said.", "Zayed Al Nahyan")]
    [InlineData("A police van took 500 police to Manama, Hassan Omar said.", "Manama Hassan Omar")]
    public void Not_the_name(string passage, string voice) =>
        Assert.DoesNotContain(Counts(passage), c => c.AttributedTo == voice);
}
