namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures in brackets right after countries' names, two or more in a sentence, after a total of no one country in that
/// sentence or the one before, are the total's national shares: subset, each its country's. With no such total, or with
/// one country's total, they stay deployments. Our own sentences.
/// </summary>
public class NationalSharesTests
{
    [Theory]
    [InlineData("The UN mission in Lebanon counts 10,000 peacekeepers from 40 nations. The largest contingents come from Italy (1,100 soldiers), India (900) and Ghana (870).")]
    [InlineData("The multinational force had about 30,000 troops when it deployed. Its main contributors were Germany (8,000), France (6,500) and Poland (approx. 2,000).")]
    public void Bracketed_shares_after_a_multinational_total_are_subset(string passage)
    {
        var counts = Counts(passage);
        Assert.Null(counts[0].Subject);
        Assert.All(counts.Skip(1), c => Assert.Equal(TroopKind.Subset, c.Kind));
        Assert.Equal(3, counts.Skip(1).Select(c => c.Subject).Distinct().Count());
    }

    [Theory]
    // Contributions offered with no total before them.
    [InlineData("Several countries have offered troops to the mission: Italy (1,100 soldiers), India (900) and Ghana (870).")]
    // A total that is one country's, not several nations'.
    [InlineData("Germany has 8,000 troops abroad. They serve in Mali (1,100 soldiers), Lithuania (900) and Iraq (870).")]
    public void Without_a_multinational_total_they_stay_deployments(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Kind == TroopKind.Subset);
}
