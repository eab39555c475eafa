namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bodies that speak through a unit or an office named bare: a body's press unit after its possessive ("the Russian Defence
/// Ministry's press service said", "the Pakistani military's media wing said"), and a state's office named bare in a document
/// whose dateline names its country ("the government said", "the presidency said", "the Prime Minister's Office said"). Each
/// both ways: a government named bare beside another country's troops with no dateline, a government a source is close to, a
/// press unit that is told something, and a press unit whose spokesperson's name follows.
/// </summary>
public class PressUnitsAndBareOfficesTests
{
    [Theory]
    // A body's press unit after its possessive.
    [InlineData("Russia moved 3,000 troops to the border, the Russian Defence Ministry's press service said.", "Russian Defense Ministry")]
    [InlineData("Pakistan has moved 3,000 troops to the frontier, the Pakistani military's media wing said.", "Pakistani military")]
    [InlineData("India moved 3,000 troops into Ladakh, the Indian Army's public relations office said.", "Indian Army")]
    // A state's office named bare, the dateline's country's.
    [InlineData("NAIROBI (Reuters) - Kenya will send 1,000 police officers to Haiti, the government said.", "Kenyan government")]
    [InlineData("ABUJA (Reuters) - Nigeria will send 1,000 troops to Niger, the presidency said on Tuesday.", "Nigerian presidency")]
    [InlineData("TOKYO (Reuters) - Japan will send 1,000 troops to the island, the Prime Minister's Office said.", "Japanese Prime Minister's Office")]
    // The dateline's state when the sentence names it, though another state was quoted last.
    [InlineData("KYIV (Reuters) - Russia's defence ministry said 1,000 of its troops had crossed. Ukraine has 5,000 troops at the border, the government said.", "Ukrainian government")]
    public void Is_the_voice(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    // No dateline: the sentence's first country is not the government's.
    [InlineData("Rwanda has begun sending 1,000 troops, who will back Mozambican troops, the government said.", "Mozambican government")]
    // A source close to a government is not the government.
    [InlineData("At the base in Niger there are 600 Italian troops, a source close to the country's government told reporters.", "Italian government")]
    [InlineData("At the base in Niger there are 600 Italian troops, a source close to the country's government told reporters.", "Nigerien government")]
    // A press unit that is told something, and one whose spokesperson is named, do not speak.
    [InlineData("Russia moved 3,000 troops to the border, a blogger wrote to the Russian Defence Ministry's press service.", "Russian Defense Ministry")]
    [InlineData("Russia moved 3,000 troops to the border, the Russian Defence Ministry's press office, Anna Petrova, said.", "Russian Defense Ministry")]
    // The state quoted last is not the government when the sentence names the dateline's state.
    [InlineData("KYIV (Reuters) - Russia's defence ministry said 1,000 of its troops had crossed. Ukraine has 5,000 troops at the border, the government said.", "Russian government")]
    // The figure must be read: with none, DoesNotContain would pass whoever spoke.
    public void Is_not_the_voice(string text, string voice)
    {
        var counts = Counts(text);
        Assert.NotEmpty(counts);
        Assert.DoesNotContain(counts, c => c.AttributedTo == voice);
    }
}
