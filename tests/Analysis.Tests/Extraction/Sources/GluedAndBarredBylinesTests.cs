namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bylines as some pages paste: the label run into the name with no space ("ByMallika Soni" over the date line), and the page's
/// outlet or section and the byline on one line parted by a bar ("Hindustan Times | ByArun Joshi, Udhampur", "World | By Jane
/// Doe"). The writer is a source, as a byline's is. Near misses: a word that starts with "By" and is no label, a bar before an
/// outlet alone. The articles are ours.
/// </summary>
public class GluedAndBarredBylinesTests
{
    private const string Lead = "NEW DELHI - India will keep 10,000 troops in the valley through the winter, the army said on Monday.";

    [Theory]
    [InlineData("ByNisha Rao", "Nisha Rao")]
    [InlineData("ByNisha Rao\nOct 17, 2023 05:48 PM IST", "Nisha Rao")]
    [InlineData("Hindustan Times | ByArun Mehta, Udhampur", "Arun Mehta")]
    [InlineData("World | By Nisha Rao", "Nisha Rao")]
    public void A_glued_or_barred_byline_names_its_writer(string byline, string writer) =>
        Assert.Contains(PageMentions("Troops to stay", byline, Lead), m => m.Source == writer);

    [Theory]
    // Near misses: a name that starts with "By"; a bar before an outlet alone, which stays the outlet.
    [InlineData("Bylaws Committee members met on Monday.", "laws Committee")]
    [InlineData("Soldiers on parade | Reuters", "Soldiers")]
    public void Other_lines_name_no_writer(string line, string name) =>
        Assert.DoesNotContain(PageMentions("Troops to stay", Lead, line), m => m.Source == name);
}
