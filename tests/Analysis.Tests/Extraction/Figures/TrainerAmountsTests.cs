namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Trainers a state sends as its force, by the name it gives them ("instructors", "military instructors", "sappers",
/// "military builders"), are a troop amount noun as "soldiers" is: "a group of instructors totalling 450 people", "the total
/// number of Russian instructors in the country now stands at 1,240", "sappers, numbering some 1,000" count them. The sentences
/// are ours.
/// </summary>
public class TrainerAmountsTests
{
    [Theory]
    [InlineData("A second group of instructors totalling 450 people landed in the capital on Monday, the embassy said.", 450)]
    [InlineData("The envoy said the total number of Russian instructors in the country now stands at 1,240.", 1240)]
    [InlineData("Pyongyang's sappers, numbering some 1,000, have begun clearing the fields, the ministry said.", 1000)]
    // Near misses: shapes found before (a troop noun of its own) stay, and a number of other people beside no trainer stays out.
    [InlineData("Moscow said its military instructors, numbering about 900, would stay until the vote.", 900)]
    [InlineData("The military builders, totalling 4,000, will arrive in two rotations, officials said.", 4000)]
    [InlineData("The museum's number of visitors is 1,240 a day, its director said.", -1)]
    public void Amounts_of_trainers_are_counted(string text, double value)
    {
        var counts = Counts(text);
        if (value < 0) Assert.Empty(counts);
        else Assert.Single(counts, c => c.Value == value);
    }
}
