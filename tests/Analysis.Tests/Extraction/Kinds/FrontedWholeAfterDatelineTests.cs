namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence-opening whole ("Of the 9,200 soldiers who served there, 2,700 moved north") opens its sentence just as well
/// after a wire dateline ("KYIV (Reuters) - ", "Madrid (EFE).- ", "SEOUL, March 3 (Yonhap) — "): the figure after its comma
/// is a part of it (kind subset). Not a dateline-like run with a lower-case word in it ("Reports say - of the ..."), nor
/// "Of course" after a dateline. The sentences are ours.
/// </summary>
public class FrontedWholeAfterDatelineTests
{
    [Theory]
    [InlineData("KYIV (Reuters) - Of the 9,200 soldiers who served on the peninsula, 2,700 moved to the mainland.", 2700, TroopKind.Subset)]
    [InlineData("Madrid (EFE).- Of the more than 3,000 troops the government sent in May, only about 400 remained in the city in August.", 400, TroopKind.Subset)]
    [InlineData("SEOUL, March 3 (Yonhap) — Of the 12,000 soldiers sent abroad, about 5,000 serve with the UN.", 5000, TroopKind.Subset)]
    // Near misses: no whole opens the sentence.
    [InlineData("KYIV (Reuters) - Of course, 2,700 soldiers moved to the mainland.", 2700, TroopKind.Deployment)]
    [InlineData("The minister said on Friday that 2,700 soldiers moved to the mainland.", 2700, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}
