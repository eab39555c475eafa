namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The second count of a toll told as more of the same troops, a word of harm right after "more" and no verb of its own:
/// "N soldiers have been killed and thousands more wounded", as wire copy and war reckonings close a death count. The count
/// after "more" is the troops' casualties, vague or exact; a noun after "more" ("12 more civilians wounded") is its own.
/// </summary>
public class MoreWoundedAfterTollTests
{
    [Theory]
    [InlineData("About 700 Ruritanian soldiers have been killed and thousands more wounded, the ministry said.", null)]
    [InlineData("Eleven paratroopers were killed and 40 more wounded in the ambush.", 40d)]
    [InlineData("At least 35 peacekeepers were killed last year and 140 more wounded, the mission said.", 140d)]
    [InlineData("The war cost the army 1,250 soldiers dead and dozens more missing.", null)]
    public void Counts_the_wounded_after_more(string passage, double? value) =>
        Assert.Contains(Counts(passage), c => c.Kind == TroopKind.Casualties
            && (value is null ? c.Value is null && c.Low is not null : c.Value == value));

    // Near misses: a noun after "more" counts others, and "more" with no toll before it in a sentence about no troops.
    [Theory]
    [InlineData("Two soldiers were killed and 12 more civilians wounded in the blast.", 12d)]
    [InlineData("The storm killed 40 villagers and destroyed 300 more homes.", 300d)]
    public void Does_not_count_others_after_more(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
