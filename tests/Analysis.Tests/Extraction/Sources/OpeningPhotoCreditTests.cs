namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A caption pasted with its photo credit first ("Photo: NAME, AGENCY, Pool Photo via AP File FILE - caption", "Photo:
/// NAME/AGENCY/Pool Photo Via AP/TT") credits a picture: the agencies and outlets in the credit are no sources of the story.
/// The credit runs from its label to the dash that opens the caption, or to the sentence's end.
/// </summary>
public class OpeningPhotoCreditTests
{
    [Theory]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nPhoto: Marta Kowalska, Sputnik, Pool Photo via AP File FILE - The defence minister inspects a brigade near Minsk, May 2, 2025.", "Sputnik")]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nPhoto: Marta Kowalska, Sputnik, Pool Photo via AP File FILE - The defence minister inspects a brigade near Minsk, May 2, 2025.", "Associated Press")]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nThe defence minister inspects a brigade near Minsk. Photo: Jan Novak/Sputnik/Pool Photo Via AP/TT", "Sputnik")]
    public void Outlets_in_a_credit_opening_a_caption_are_not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: prose after the label is a caption that may cite.
    [InlineData("Photo: Minsk said 900 soldiers had reached the border on Sunday.", "Belarus")]
    public void A_caption_after_the_label_still_cites(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
