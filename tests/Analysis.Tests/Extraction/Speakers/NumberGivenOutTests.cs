namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that "declared the number of" or "named the number of" dead soldiers gives that count out, a dash or a colon before
/// it as translated copy writes: the count is theirs. "declared" alone still needs "that" (a state declares war). The sentences
/// are ours.
/// </summary>
public class NumberGivenOutTests
{
    [Theory]
    [InlineData("In March Zelensky declared the number of dead Ukrainian servicemen — 43 000.", "Zelensky")]
    [InlineData("Syrskyi named the number of Russian soldiers killed near Pokrovsk: 12,400.", "Oleksandr Syrskyi")]
    public void The_voice_that_gives_the_number_out_is_its_origin(string text, string origin) =>
        Assert.Contains(origin, Assert.Single(Counts(text)).AttributedTo ?? "");

    [Theory]
    // Near miss: a state that declares a thing, not a number.
    [InlineData("Ukraine declared martial law as 43,000 Russian troops crossed the border.")]
    public void Declaring_a_thing_gives_nothing_out(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
