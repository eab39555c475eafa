namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// Estimates or reports named by "according to" right after a figure's clause ("…, where they may total 9,000, according to
/// Polish and Lithuanian estimates") read that number out: they are its voice, not a relay of the sentence's
/// speaker, who only confirmed the presence. A figure with another voice between it and them keeps that voice, and the
/// estimates are no link of its chain. Near misses: an outlet after "according to" relays the speaker, and estimates in a
/// sentence with no other voice are its voice already. The sentences are ours, in real shapes.
/// </summary>
public class ClosingEstimatesTests
{
    [Theory]
    [InlineData("Troops\n\nThe Kremlin confirmed on Monday that the brigades, which may hold up to 9,000 men, had reached the front, according to Polish and Lithuanian estimates.", 9000, "Poland", "")]
    [InlineData("Troops\n\nRussia's Defence Ministry said the brigades had reached the front, where they may total 9,000, according to Polish and Lithuanian estimates.", 9000, "Poland", "")]
    [InlineData("Troops\n\nThe army holds 9,500 troops there, as per Latvia's military intelligence, and lost up to 300 of them, according to Latvian reports.", 300, "Latvian reports", "")]
    // The figure before the other voice keeps it, and the reports relay nothing.
    [InlineData("Troops\n\nThe army holds 9,500 troops there, as per Latvia's military intelligence, and lost up to 300 of them, according to Latvian reports.", 9500, "Latvian military intelligence", "")]
    // Near misses: an outlet after "according to" relays the speaker; estimates alone are the voice already.
    [InlineData("Troops\n\nThe Kremlin said 2,000 soldiers had crossed, according to TASS.", 2000, "Kremlin", "TASS")]
    [InlineData("Troops\n\nAbout 1,200 soldiers had crossed the border, according to Western estimates.", 1200, "Western estimates", "")]
    public void Closing_estimates_voice_the_figure_they_close(string document, double value, string origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);
}
