namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice named before "and" and one person named by their role, and maybe their name, before one speech verb ("Polish officials
/// and Latvian lawmaker Anna Berzina reported", "Warsaw and the Latvian defence minister said") speak together: the first is
/// cited with the person, as it is beside a plural group ("Romania and American officials said"). Near misses: the pair inside a
/// phrase after a preposition, and a pair whose verb is no speech. The sentences are ours.
/// </summary>
public class CoordinatedPersonAsidesTests
{
    [Theory]
    [InlineData("Polish officials and Latvian lawmaker Anna Berzina reported that 300 soldiers had deserted.", "Polish officials")]
    [InlineData("Poland and Latvian lawmaker Anna Berzina reported that 300 soldiers had deserted.", "Poland")]
    [InlineData("Estonia and the Latvian defence minister said 300 soldiers had deserted.", "Estonia")]
    public void The_voice_before_the_person_speaks_with_them(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: the pair after "between"; a pair that only meets.
    [InlineData("The talks between Poland and Latvian lawmaker Anna Berzina ended, she said, with 300 soldiers leaving.", "Poland")]
    [InlineData("Poland and Latvian lawmaker Anna Berzina met in Riga, where 300 soldiers are based.", "Poland")]
    public void Other_pairs_cite_no_one_first(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
