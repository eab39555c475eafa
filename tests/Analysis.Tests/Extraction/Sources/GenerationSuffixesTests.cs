namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A titled person whose name ends in a generation ("Gen. Alfred M. Gray Jr.", "Gen. C. Q. Brown Jr., the chairman,", "Maj. Gen.
/// Lloyd J. Austin III, commander of"), as American military copy writes its officers: the text cites the person with the
/// generation, so the verb after "Jr." is theirs ("Brig. Gen. X Jr. said"), and the person is named without it and without a
/// middle initial, as the gazetteer names people. Near misses: the generation is no word of the name ("Tomas Vel Jr", "Ana
/// Ruiz Sr" are not the voices). The sentences are ours.
/// </summary>
public class GenerationSuffixesTests
{
    [Theory]
    [InlineData("Brig. Gen. Tomas Vel Jr. said 300 soldiers were sent to the border.", "Tomas Vel")]
    [InlineData("Brig. Gen. Tomas Vel Jr., a spokesman for the brigade, said 300 soldiers were sent to the border.", "Tomas Vel")]
    [InlineData("Maj. Gen. Ana R. Ruiz Sr. said about 1,200 Marines would stay on the island.", "Ana Ruiz")]
    [InlineData("Gen. Tomas Vel, Jr. told reporters that 4,500 troops would leave by June.", "Tomas Vel")]
    public void The_person_speaks(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    // The generation is no word of the person's name.
    [InlineData("Brig. Gen. Tomas Vel Jr. said 300 soldiers were sent to the border.", "Tomas Vel Jr")]
    [InlineData("Maj. Gen. Ana R. Ruiz Sr. said about 1,200 Marines would stay on the island.", "Ana Ruiz Sr")]
    public void Not_the_name(string passage, string voice) =>
        Assert.DoesNotContain(Counts(passage), c => c.AttributedTo == voice);
}
