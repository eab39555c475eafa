namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A level held at a date of its own with a year ("there were about 2,300 troops in the country in October 2017", "the
/// battalion numbered 850 in 2019"), in a piece of a later time, is the level of then (earlier): real background paragraphs
/// place a force's old strength so. The piece's time is its publication month when known, else the latest year it names; a
/// level dated to the piece's own time stays current, as does a force sent at a date (a sending, not a level). The sentences
/// are ours.
/// </summary>
public class DatedPastLevelTests
{
    [Theory]
    [InlineData("There were about 2,300 Danish soldiers in the region in October 2017. Copenhagen now plans a smaller force for 2026.", 2300)]
    [InlineData("The battalion numbered 850 in 2019, the ministry said. In 2025 it was merged into a brigade.", 850)]
    [InlineData("At its base near the capital the mission had some 1,900 troops in early 2021, officials said; it has shrunk since 2024.", 1900)]
    public void A_level_dated_before_the_piece_is_earlier(string text, double value) =>
        Assert.Equal(EstimateStatus.Earlier, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    // Near misses: no later year in an undated piece, and a sending at a date (not a level held).
    [InlineData("There were about 2,300 Danish soldiers in the region in October 2017, the ministry said.", 2300)]
    [InlineData("Denmark sent about 2,300 soldiers to the region in October 2017. It plans a smaller force for 2026.", 2300)]
    public void A_level_of_no_earlier_date_stays_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    [InlineData("2025-06-10", EstimateStatus.Earlier)]
    // Near miss: the piece's own month.
    [InlineData("2024-03-20", EstimateStatus.Current)]
    public void The_publication_date_decides(string published, EstimateStatus status)
    {
        var document = CorpusLoader.FromText("Test headline\n\nThe contingent numbered about 1,250 in March 2024, the army said.", "t",
            new DocumentMetadata(Published: DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        var count = Assert.Single(Extractor.Default.Extract(document).TroopCounts, c => c.Value == 1250);
        Assert.Equal(status, count.Status);
    }
}
