namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// Whose troops when another country counts them, headline-ese plans wherever a headline stands, and cuts from one figure
/// to another (issue 14), on shapes seen in real reporting of casualty counts given by a third country's officials, of
/// saved pages with related-story lists, and of force reductions. Each rule has rows where it applies and rows where
/// the same words keep the figure as it was.
/// </summary>
public class ThirdCountryCountsHeadlinePlansAndCutsTests
{
    private static TroopCount Of(string text, double value) =>
        Assert.Single(Extractor.Default.Extract(CorpusLoader.FromText(text, "t")).TroopCounts, c => c.Value == value || c.Low == value);

    [Theory]
    // The country that counts them, or that believes or estimates, does not own troops it points back to.
    [InlineData("Untitled\n\nSeoul says about 11,000 North Korean soldiers are in Russia. A U.S. official told reporters that Washington had seen several hundred casualties among them.", 200, "North Korea")]
    [InlineData("Untitled\n\nNorth Korea has sent about 11,000 soldiers to Russia. A British official said London believes some 3,000 of them have been killed or wounded.", 3000, "North Korea")]
    [InlineData("Untitled\n\nBritain's count of Russian troops is lower than Kyiv's. London believes around 20,000 are massed in Belarus.", 20000, "Russia")]
    // A country that has or suffers the troops still owns them; so does the country of the sentence's other figure.
    [InlineData("Untitled\n\nRussia has seen 1,000 casualties a day in May, British intelligence said.", 1000, "Russia")]
    [InlineData("Untitled\n\nUkraine's army counts about 900,000 soldiers.", 900000, "Ukraine")]
    [InlineData("Untitled\n\nRussia has about 600,000 troops in Ukraine, and some 1,000 of them are killed or wounded every day.", 1000, "Russia")]
    public void A_country_that_only_counts_the_troops_does_not_own_them(string text, double value, string subject) =>
        Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A line that reads as a headline, wherever it stands: "X to send/withdraw N" is a plan.
    [InlineData("World news\n\nRelated stories\n\nEstonia to send 100 more soldiers to NATO mission\n\nPoland opens new base", 100, EstimateStatus.Planned)]
    [InlineData("World news\n\nBy Jane Doe\n\nUS to withdraw 12,000 troops from Germany\n\nThe move was announced on Monday.", 12000, EstimateStatus.Planned)]
    [InlineData("US to withdraw 12,000 troops from Germany\n\nThe move was announced on Monday.", 12000, EstimateStatus.Planned)]
    // A headline with a verb of its own, and a body sentence: what they say.
    [InlineData("World news\n\nRelated stories\n\nEstonia sends 100 more soldiers to NATO mission\n\nPoland opens new base", 100, EstimateStatus.Current)]
    [InlineData("Untitled\n\nEstonia sent 100 more soldiers to the NATO mission.", 100, EstimateStatus.Current)]
    // The whole a part is withdrawn from is there now.
    [InlineData("Untitled\n\nFrance said it would withdraw about half of its 5,000 troops from the Sahel.", 5000, EstimateStatus.Current)]
    public void Headline_infinitives_are_plans(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // A cut still to come starts from what is there now and ends at a plan.
    [InlineData("Untitled\n\nThe United States will cut its force in Romania from 1,700 to 1,000 soldiers.", 1700, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe United States will cut its force in Romania from 1,700 to 1,000 soldiers.", 1000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe council voted to cut the force from 19,000 troops to 15,000.", 19000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe council voted to cut the force from 19,000 troops to 15,000.", 15000, EstimateStatus.Planned)]
    // A cut that happened starts from an earlier figure and ends at what is there now.
    [InlineData("Untitled\n\nThe mission was reduced from 2,500 troops to 1,900 in 2023.", 2500, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe mission was reduced from 2,500 troops to 1,900 in 2023.", 1900, EstimateStatus.Current)]
    // "from" a place is no change; "up from" after a figure stays earlier.
    [InlineData("Untitled\n\nGermany will move 1,000 troops from Bavaria to Lithuania.", 1000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe number of troops rose to 12,000, up from 10,000 in March.", 10000, EstimateStatus.Earlier)]
    public void A_cut_from_one_figure_to_another_is_a_change(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);
}
