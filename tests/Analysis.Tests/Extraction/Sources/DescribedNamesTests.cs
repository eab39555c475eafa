namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Extracted;

/// <summary>
/// A name set off by commas after a description is a person only where the description is a person's: a party, a firm, a
/// bloc's members or two names joined by "and" are no person. A name ending in a paper's word is no paper where the word
/// before makes it a rights group's or a government document's name.
/// </summary>
public sealed class DescribedNamesTests
{
    [Theory]
    [InlineData("The governing party, National Harmony, said 3,000 soldiers would be sent north.", "National Harmony")]
    [InlineData("The shipyard's main contractor, Northrop Grumman, said 500 troops now guard the docks.", "Northrop Grumman")]
    [InlineData("The bloc's two newest members, Norway and Denmark, said 800 troops would join the mission.", "Norway and Denmark")]
    [InlineData("The farmers' largest union, Rural Workers Front, said 2,000 soldiers had cleared the roads.", "Rural Workers Front")]
    [InlineData("The club's fiercest rival club, Dynamo Kyiv, said 300 soldiers had enlisted from its fans.", "Dynamo Kyiv")]
    public void BodiesAfterADescriptionAreNoPerson(string text, string name) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == name && m.Kind == SourceKind.Official);

    [Theory]
    [InlineData("Ghana's envoy to the summit, Kwame Mensah, said 1,200 peacekeepers would deploy in May.", "Kwame Mensah")]
    [InlineData("The regional bloc's chief mediator, Ahmed Salim, said 4,000 troops were still in the area.", "Ahmed Salim")]
    [InlineData("The newspaper's defence correspondent, Laura Brandt, wrote that 700 soldiers had arrived.", "Laura Brandt")]
    public void PeopleAfterADescriptionStayPeople(string text, string name) =>
        Assert.Contains(Mentions(text), m => m.Source == name && m.Kind == SourceKind.Official);

    [Theory]
    [InlineData("According to the Eastern Policy Review, 2,500 troops are stationed near the coast.", "Eastern Policy Review")]
    [InlineData("The Maritime Observer reported that 600 marines had landed on the island.", "Maritime Observer")]
    public void PapersByTheirLastWordStayOutlets(string text, string name) =>
        Assert.Contains(Mentions(text), m => m.Source.EndsWith(name) && m.Kind == SourceKind.Outlet);

    [Theory]
    [InlineData("The Sahel Human Rights Monitor said 900 soldiers had entered the town.", "Sahel Human Rights Monitor")]
    [InlineData("The Lake Chad Conflict Observer said 1,500 fighters had crossed the river.", "Lake Chad Conflict Observer")]
    [InlineData("The Strategic Defence Review said 5,000 troops would be cut by 2030.", "Strategic Defence Review")]
    [InlineData("The Army Posture Review said 12,000 soldiers would move to new bases.", "Army Posture Review")]
    public void GroupsAndDocumentsAreNoOutlets(string text, string name) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.Contains(name) && m.Kind == SourceKind.Outlet);

    [Theory]
    [InlineData("The Sahel Human Rights Monitor said 900 soldiers had entered the town.", "Sahel Human Rights Monitor")]
    [InlineData("The Strategic Defence Review said 5,000 troops would be cut by 2030.", "Strategic Defence Review")]
    public void GroupsAndDocumentsAreNoPerson(string text, string name) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.Contains(name) && m.Kind == SourceKind.Official);
}
