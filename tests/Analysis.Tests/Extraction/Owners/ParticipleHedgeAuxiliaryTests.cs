namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "casualties among Eritrean troops have surpassed 2,000": a hedge that is a participle ("exceeded", "surpassed") opens the
/// figure, so the "have" before it is that verb's auxiliary, not a verb of holding whose subject (here the country that speaks)
/// owns the troops; the troops the phrase names own them. Real reporting of Seoul's casualty counts of North Korean troops wrote
/// it ("The NIS of South Korea has reported that casualties among North Korean troops ... have exceeded 4,000"). The sentences
/// are ours.
/// </summary>
public class ParticipleHedgeAuxiliaryTests
{
    [Theory]
    [InlineData("Addis Ababa said casualties among the Eritrean troops have surpassed 2,000.", 2000, "Eritrea")]
    [InlineData("Kenya said losses among Somali soldiers have exceeded 300.", 300, "Somalia")]
    [InlineData("Ethiopia's spy agency has reported that casualties among Eritrean troops have exceeded 2,000.", 2000, "Eritrea")]
    // Near miss: a verb of holding before a hedge of words keeps its subject as the owner.
    [InlineData("Ethiopia has more than 2,000 troops in Somalia.", 2000, "Ethiopia")]
    public void Troops_named_before_a_participle_hedge_own_it(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
