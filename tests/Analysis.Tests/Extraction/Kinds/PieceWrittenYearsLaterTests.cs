namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A piece that dates itself in its furniture (a kicker, byline or stamp line near the top naming a month and a year) and tells
/// a mission five years or more before that date: every strength and plan told in a year of then (named before the figure in
/// its sentence or paragraph, or after it in its sentence) is of then (earlier). A piece with no dated line, a gap of a few
/// years, a sentence with a word of the present and a toll are left as they are. The pages are ours.
/// </summary>
public class PieceWrittenYearsLaterTests
{
    private const string Comment = "Lessons of a forgotten mission\nCOMMENT | 3 March 2019\n";
    private const string Byline = "Twenty years on: the brigade that held the pass\nBy Anna Berg | 14 October 2016\n";

    [Theory]
    [InlineData(Comment + "In March 2004 the mission was expected to reach some 4,000 soldiers. What came, by the end of that year, was about 2,500 troops.", 4000)]
    [InlineData(Comment + "In March 2004 the mission was expected to reach some 4,000 soldiers. What came, by the end of that year, was about 2,500 troops.", 2500)]
    [InlineData(Byline + "The brigade crossed the border in the summer of 1996.\nIts 1,800 soldiers dug in along the ridge by August 1996.", 1800)]
    [InlineData("Operation Sandstone at forty\nPosted May 2, 2021\nThe rebels, some 6,000 strong, reached the coast; in June 1981 the navy landed 900 marines.", 900)]
    public void A_strength_told_years_before_the_pieces_own_date_is_earlier(string document, double value) =>
        Assert.Equal(EstimateStatus.Earlier, Of(document, value).Status);

    [Theory]
    // Near misses: no dated line of the piece's own (a retelling of the event, an encyclopedia entry) ...
    [InlineData("Lessons of a forgotten mission\nIn March 2004 the mission was expected to reach some 4,000 soldiers. It closed in 2019.", 4000, EstimateStatus.Planned)]
    // ... a word of the present in the sentence ...
    [InlineData(Comment + "Set up in 2004, the mission still has about 2,500 troops in the country now.", 2500, EstimateStatus.Current)]
    // ... a year only three before the piece's own (a dispatch: a level held at a dated past time, "In March 2016 the mission
    // had about 2,500 troops", is earlier by PastDatedLevels whatever the gap) ...
    [InlineData(Comment + "In March 2016 the mission sent about 2,500 troops.", 2500, EstimateStatus.Current)]
    // ... and a toll, which counts the dead of then as the dead.
    [InlineData("Operation Sandstone at forty\nPosted May 2, 2021\nFighting in 1981 killed about 300 soldiers.", 300, EstimateStatus.Current)]
    public void A_strength_with_no_such_distance_is_left_as_it_is(string document, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(document, value).Status);
}
