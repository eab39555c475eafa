namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A photographer's name and the agency that distributes the picture, joined by a slash with no bracket, closing a caption
/// ("… on May 2, 2025. Jane Doe/AP") credit a picture: the agency is no source of the story. Near misses: an agency cited in
/// prose after the caption's full stop.
/// The sentences are ours.
/// </summary>
public class CaptionCreditAfterPhotographerTests
{
    [Theory]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nSoldiers march near Brest on May 2, 2025. Marta Kowalska/AP", "Associated Press")]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nA tank crosses a bridge outside Grodno. Pieter Hals/Reuters", "Reuters")]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nTrucks wait at a checkpoint on June 3, 2024.\n\nOlek Nowak/AFP", "AFP")]
    public void A_photographers_unbracketed_credit_cites_no_one(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a wire that reports in prose after a full stop, and one in the paragraph after a photographer's credit.
    [InlineData("Belarus sent 900 soldiers to the border. Reuters reported the move on Monday.", "Reuters")]
    [InlineData("Soldiers march near Brest. Marta Kowalska/AP\n\nBelarus sent 900 soldiers to the border, Reuters reported.", "Reuters")]
    public void A_storys_credit_still_cites(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
