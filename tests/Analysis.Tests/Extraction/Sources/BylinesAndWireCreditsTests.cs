namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The people a story's byline or its wire credit names are sources of the story, as the outlet of its dateline is: a byline
/// paragraph ("By Ann Kowalski in Goma") and the credit a wire story closes with ("Reporting by …; Editing by …", in brackets
/// or not), with where each filed from. Near misses: "By" opening prose ("By Friday, …"), a title-case heading ("By Land And
/// Sea") and a credit that names a bureau, not people, are no bylines. The sentences are ours.
/// </summary>
public class BylinesAndWireCreditsTests
{
    private const string Lead = "About 1,200 Burundian soldiers crossed the border on Monday, officials said.";

    // The page's mentions by the default extractor: the credit before the lead (a byline) or after it (a wire credit).
    private static IReadOnlyList<SourceMention> CreditMentions(string credit, bool creditFirst) =>
        creditFirst ? PageMentions("Troops arrive", credit, Lead) : PageMentions("Troops arrive", Lead, credit);

    [Theory]
    [InlineData("Reporting by Ann Kowalski in Goma; Editing by Peter M. Grant", "Ann Kowalski", false)]
    [InlineData("(Reporting by Dario Ferrante and Lena Otieno; writing by Sam Holt)", "Lena Otieno", false)]
    [InlineData("By Ann Kowalski in Goma", "Ann Kowalski", true)]
    public void A_byline_names_its_reporters(string credit, string reporter, bool first) =>
        Assert.Contains(CreditMentions(credit, first), m => m.Source == reporter);

    [Theory]
    // Near misses: prose, a heading, a bureau.
    [InlineData("By Friday Morning", "Friday Morning", true)]
    [InlineData("By Land And Sea", "Land And Sea", true)]
    [InlineData("(Reporting by Nairobi Newsroom Staff team)", "Nairobi Newsroom Staff", false)]
    public void Other_runs_after_by_are_no_byline(string credit, string name, bool first) =>
        Assert.DoesNotContain(CreditMentions(credit, first), m => m.Source == name);

    [Fact]
    public void A_reporter_is_no_origin_of_a_figure() =>
        Assert.Null(Of("Troops arrive\n\nAbout 1,200 Burundian soldiers crossed the border on Monday.\n\nReporting by Ann Kowalski; Editing by Peter M. Grant\n", 1200).AttributedTo);
}
