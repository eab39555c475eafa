namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A breakdown told as one ("the contingent comprises N soldiers and M police", "the make-up of the group: N X and M Y": a word
/// of breakdown_cues or a colon before its first part) gives parts (kind subset) of the whole counted just before that it sums to,
/// even a small whole, parts of two countries, or a whole three sentences back. The sentences are ours.
/// </summary>
public class WordedBreakdownTests
{
    [Theory]
    [InlineData("Thirty soldiers and medics from Ghana landed on Sunday. The unit comprises 26 soldiers and four medics.", 26d, TroopKind.Subset)]
    [InlineData("A group of 90 officers from Ghana and Togo landed on Sunday. A police spokesman gave its make-up: 60 Ghanaian and 30 Togolese officers.", 60d, TroopKind.Subset)]
    [InlineData("A group of 90 officers from Ghana and Togo landed on Sunday. A police spokesman gave its make-up: 60 Ghanaian and 30 Togolese officers.", 30d, TroopKind.Subset)]
    [InlineData("Some 300 Ghanaian troops landed on Sunday. They were met by the minister. The ceremony was brief. The force is made up of 250 soldiers and 50 engineers.", 250d, TroopKind.Subset)]
    // Near misses: a small sum by chance, two countries' own shares with no breakdown wording, and a small whole's parts told
    // as new arrivals, stay deployments.
    [InlineData("Thirty soldiers from Ghana landed on Sunday. Later 26 soldiers and four medics left for the north.", 26d, TroopKind.Deployment)]
    [InlineData("A group of 90 officers landed on Sunday. Ghana sent 60 officers and Togo sent 30 officers.", 60d, TroopKind.Deployment)]
    public void A_worded_breakdown_gives_parts(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(DocumentCounts(passage), c => (c.Value ?? c.Low) == value).Kind);
}
