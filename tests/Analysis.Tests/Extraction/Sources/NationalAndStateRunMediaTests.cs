namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// State media named bare by other words than "state" where they speak: "national radio said on Thursday", "state-run
/// television reported", "according to national television", as wire copy from a capital names its broadcaster. They are the
/// country's whose sentence it is, or the dateline's: "state-run" is a spelling of "state", "national" stays in the name.
/// Near misses: "a national broadcaster" (one of many) and "international media" name no one. The sentences are ours.
/// </summary>
public class NationalAndStateRunMediaTests
{
    [Theory]
    [InlineData("N'DJAMENA (AFP) - The number of Chadian soldiers killed in the fighting rose to 25, national radio said on Thursday.", "Chadian national radio")]
    [InlineData("Some 3,000 Ethiopian soldiers have crossed into Somalia, state-run radio said.", "Ethiopian state radio")]
    [InlineData("KHARTOUM (Reuters) - About 1,200 soldiers were sent to Darfur, according to state-run television.", "Sudanese state television")]
    [InlineData("Eritrea has moved 2,000 soldiers to the border, national television reported.", "Eritrean national television")]
    public void The_sentence_state_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: one broadcaster of many; international media.
    [InlineData("Some 700 soldiers marched, a national broadcaster said.")]
    [InlineData("Eritrea has moved 2,000 soldiers to the border, international media reported.")]
    public void No_state_s_media(string text) =>
        Assert.DoesNotContain(Counts(text), c => c.AttributedTo is { } a && (a.Contains("national ") && !a.StartsWith("international", StringComparison.Ordinal) || a.Contains("state ")));
}
