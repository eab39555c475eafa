namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: hired fighters ("mercenaries") are no state's, neither the country they are sent to nor the one whose troops
/// are sent against them, unless a demonym or a military the gazetteer gives a country names them.
/// </summary>
public class MercenariesTests
{
    [Theory]
    // Bare mercenaries: no owner, whatever country the sentence names as destination or opponent.
    [InlineData("Untitled\n\nA British firm flew about 120 mercenaries to Papua New Guinea in February.", null)]
    [InlineData("Untitled\n\nDelhi airlifted paratroopers to the island after some 300 mercenaries attacked the presidential palace.", null)]
    [InlineData("Untitled\n\nNigeria's army said 45 mercenaries had been captured near the Chadian border.", null)]
    // A demonym or a company the gazetteer gives a country still owns them.
    [InlineData("Untitled\n\nAround 600 Colombian mercenaries are fighting beside the paramilitaries, the army said.", "Colombia")]
    [InlineData("Untitled\n\nAs many as 3,000 Wagner mercenaries have arrived in the Central African Republic.", "Russia")]
    public void Mercenaries_are_no_states_troops(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}
