namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a demonym that is a figure's predicate ("of whom 800 are Irish", "300 were Ghanaian", "Three peacekeepers,
/// believed to be Nepalese") owns the figure, whatever other country its sentence or passage names; a hyphened demonym
/// ("Irish-trained") or one of a pair ("Ghanaian and Togolese") is no predicate owner.
/// </summary>
public class PredicateDemonymTests
{
    [Theory]
    [InlineData("Untitled\n\nOf the 1,500 soldiers who arrived, 300 were Ghanaian, with 200 from Togo.", 1, "Ghana")]
    [InlineData("Untitled\n\nAustria leads the mission, which has about 5,000 troops, of whom some 800 are Irish.", 1, "Ireland")]
    [InlineData("Untitled\n\nIrish troops were not hurt, the Defence Forces said. Three peacekeepers, believed to be Nepalese, were wounded, a spokesman said.", 0, "Nepal")]
    // Not a hyphened demonym ("Irish-trained"): the sentence's actor keeps the figure.
    [InlineData("Untitled\n\nAustria leads the mission, where 800 soldiers are Irish-trained recruits.", 0, "Austria")]
    public void A_predicate_demonym_owns_the_figure(string text, int index, string? subject) => Assert.Equal(subject, DocumentCounts(text)[index].Subject);
}
