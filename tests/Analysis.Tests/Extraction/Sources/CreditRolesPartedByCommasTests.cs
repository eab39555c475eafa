namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A wire credit whose roles a comma parts as a semicolon would ("(Reporting by A in Kyiv, additional reporting by B; Editing
/// by C)", "(Reporting by A, Editing by B)") or whose labels are set in title case or capitals ("Reporting By A; Editing By B",
/// "REPORTING BY A") names its reporters and writer as sources of the story, its editors none. Near misses: prose that opens
/// with a label's words and labels before no person's name stay no credit. The sentences and names are ours.
/// </summary>
public class CreditRolesPartedByCommasTests
{
    private const string Lead = "About 1,200 Burundian soldiers crossed the border on Monday, officials said.";

    // The page's mentions by the default extractor: the lead, then the credit closing the story.
    private static IReadOnlyList<SourceMention> CreditMentions(string credit) => PageMentions("Troops arrive", Lead, credit);

    [Theory]
    [InlineData("(Reporting by Ann Kowalski, Editing by Peter Grant)", "Ann Kowalski")]
    [InlineData("(Reporting by Ann Kowalski in Goma, editing by Peter Grant)", "Ann Kowalski")]
    [InlineData("(Reporting by Ann Kowalski in Goma, additional reporting by Lena Otieno in Nairobi; Editing by Peter Grant)", "Lena Otieno")]
    [InlineData("(Reporting by Ann Kowalski in Goma, additional reporting by Lena Otieno in Nairobi; Editing by Peter Grant)", "Ann Kowalski")]
    [InlineData("(Reporting by Ann Kowalski and Dario Ferrante, Writing by Sam Holt, Editing by Peter Grant)", "Sam Holt")]
    [InlineData("Reporting by Ann Kowalski, additional reporting by Lena Otieno", "Lena Otieno")]
    [InlineData("(Reporting By Ann Kowalski; Editing By Peter Grant)", "Ann Kowalski")]
    [InlineData("(Additional Reporting by Lena Otieno in Nairobi; Editing by Peter Grant)", "Lena Otieno")]
    [InlineData("(REPORTING BY ANN KOWALSKI; EDITING BY PETER GRANT)", "Ann Kowalski")]
    [InlineData("By Ann Kowalski, Editing by Peter Grant", "Ann Kowalski")]
    public void A_credit_names_its_reporters_whatever_parts_its_roles(string credit, string reporter) =>
        Assert.Contains(CreditMentions(credit), m => m.Source == reporter);

    [Theory]
    [InlineData("(Reporting by Ann Kowalski, Editing by Peter Grant)", "Peter Grant")]
    [InlineData("(Reporting by Ann Kowalski, Editing by Peter Grant and Sam Holt)", "Sam Holt")]
    [InlineData("(Reporting By Ann Kowalski; Editing By Peter Grant)", "Peter Grant")]
    [InlineData("(Editing by Peter Grant, Sam Holt)", "Sam Holt")]
    // Near misses: prose and labels before no person's name.
    [InlineData("Reporting by local radio, editing by the army and a long silence hid the crossing for a week.", "Local Radio")]
    [InlineData("Reporting By State Radio, Editing By censors", "State Radio")]
    [InlineData("(Photo by Ann Kowalski, editing by Peter Grant)", "Ann Kowalski")]
    public void Editors_and_other_runs_are_no_sources(string credit, string name) =>
        Assert.DoesNotContain(CreditMentions(credit), m => string.Equals(m.Source, name, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_reporter_of_a_comma_parted_credit_is_no_origin_of_a_figure() =>
        Assert.Null(Of($"Troops arrive\n\nAbout 1,200 Burundian soldiers crossed the border on Monday.\n\n(Reporting by Ann Kowalski, additional reporting by Lena Otieno; Editing by Peter Grant)\n", 1200).AttributedTo);
}
