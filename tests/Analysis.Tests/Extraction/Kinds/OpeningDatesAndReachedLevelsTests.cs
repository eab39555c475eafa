namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Background told with a date of the past at either end of the clause: a date that opens the sentence before a holding verb
/// ("In 2019, the U.S. had about 5,200 troops in Iraq"), a verb of a past change right before the figure ("troop numbers fell
/// to 8,400 by the end of 2016", "In 2020 the contingent grew to 1,500 soldiers"), and a peak told with a hedge ("peaked above
/// 1,700"), also in a relative clause after a future: each is the level of then (earlier) in a piece of a later time. Near
/// misses keep the present, a perfect, the piece's own month, a future form and a dispatch made. The sentences are ours.
/// </summary>
public class OpeningDatesAndReachedLevelsTests
{
    private static EstimateStatus StatusOn(string published, string paragraph, double value)
    {
        var document = CorpusLoader.FromText("Troops abroad\n\n" + paragraph, "t",
            new DocumentMetadata(Published: DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        return Assert.Single(Extractor.Default.Extract(document).TroopCounts, c => c.Value == value).Status;
    }

    [Theory]
    [InlineData("In 2019, the U.S. had about 5,200 troops in Iraq.", 5200)]
    [InlineData("In December 2016, there were some 2,300 U.S. troops in the country.", 2300)]
    [InlineData("At the end of 2019, France had about 5,100 soldiers in the Sahel.", 5100)]
    [InlineData("In 2007, the deadliest year of the war, there were about 160,000 U.S. troops in Iraq.", 160000)]
    [InlineData("U.S. troop numbers fell to 8,400 by the end of 2016.", 8400)]
    [InlineData("The Dutch contingent was reduced to 450 troops in 2019.", 450)]
    [InlineData("In 2020 the contingent grew to 1,500 soldiers.", 1500)]
    [InlineData("About 1,000 U.S. personnel will remain after a presence that peaked above 1,700 earlier this year.", 1700)]
    [InlineData("There were once 5,000 French troops in the country.", 5000)]
    public void A_level_of_a_past_date_is_earlier(string paragraph, double value) =>
        Assert.Equal(EstimateStatus.Earlier, StatusOn("2025-06-15", paragraph, value));

    [Theory]
    [InlineData("In 2025, the U.S. has about 2,500 troops in Iraq.", 2500, EstimateStatus.Current)]
    [InlineData("In June 2025, the U.S. had about 2,500 troops in Iraq.", 2500, EstimateStatus.Current)]
    [InlineData("The contingent has grown to 3,000 soldiers since 2019.", 3000, EstimateStatus.Current)]
    [InlineData("In 2019, the U.S. sent 3,000 more troops to Saudi Arabia.", 3000, EstimateStatus.Current)]
    [InlineData("In 2019 the U.S. had 5,200 troops in Iraq; it now has 2,500 soldiers there.", 2500, EstimateStatus.Current)]
    [InlineData("In 2026, the force will grow to 5,000 troops.", 5000, EstimateStatus.Planned)]
    [InlineData("The force will peak above 4,000 troops next year.", 4000, EstimateStatus.Planned)]
    public void Near_misses_keep_their_status(string paragraph, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOn("2025-06-15", paragraph, value));

    [Fact]
    public void An_opening_year_of_the_piece_itself_stays_current() =>
        Assert.Equal(EstimateStatus.Current, StatusOn("2019-11-01", "In 2019, the U.S. had about 5,200 troops in Iraq.", 5200));

    [Fact]
    public void Counts_alone_keep_an_undated_past_change_current() =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts("U.S. troop numbers dropped to about 2,500, officials said."), c => c.Value == 2500).Status);
}
