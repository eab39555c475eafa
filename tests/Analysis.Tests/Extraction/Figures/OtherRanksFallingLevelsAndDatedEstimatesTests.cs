namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Four shapes of real reporting: South Asian and British copy counts the ranks below officer as "other ranks" ("14 officers
/// and 114 other ranks"); a fall told as a change whose first number carries a hedge ("reduced from roughly 5,200 to 3,000")
/// is no vote or score, so its second number stands; an estimate whose noun a relative clause with a date follows ("has put
/// the total the North sent since October 2024 at around 15,000") still reaches its number: a month before a year is a word
/// of time, and a verb of sending between the estimate and its number names troops; and a level followed by a word of time
/// that closes its clause ("to 2,000 soon", "570,000 today", "2,000 once ...") stands bare. The sentences are ours.
/// </summary>
public class OtherRanksFallingLevelsAndDatedEstimatesTests
{
    [Theory]
    [InlineData("The second batch of the contingent flew out with 19 officers and 231 other ranks on board.", 231d)]
    [InlineData("Some 48 Other Ranks of the engineer company stayed behind in the camp.", 48d)]
    public void Other_ranks_are_troops(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value);

    [Theory]
    [InlineData("The ministry said the number of soldiers in the garrison would be reduced from about 4,800 to 2,900.", 2900d)]
    [InlineData("The number of troops on the island fell from roughly 6,100 to 3,400.", 3400d)]
    public void The_end_of_a_hedged_fall_is_counted(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value);

    [Theory]
    [InlineData("The army has sent some 9,000 soldiers to the front, officials said.\n\nThe defence ministry has put the total it shipped since March 2025 at about 9,500.", 9500d)]
    [InlineData("Pyongyang has some 12,000 troops in Russia.\n\nSeoul's spy agency puts the number the North deployed since November 2024 at around 13,000.", 13000d)]
    public void An_estimate_with_a_dated_relative_clause_is_counted(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value);

    [Theory]
    [InlineData("The number of soldiers at the base will drop to about 1,200 once the rotation is complete, the ministry said.", 1200d)]
    [InlineData("Navy to cut its sailors in the Gulf to 900 soon", 900d)]
    [InlineData("The plan shrinks the reserve from some 60,000 today to 45,000 troops.", 60000d)]
    public void A_level_closed_by_a_word_of_time_is_counted(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value);

    // Near misses: a falling pair with no word of change before it is still a vote, and an estimate or a count of other things is none.
    [Theory]
    [InlineData("The motion to send the troops passed 250 to 120.")]
    [InlineData("The statistics office has put the total of homes built since March 2025 at about 9,500.")]
    [InlineData("The town had 2,000 residents once, before the mine closed.")]
    [InlineData("Some 3,000 tickets will go on sale soon.")]
    public void Votes_and_other_things_count_no_troops(string text) => Assert.Empty(Counts(text));
}
