namespace Analysis.Tests.Extraction.Sources;

/// <summary>
/// How a titled person is named again: a titled person named in full is named after by
/// another of his names where the naming custom is not the last word's ("Sjafrie" for an Indonesian minister, isf25-02; "Padrino"
/// for "Vladimir Padrino López", Spanish double surnames, as Reuters copy does), unless two people of the document share that
/// name. Rows where the rule applies and rows where the same words must not change the answer. The sentences are ours.
/// </summary>
public class OtherNamesOfTitledPeopleTests
{
    private static void Check(string document, double value, string? origin)
    {
        var count = Extracted.Of(document, value);
        Assert.Equal(origin, count.AttributedTo);
    }

    [Theory]
    // Another name of a titled person named in full before.
    [InlineData("Gaza\n\nDefence Minister Budi Santoso met Jordan's army chief on Friday. The 8,000 soldiers would serve as medics and engineers, Budi said.", 8000, "Budi Santoso")]
    [InlineData("Border\n\nDefence Minister Carlos Ramírez Ortega toured the border on Sunday. Some 15,000 troops will be deployed there, Ramírez said.", 15000, "Carlos Ramírez Ortega")]
    // The last name keeps working as before.
    [InlineData("Border\n\nDefence Minister Carlos Ramírez Ortega toured the border on Sunday. Some 15,000 troops will be deployed there, Ortega said.", 15000, "Carlos Ramírez Ortega")]
    // A name two people of the document share stands for neither of them.
    [InlineData("Border\n\nDefence Minister Carlos Ramírez Ortega met Interior Minister Carlos Vega on Sunday. Some 15,000 troops will be deployed there, Carlos said.", 15000, null)]
    // A person named without a title is not named after by another of his names.
    [InlineData("Border\n\nCarlos Ramírez Ortega toured the border on Sunday. Some 15,000 troops will be deployed there, Ramírez said.", 15000, null)]
    public void A_titled_person_is_named_after_by_another_of_his_names(string document, double value, string? origin) =>
        Check(document, value, origin);
}
