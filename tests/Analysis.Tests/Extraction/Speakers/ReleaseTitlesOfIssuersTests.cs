namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A release's first line that names its issuer in the shapes ministries, general staffs and missions head their releases
/// with: the issuer after "Communique of", "Press release of", "Press statement by" (where the kit knows it as a source), the
/// release's date after a comma, a mission's acronym before "press release" and a spaced dash. The issuer speaks for the text
/// below that cites no one. The sentences are ours, in real shapes.
/// </summary>
public class ReleaseTitlesOfIssuersTests
{
    [Theory]
    // The issuer after "of", "by": a body the kit knows.
    [InlineData("Communique of the Kenya Defence Forces\n\nOn Friday, units of the KDF repulsed an attack near the border. Two of our soldiers were killed.", 2, "Kenya Defence Forces")]
    [InlineData("Press statement by the Kenya Defence Forces\n\nSome 300 soldiers were moved to the border on Friday.", 300, "Kenya Defence Forces")]
    [InlineData("Press release of the Ministry of Defence of Ukraine\n\nAbout 400 servicemen completed their training abroad this month.", 400, "Ukrainian Defense Ministry")]
    // Words the kit does not know as a body are not named as spelled.
    [InlineData("Communique of the Supreme Council of Valdoria\n\nAbout 400 servicemen completed their training this month.", 400, null)]
    public void The_issuer_after_a_communique_title_speaks(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));

    [Theory]
    // The release's date after a comma closes the first line.
    [InlineData("Statement from the Kenya Defence Forces, 4 May 2020\n\nSome 300 soldiers were moved to the border on Friday.", 300, "Kenya Defence Forces")]
    [InlineData("Press statement by the Kenya Defence Forces, May 4, 2020\n\nSome 300 soldiers were moved to the border on Friday.", 300, "Kenya Defence Forces")]
    // A mission's acronym before "press release" and a spaced dash, then the release's own title.
    [InlineData("UNAMID press release - Mission to take over from AMIS on 31 December\n\nAt full strength the mission will number some 20,000 troops.", 20000, "UNAMID")]
    [InlineData("NATO press release – Battlegroup arrives in Slovakia\n\nAbout 1,100 troops from six allies have arrived this week.", 1100, "NATO")]
    // Not a headline whose words before the dash hold a verb, nor a headline that names no release.
    [InlineData("Kremlin dismisses NATO statement - Reuters\n\nSome 20,000 troops remain at the border, satellite images show.", 20000, null)]
    [InlineData("UNAMID peacekeepers - the mission grows\n\nAt full strength the mission will number some 20,000 troops.", 20000, null)]
    public void A_dated_or_dashed_release_line_names_its_issuer(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
