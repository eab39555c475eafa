namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A count that a clause after it points back to ("that number", "the figure") and says has changed ("now", a verb of revision)
/// is the count the passage supersedes (earlier): a number that grew since, an estimate the same voice now puts higher, a plan's
/// size that offers now exceed. A change still to come, or one denied, leaves it current, as does an increment. The sentences
/// are ours.
/// </summary>
public class PointedRevisionTests
{
    [Theory]
    [InlineData("Turkey sent 300 military advisers to Libya in 2019, and that number has since grown to about 900.", 300)]
    [InlineData("Kenya posted 250 police officers to the capital in June. That number has since risen to about 600, the ministry said.", 250)]
    [InlineData("The army said in March that at least 40 Malian soldiers had died in the attack. It now puts the figure at about 90.", 40)]
    [InlineData("The first draft of the mission had room for about 2,000 Chadian soldiers, but offers from its neighbours now exceed that number.", 2000)]
    public void A_count_a_later_clause_says_has_changed_is_earlier(string text, double value) =>
        Assert.Equal(EstimateStatus.Earlier, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    // Near misses: a change still to come, a change denied, a count of something else ("the number of"), an increment, and a
    // pointer with no word of change.
    [InlineData("About 4,000 French troops are in Mali, and that number will fall to 1,500 by spring.", 4000)]
    [InlineData("About 4,000 French troops are in Mali, and that number has not changed since May.", 4000)]
    // (the denial written with a typographic apostrophe, as most published pages write it)
    [InlineData("About 900 Irish troops are in Lebanon, and that number hadn\u2019t changed now that the new rotation is in.", 900)]
    [InlineData("Some 600 Chadian soldiers are deployed in the north. The number of civilians there has now doubled.", 600)]
    [InlineData("Another 500 British soldiers arrived on Monday. The number now stands at about 3,000.", 500)]
    [InlineData("About 1,200 Dutch troops serve in the mission. That figure includes some 200 medics.", 1200)]
    // (a change told with its own date alone: a level of that date; a later change with no level named)
    [InlineData("About 2,000 Belgian soldiers were sent to the region, and that number was later reduced.", 2000)]
    [InlineData("About 2,000 Polish soldiers were at the border by May 3; by the end of the month the number had risen to 5,000.", 2000)]
    public void A_count_no_later_clause_replaces_stays_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);
}
