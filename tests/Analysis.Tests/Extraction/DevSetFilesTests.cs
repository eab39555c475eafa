namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Evaluation;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>
/// The shape of the real-reporting and dated dev sets (not the kit's scores on them: those are
/// measured by `analysis evaluate`, and the held-out split is scored once per piece of work).
/// </summary>
public class DevSetFilesTests
{
    private static readonly DevSet Reporting = DevSet.Load(TestData.Find(Path.Combine("tests", "Analysis.Tests", "Extraction", "DevSet.Reporting.json")));
    private static readonly DevSet Dated = DevSet.Load(TestData.Find(Path.Combine("tests", "Analysis.Tests", "Extraction", "DevSet.Dated.json")));

    [Fact]
    public void The_reporting_set_has_200_passages_over_several_stories_and_styles()
    {
        Assert.True(Reporting.Items.Count >= 200, $"{Reporting.Items.Count} passages");
        Assert.True(Reporting.Items.Select(i => i.Story).Distinct().Count() >= 3);
        Assert.Superset(new HashSet<string>(["wire", "headline", "live_blog", "translated"]), Reporting.Items.Select(i => i.Style).ToHashSet());
        Assert.Equal(Reporting.Items.Count, Reporting.Items.Select(i => i.Id).Distinct().Count());
        foreach (var kind in Enum.GetValues<TroopKind>()) Assert.Contains(Reporting.Items.SelectMany(i => i.Figures), f => f.Kind == kind);
        foreach (var status in Enum.GetValues<EstimateStatus>()) Assert.Contains(Reporting.Items.SelectMany(i => i.Figures), f => f.Status == status);
    }

    [Theory]
    [InlineData("reporting")]
    [InlineData("dated")]
    public void A_third_of_each_story_is_held_out(string which)
    {
        var set = which == "reporting" ? Reporting : Dated;
        // The seeded split held out a third of each story; passages added since (ids with their lane's prefix, "s8-attr-01")
        // are dev only, so the share may fall below a third, never above it nor below a quarter.
        foreach (var story in set.Items.GroupBy(i => i.Story))
            Assert.InRange(story.Count(i => i.Split == DevSet.HeldOut), (int)Math.Floor(story.Count() / 4.0), (int)Math.Round(story.Count() / 3.0, MidpointRounding.ToEven));
    }

    [Fact]
    public void Every_dated_passage_has_a_publication_date_and_every_figure_it_dates_is_an_interval()
    {
        Assert.All(Dated.Items, i => Assert.NotNull(i.Published));
        var figures = Dated.Items.SelectMany(i => i.Figures).ToArray();
        Assert.True(figures.Count(f => f.AsOf is not null) >= 60);
        Assert.All(figures.Where(f => f.AsOf is not null), f => Assert.True(f.AsOf!.Earliest <= f.AsOf.Latest));
        Assert.All(figures.Where(f => f.Target is not null), f => Assert.Equal(EstimateStatus.Planned, f.Status));
        Assert.True(Dated.Items.Sum(i => i.Events.Count) >= 60);
        // An event with no date words keeps a place on the time axis: bound by its statement or publication day.
        Assert.All(Dated.Items.SelectMany(i => i.Events.Where(e => e.Date?.Earliest is null).Select(e => (i, e))),
            x => Assert.InRange(x.e.Date!.Latest!.Value, x.i.Published!.Value.AddDays(-7), x.i.Published.Value));
    }

    [Fact]
    public void Every_dev_passage_of_the_reporting_set_can_be_scored()
    {
        // Only the dev split: the held-out one is scored on purpose, once, with `analysis evaluate --split heldout`.
        var dev = Reporting.Only(DevSet.Dev);
        var result = dev.Evaluate();
        Assert.Equal(dev.Items.Count, result.Passages);
        Assert.Equal(dev.Items.Sum(i => i.Figures.Count), result.Figures.Expected);
    }
}
