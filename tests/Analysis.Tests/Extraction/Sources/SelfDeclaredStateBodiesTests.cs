namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The defence ministry of Nagorno-Karabakh (Artsakh), a self-declared state no country list holds, reported its soldiers'
/// deaths day by day in the 2016, 2020 and 2023 fighting. Copy names it by the region, short or long, by Artsakh, or by the
/// republic ("the Karabakh defence ministry", "the Defense Ministry of the self-proclaimed Nagorno-Karabakh Republic", "the NKR
/// Ministry of Defense"): one source, the figures its own. Near misses: Armenia's and Azerbaijan's ministries keep their
/// countries. The sentences are ours, in the shapes of Caucasian Knot, Sputnik and Interfax copy of 2020.
/// </summary>
public class SelfDeclaredStateBodiesTests
{
    [Theory]
    [InlineData("Karabakh\n\nThe Karabakh defence ministry has confirmed the deaths of at least 31 of its soldiers.", "Nagorno-Karabakh Defense Ministry")]
    [InlineData("Karabakh\n\nAnother 53 servicemen were killed on Monday, the Nagorno-Karabakh defence ministry says.", "Nagorno-Karabakh Defense Ministry")]
    [InlineData("Karabakh\n\nThe Defense Ministry of the self-proclaimed Nagorno-Karabakh Republic reported that 1,008 servicemen had been killed.", "Nagorno-Karabakh Defense Ministry")]
    [InlineData("Karabakh\n\nArtsakh's Defence Ministry said 710 servicemen had been killed since the fighting began.", "Nagorno-Karabakh Defense Ministry")]
    // Near misses: the two countries' own ministries.
    [InlineData("Karabakh\n\nAzerbaijan's Defence Ministry said 2,783 soldiers were killed in the war.", "Azerbaijani Defense Ministry")]
    [InlineData("Karabakh\n\nThe Armenian Defence Ministry said 16 servicemen were killed on Sunday.", "Armenian Defense Ministry")]
    public void The_ministry_speaks(string document, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(document)).AttributedTo);
}
