namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Concern stated on the record is speech ("Canberra and Ottawa have expressed concern that", "the ministers voiced deep concern
/// over"): its speakers are cited as those of "said" are.
/// </summary>
public class ExpressedConcernTests
{
    [Theory]
    [InlineData("Canberra and Ottawa have expressed concern that 900 more soldiers could reach the border.", "Australia")]
    [InlineData("Canberra and Ottawa have expressed concern that 900 more soldiers could reach the border.", "Canada")]
    [InlineData("Oslo voiced deep concern over the arrival of 900 more soldiers at the border.", "Norway")]
    [InlineData("Copenhagen expressed grave concern over reports that 900 soldiers had crossed the border.", "Denmark")]
    public void A_stated_concern_cites_its_speaker(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: concern raised in a place, said by no one there.
    [InlineData("The arrival of 900 soldiers at the border raised concern in Oslo.", "Norway")]
    public void A_place_of_concern_is_not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
