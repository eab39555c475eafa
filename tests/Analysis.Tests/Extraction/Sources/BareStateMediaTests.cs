namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// State media named bare where they speak ("…, state media said Friday", "according to state television") are the state's
/// whose sentence it is: the first country it names (a dateline's too) that no preposition makes a place, else the document's.
/// "A state broadcaster" (one of many) names no one. The sentences are ours.
/// </summary>
public class BareStateMediaTests
{
    [Theory]
    [InlineData("Eritrea has sent 700 soldiers to the border region, state media said Friday.", "Eritrean state media")]
    [InlineData("Some 700 soldiers marched through Tehran with Iranian flags, state television showed.", "Iranian state television")]
    [InlineData("BAMAKO, Mali - Some 700 Russian soldiers have arrived in Mali, according to state television.", "Malian state television")]
    public void The_sentence_state_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: one broadcaster of many, no name.
    [InlineData("Some 700 soldiers marched, a state broadcaster said.")]
    public void One_of_many_is_no_voice(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
