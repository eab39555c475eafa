namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Translated copy calls a security service a "secret service" after its acronym ("the SBU secret service said"), and wire copy
/// names an officer by the post he holds ("the French colonel in charge said"): both are the voice of the figure. The sentences
/// are ours.
/// </summary>
public class SecretServicesAndOfficersInChargeTests
{
    [Theory]
    [InlineData("Ten Russian soldiers were captured near Kupiansk, the SBU secret service said.", "SBU")]
    [InlineData("About 600 Chadian soldiers reached the town on Monday, the French colonel in charge said.", "French military officers")]
    public void The_described_voice_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
