namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A person the text knows only by the name they gave, as conflict reporting names fighters and survivors who fear reprisals
/// ("one of them, who gave his name as Carlos, told the paper", "a fighter who gave only his first name, Ahmed, said", "a soldier
/// identified only as Oleksandr said"), is a source by that name. Near miss: giving one's name to someone names no one. The
/// sentences are ours.
/// </summary>
public class GivenNamesTests
{
    [Theory]
    [InlineData("One of them, who gave his name as Mateo, told the paper that 300 Colombians were fighting near the city.", "Mateo")]
    [InlineData("A fighter who gave only his first name, Yusuf, said 40 soldiers had been killed in the ambush.", "Yusuf")]
    [InlineData("A soldier identified only as Taras said 200 North Korean troops attacked his position.", "Taras")]
    public void The_name_they_gave_is_the_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: a name given to someone.
    [InlineData("He gave his name to the officer at the gate; 300 soldiers stayed behind.")]
    public void Giving_a_name_to_someone_names_no_one(string text) =>
        Assert.Empty(Mentions(text));
}
