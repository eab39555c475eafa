namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Documents cited with no verb of saying: an update or report that says what kind it is before its author ("according to a
/// battlefield update from X", "an operational update from Y": the author speaks), and a court's papers where no party is named
/// as their author ("according to the court record", "court filings": named as the text names them). The sentences are ours.
/// </summary>
public class KindsOfUpdateAndCourtPapersTests
{
    [Theory]
    [InlineData("According to a battlefield update from the Institute for the Study of War, 9,500 North Korean soldiers are near the front.", 9500, "Institute for the Study of War")]
    [InlineData("Some 9,500 North Korean soldiers are near the front, according to an operational update from NATO.", 9500, "NATO")]
    [InlineData("According to a situation update from the Pentagon, 9,500 troops are stationed in the region.", 9500, "Pentagon")]
    [InlineData("Some 250 Guard members stayed on duty, according to the court record.", 250, "court record")]
    [InlineData("According to court filings, 250 Guard members were federalized for the mission.", 250, "court filings")]
    // Near misses: "record" as a word of size, and a court's papers only named.
    [InlineData("A record 9,500 troops took part in the drill this year.", 9500, null)]
    [InlineData("The judge read the court record. Some 250 Guard members stayed on duty.", 250, null)]
    public void Documents_cited_by_what_they_are(string text, double value, string? origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        if (origin is not null) Assert.Contains(origin, Sources(text));
        else Assert.DoesNotContain(Sources(text), s => s.Contains("record", StringComparison.OrdinalIgnoreCase));
    }
}
