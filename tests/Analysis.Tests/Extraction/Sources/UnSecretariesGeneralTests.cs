namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The UN's Secretaries-General, whose reports and statements give the strength of the peacekeeping forces: one source under
/// every spelling ("U Thant", whose "U" is a Burmese honorific, "Thant"; "Hammarskjöld" and "Hammarskjold"). "Ban" alone is a
/// word, not Ban Ki-moon. The sentences are ours.
/// </summary>
public class UnSecretariesGeneralTests
{
    [Theory]
    [InlineData("U Thant told the Security Council that the force would fall from 19,000 to 6,000 men.", "U Thant")]
    [InlineData("The force now numbers 5,000, Thant said in his report.", "U Thant")]
    [InlineData("Hammarskjöld said some 10,000 troops from eight countries had reached the Congo.", "Dag Hammarskjold")]
    [InlineData("Kurt Waldheim said 7,000 men would be needed for the force in southern Lebanon.", "Kurt Waldheim")]
    [InlineData("Boutros-Ghali said 3,500 more peacekeepers were needed.", "Boutros Boutros-Ghali")]
    [InlineData("Ban Ki-moon said 26,000 troops and police would go to Darfur.", "Ban Ki-moon")]
    public void A_secretary_general_is_one_person(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("A ban on new recruits kept the army at 20,000 men, officials said.", "Ban Ki-moon")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
