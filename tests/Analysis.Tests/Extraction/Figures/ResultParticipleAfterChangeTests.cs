namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure added, then a verb of change with a place, then a comma and a participle of result ("a further 2,400 soldiers had gone
/// to the front, taking the total to 9,000"): the "to" is the participle's (result_participles), and the figure added is current,
/// not the earlier level of a cut (change_or_cut_verbs). The sentences are ours.
/// </summary>
public class ResultParticipleAfterChangeTests
{
    [Theory]
    [InlineData("According to the lawmaker, a further 2,400 soldiers had gone to the front, taking the total to 9,000.", 2_400d, EstimateStatus.Current)]
    [InlineData("Another 800 troops have gone to the border, taking the force there to 4,800.", 800d, EstimateStatus.Current)]
    // Near misses: a cut of the figure's own force, also with a participle after the cut's "to".
    [InlineData("The force of 2,000 has been cut to 1,500.", 2_000d, EstimateStatus.Earlier)]
    [InlineData("The mission of 6,000 had been cut to 4,000, leaving the capital without a battalion.", 6_000d, EstimateStatus.Earlier)]
    public void A_figure_added_before_a_participle_of_result_is_no_earlier_level(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(DocumentCounts(passage), c => (c.Value ?? c.Low) == value).Status);
}
