namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force's strength broken down by country in a list a few words lead in ("4,210 all ranks, made up as follows: Ghana, 1,400;
/// Nepal, 1,050"), rows set apart by semicolons, the name set off from its number by a comma or a dash: each row is a part of
/// the whole (kind subset) and its country's, the whole is no one country's, and the last small row is a row too ("Austria, 38").
/// Not a clause with its own verb after the colon. The sentences are ours.
/// </summary>
public class LedInCountryRowsTests
{
    private const string Report = "As of 1 March the strength of the force was 4,210 all ranks, made up as follows: Ghana, 1,400; Nepal, 1,050; Fiji, 980; Ireland, 742; Austria, 38.";
    private const string Dashed = "The mission had 9,800 troops in the south, broken down as follows: Kenya - 4,000; Uganda - 3,500; Burundi - 2,300.";

    [Theory]
    [InlineData(Report, 1_400d, "Ghana")]
    [InlineData(Report, 1_050d, "Nepal")]
    [InlineData(Report, 742d, "Ireland")]
    [InlineData(Report, 38d, "Austria")]
    [InlineData(Dashed, 4_000d, "Kenya")]
    [InlineData(Dashed, 2_300d, "Burundi")]
    public void Each_row_is_a_part_of_its_country(string passage, double value, string subject)
    {
        var row = Assert.Single(Counts(passage), c => c.Value == value);
        Assert.Equal(TroopKind.Subset, row.Kind);
        Assert.Equal(subject, row.Subject);
    }

    [Theory]
    [InlineData(Report, 4_210d)]
    [InlineData(Dashed, 9_800d)]
    public void The_whole_is_no_one_countrys(string passage, double value)
    {
        var whole = Assert.Single(Counts(passage), c => c.Value == value);
        Assert.Equal(TroopKind.Deployment, whole.Kind);
        Assert.Null(whole.Subject);
    }

    [Fact]
    public void A_clause_after_the_colon_is_no_row() =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts("The mission will have 12,000 troops, the minister said: Kenya will send 4,000 soldiers."),
            c => c.Value == 4_000d).Kind);
}
