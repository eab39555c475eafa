namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An unnamed voice in copy filed from a state's capital is that state's, and a second state named only as the far side of a
/// frontier ("to the Pakistan border", "to the border with Mexico", "to the Indian border") is a place that leaves it so, as a state
/// after "to" or "near" does. Near misses: a frontier noun that heads a body of that state ("Indian border guards") names an owner,
/// and a state that acts in the sentence ("Pakistan is moving troops") keeps the dateline's state off the voice.
/// </summary>
public class DatelineFrontierVoicesTests
{
    [Theory]
    [InlineData("NEW DELHI (PTI) - The Army is not moving troops to the Pakistan border after the attacks, a senior Army official said on Sunday. About 2,000 troops are on alert, he said.", "Indian Army officials")]
    [InlineData("NEW DELHI (PTI) - The Army is moving 2,000 troops to the border with Pakistan, a senior Army official said on Sunday.", "Indian Army officials")]
    [InlineData("ISLAMABAD (Reuters) - The army has begun moving about 20,000 troops to the Indian border, two intelligence officials said.", "Pakistani intelligence officials")]
    [InlineData("WASHINGTON (Reuters) - The military is preparing to send roughly 1,500 more troops to the border with Mexico, defense officials said.", "U.S. defense officials")]
    [InlineData("NEW DELHI (PTI) - The Army is moving 2,000 troops to the Pakistan border, government sources said on Sunday.", "Indian government sources")]
    public void The_dateline_state_speaks(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A frontier noun heading a body of the state named before it: that state owns the guards, not the place.
    [InlineData("ISLAMABAD (Reuters) - Indian border guards have moved 2,000 troops forward, intelligence officials said.", "Pakistani intelligence officials")]
    // A state acting in the sentence may be the voice: the dateline's state is not assumed.
    [InlineData("NEW DELHI (PTI) - Pakistan is moving 2,000 troops to its border, government sources said on Sunday.", "Indian government sources")]
    public void The_dateline_state_is_not_assumed(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
