namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A count a speaker had given as a toll, or had put at a level, in the past perfect ("the ministry had put its soldiers' losses
/// at around 900", "the army had first given a toll of 40 dead", "had issued a casualty toll of 150") is the count a later one
/// replaced: earlier, as any estimate told in the past perfect. Near misses: troops placed ("had put 1,200 troops on alert"), an
/// order for a sending ("had given the order for the dispatch of 500"), and the present perfect ("have put the losses at").
/// Our own sentences.
/// </summary>
public class PastPerfectTollsTests
{
    [Theory]
    [InlineData("Untitled\n\nIn May the agency had put Ruritanian casualties at around 1,300, a figure it drew from intercepts.", 1_300d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe army had first given a toll of 47 soldiers killed in the ambush.", 47d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe ministry had issued a casualty toll of 150 soldiers before the count rose.", 150d, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe general staff had placed the number of wounded soldiers at about 640.", 640d, EstimateStatus.Earlier)]
    // Near misses: troops placed, an order for a sending, the present perfect.
    [InlineData("Untitled\n\nThe general had put 1,200 troops on alert.", 1_200d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe cabinet had given the order for the dispatch of 500 soldiers.", 500d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nOfficials have put Ruritanian losses at around 1,300 soldiers.", 1_300d, EstimateStatus.Current)]
    public void A_toll_given_in_the_past_perfect_is_earlier(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(passage, value).Status);
}
