namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's armed service named in lower case after its adjective or possessive ("the Nigerian navy said", "India's air
/// force said", "the Philippine coast guard said"): the country's service, as its capitalised name is ("Nigerian Navy").
/// Both ways: a service only talked about (whose troops arrived, whose base) does not speak, nor a service word that runs
/// on into another noun ("the Russian navy base").
/// </summary>
public class LowerCaseServicesTests
{
    [Theory]
    [InlineData("About 600 sailors were deployed to the gulf, the Nigerian navy said.", "Nigerian Navy")]
    [InlineData("About 600 sailors were deployed to the shoal, the Philippine coast guard said on Monday.", "Philippine Coast Guard")]
    [InlineData("The Israeli air force said 60 jets and 400 airmen took part in the drill.", "Israeli Air Force")]
    [InlineData("About 1,200 marines were sent to the port, Russia's navy said in a statement.", "Russian Navy")]
    [InlineData("About 300 airmen were flown to the base, according to India's air force.", "Indian Air Force")]
    public void Is_the_voice(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    // Talked about, not speaking.
    [InlineData("Troops of the Nigerian navy arrived in 2019, when 600 sailors were deployed.", "Nigerian Navy")]
    [InlineData("About 1,200 marines were sent to a base of the Russian navy in Syria.", "Russian Navy")]
    [InlineData("About 1,200 marines were sent to the Russian navy base at Tartus, officials said.", "Russian Navy")]
    // The figure must be read: with none, DoesNotContain would pass whoever spoke.
    public void Is_not_the_voice(string text, string voice)
    {
        var counts = Counts(text);
        Assert.NotEmpty(counts);
        Assert.DoesNotContain(counts, c => c.AttributedTo == voice);
    }
}
