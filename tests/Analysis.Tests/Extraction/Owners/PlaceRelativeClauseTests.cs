namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country named bare before a relative clause of place ("from Niger, where 40 have died", "Somalia, in which 300 ...") is
/// where the clause's figures are, not whose: the owner comes from the sentence's actor. A demonym in the clause still owns its
/// troops. The sentences are ours.
/// </summary>
public class PlaceRelativeClauseTests
{
    [Theory]
    [InlineData("Benin's senate backed a withdrawal of troops from Niger where 40 have died since March.", 40, "Benin")]
    [InlineData("Benin's senate backed a withdrawal of troops from Niger, in which 40 have died since March.", 40, "Benin")]
    // Near misses: the clause's own demonym owns its troops; a country that is no place keeps its figures.
    [InlineData("Benin keeps troops in Niger, where 1,200 French soldiers are based.", 1200, "France")]
    [InlineData("Niger said 40 of its soldiers have died since March.", 40, "Niger")]
    public void A_place_before_where_owns_none_of_the_clause_s_figures(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
