namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body or country that states a figure often has one of its people give it out, named in the next sentence as the one the
/// figure came from ("The figures were given at a news conference by Gen. X", "The estimate by X is …"): that person is the
/// figure's origin, over the body its own sentence cites; the passive may name where it was given before "by". A body named
/// there, or a person who only speaks about the figure, gives nothing. The sentences are ours.
/// </summary>
public class FigureGiverNextTests
{
    [Theory]
    [InlineData("The Defence Ministry said on Friday that 412 of its soldiers had been killed in the offensive. The figures, as of March 1, were given at a news conference by Maj. Gen. Tomas Verhoeven.", "Tomas Verhoeven")]
    [InlineData("Ghana said that 850 of its troops would join the mission. The figure was announced by Kofi Mensah, a spokesman for the Ghanaian embassy.", "Kofi Mensah")]
    [InlineData("About 6,000 soldiers have crossed the border, Ukraine said. The numbers were disclosed to reporters by Kyrylo Budanov.", "Kyrylo Budanov")]
    [InlineData("Some 9,000 troops were massed near the frontier, the Pentagon said on Monday. The estimate by Gen. Mark Halvorsen is the highest yet.", "Mark Halvorsen")]
    public void The_person_who_gave_the_figure_next_is_its_origin(string text, string origin) =>
        Assert.Contains(origin, Assert.Single(Counts(text)).AttributedTo ?? "");

    [Theory]
    // Near misses: a body gives the figure out; a person only comments on it; a figure no one's sentence refers back to.
    [InlineData("Russia said 500 of its soldiers had died in the attack. The figures were released by the ministry on Monday.", "Russia")]
    [InlineData("Russia said 500 of its soldiers had died in the attack. The figure, Ukrainian commander Oleksandr Syrskyi said, is far too low.", "Russia")]
    [InlineData("Russia said 500 of its soldiers had died in the attack. Defence Minister Sergei Lavrin visited the wounded on Monday.", "Russia")]
    public void Nothing_else_replaces_the_sentence_own_voice(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
