namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures with no troop noun beside them (issue 14, tag "ellipsis"): the sentence, or the one before it, says they
/// count troops ("there could be 20,000 of them by spring", "the battalion will reach 900"). Elsewhere the same shapes
/// count other things and are not troop counts.
/// </summary>
public class EllipsisFigureTests
{
    [Theory]
    [InlineData("Estonia says Russian troops keep massing near Narva. There could be 20,000 of them by spring.", 20_000d, EstimateStatus.Planned)]
    [InlineData("Moldova's peacekeeping contingent is growing, and a total of 1,200 is expected in Transnistria.", 1_200d, EstimateStatus.Planned)]
    [InlineData("More Irish soldiers head to the Golan. Their number will soon reach 400, a spokesman said.", 400d, EstimateStatus.Planned)]
    [InlineData("Planners want the Hungarian contingent to reach 700 by October.", 700d, EstimateStatus.Planned)]
    [InlineData("The brigade, which numbers about 4,500, trains near Vilnius.", 4_500d, EstimateStatus.Current)]
    [InlineData("The Chadian force now stands at 2,300, the ministry said.", 2_300d, EstimateStatus.Current)]
    [InlineData("Officials expect the Kenyan deployment to hit 1,000 before the rainy season.", 1_000d, EstimateStatus.Planned)]
    [InlineData("Sweden will send marines to the Aland islands. \"It is roughly 350,\" the navy chief said.", 350d, EstimateStatus.Current)]
    [InlineData("Britain has put reservists on notice. The call-up is likely to be about 900, the ministry said.", 900d, EstimateStatus.Planned)]
    [InlineData("Japan keeps soldiers on the island. Their strength is about 2,400, a spokesman said.", 2_400d, EstimateStatus.Current)]
    public void Counts_troops_its_sentence_or_the_one_before_names(string passage, double value, EstimateStatus status)
    {
        var count = Assert.Single(Counts(passage));
        Assert.Equal((value, TroopKind.Deployment, status), (count.Value, count.Kind, count.Status));
    }

    [Theory]
    [InlineData("An ambush hit a convoy of Malian soldiers, and 14 died.", 14d)]
    [InlineData("Militants attacked the base; 30 soldiers were wounded and 9 killed.", 9d)]
    [InlineData("The regiment reported 120 deaths in the fighting for the ridge.", 120d)]
    public void Counts_casualties_with_no_troop_noun(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Casualties);

    [Theory]
    [InlineData("A total of 65,000 dollars is expected from the donors.")]
    [InlineData("Health officials say their number of cases reached 15,000.")]
    [InlineData("The hospital expects the ward to reach 300 beds by June.")]
    [InlineData("Flood waters rose in the valley. There could be 20,000 of them homeless by spring.")]
    [InlineData("The festival crowd, which numbers about 8,000, fills the square.")]
    [InlineData("Exports will soon reach 15,000, the ministry said.")]
    [InlineData("The ferry was delayed by a storm. \"It is roughly 350,\" the captain said of the passengers.")]
    [InlineData("The target is about 2,400, the charity said of its donors.")]
    public void Does_not_count_the_same_shapes_about_other_things(string passage) => Assert.Empty(Counts(passage));
}
