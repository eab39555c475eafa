namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// In a sentence about troops, a number with no noun that a participle of posting ("attached", "assigned") or the
/// preposition "following" follows is a count of them, as wire copy leaves the noun out of the second member of a list
/// ("900 troops in Estonia and 150 attached to the Polish battlegroup", "some 40 assigned to the embassy") or of a level
/// after an arrival ("now has around 6,300 following the arrival of ..."). Files, shells and refugees so placed are none.
/// </summary>
public class AttachedAndFollowingPartsTests
{
    [Theory]
    [InlineData("Britain has 900 troops in Estonia and 150 attached to the Polish battlegroup.", 150d)]
    [InlineData("Washington keeps 2,500 troops in Iraq, and some 40 assigned to the embassy.", 40d)]
    [InlineData("The force now has around 6,300 following the arrival of 150 Egyptian soldiers.", 6_300d)]
    public void Counts_the_number_a_posting_word_follows(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The army hospital has 300 beds, and 40 assigned to officers.")]
    [InlineData("Soldiers counted 3,000 refugees in the camp and 400 following the convoy.")]
    [InlineData("The army opened 12 files, and 40 attached to the report were sealed.")]
    [InlineData("Troops fired 300 shells following the attack.")]
    public void Does_not_count_other_things_so_placed(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value is 40 or 400 or 300);
}
