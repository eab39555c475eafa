namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Heads of state and commanders of the Cold War's interventions, named by title and surname or by another spelling ("President
/// Eisenhower", "MacArthur", "President Mohamed Siad Barre"): one source, by the name history gives them. Surnames that name many
/// people ("Johnson", "Kennedy") only with the title; other people of those names stay themselves.
/// </summary>
public class ColdWarLeadersTests
{
    [Theory]
    [InlineData("President Eisenhower said on Tuesday that 5,000 Marines would land within days.", "Dwight Eisenhower")]
    [InlineData("MacArthur reported that some 60,000 enemy troops had crossed the river.", "Douglas MacArthur")]
    [InlineData("President Johnson told reporters that 3,000 more men would be sent.", "Lyndon Johnson")]
    [InlineData("President Kennedy said 1,500 more troops would go to the city.", "John F. Kennedy")]
    [InlineData("President Nasser said 2,000 foreign soldiers were still on Egyptian soil.", "Gamal Abdel Nasser")]
    [InlineData("President Mohamed Siad Barre told a rally that 20,000 volunteers had joined the militia.", "Siad Barre")]
    [InlineData("President Mohammed Siad Barre told a rally that 20,000 volunteers had joined the militia.", "Siad Barre")]
    [InlineData("Sihanouk claimed that 30,000 foreign soldiers were hidden in the army.", "Norodom Sihanouk")]
    public void One_person(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("President Mohamed Siad Barre told a rally that 20,000 volunteers had joined the militia.", "Mohamed Siad Barre")]
    [InlineData("President Eisenhower said on Tuesday that 5,000 Marines would land within days.", "Eisenhower")]
    // Another person of a common surname is not the president.
    [InlineData("About 3,000 troops will stay at the border, Speaker Mike Johnson said.", "Lyndon Johnson")]
    [InlineData("Senator Robert Kennedy said 1,000 more soldiers would go.", "John F. Kennedy")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
