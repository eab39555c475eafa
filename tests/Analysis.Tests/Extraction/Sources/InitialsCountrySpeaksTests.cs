namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "U.S." is both the country's adjective and, in wire copy and headlines, its name: "U.S. says 8,000 North Korean troops are in
/// Kursk", "…, the U.S. said on Tuesday". Where a speech verb follows it, the state speaks, named by the country's name, as "the
/// United States said" and "Washington said" already were. Followed by a voice noun it stays the adjective of a group. The
/// sentences are ours.
/// </summary>
public class InitialsCountrySpeaksTests
{
    [Theory]
    [InlineData("U.S. says 9,000 North Korean soldiers have moved toward the front", "United States")]
    [InlineData("Some 7,000 North Korean troops are now in the Kursk region, the U.S. said on Tuesday.", "United States")]
    [InlineData("The U.S. estimates that 1,200 North Korean soldiers were wounded in a week.", "United States")]
    // Near miss: the adjective of a group of voices.
    [InlineData("Some 7,000 North Korean troops are now in the Kursk region, U.S. officials said on Tuesday.", "U.S. officials")]
    public void The_initials_name_the_speaking_state(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    // With no noun after them (the sentence or a bracket ends, a comma and lower-case words follow, or a list of countries'
    // names does), the initials are the country's name wherever it is cited; a list of adjectives stays one.
    [Theory]
    [InlineData("Some 7,000 North Korean troops are now in Kursk, according to the U.S.", "United States")]
    [InlineData("According to the U.S., some 7,000 North Korean troops are now in Kursk.", "United States")]
    [InlineData("Some 7,000 North Korean troops are now in Kursk, according to the U.S. and Ukraine.", "United States")]
    [InlineData("Some 7,000 North Korean troops (U.S.) are now in Kursk.", "United States")]
    [InlineData("Some 7,000 U.S., British and French troops are now in Estonia.", null)]
    public void Initials_with_no_noun_after_them_name_the_state(string text, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
