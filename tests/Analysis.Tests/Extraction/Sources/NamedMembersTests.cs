namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A story that cites "a lawmaker" of a country unnamed (in its headline or lead) and names him elsewhere ("lawmaker Abebe
/// Girma told reporters") cites one person, not a group of lawmakers besides him. Near misses: a group counted larger than the
/// lawmakers the story names ("two Kenyan lawmakers", one named) stays a group, and so do lawmakers no one names. The sentences
/// are ours.
/// </summary>
public class NamedMembersTests
{
    private const string Lead = "About 400 Ethiopian soldiers have been killed in the border fighting, an Ethiopian lawmaker said on Monday after a closed briefing by the army.\n\n"
        + "The toll was given to the defence committee, lawmaker Abebe Girma told reporters.";

    private const string Headline = "About 400 Ethiopian soldiers killed in border fighting, Ethiopian lawmaker says\n\n"
        + "The toll was given to the defence committee in a closed session, lawmaker Abebe Girma told reporters on Monday.";

    [Theory]
    [InlineData(Lead)]
    [InlineData(Headline)]
    public void The_unnamed_lawmaker_is_the_named_one(string text)
    {
        var sources = Mentions(text);
        Assert.Contains(sources, m => m.Source == "Abebe Girma");
        Assert.DoesNotContain(sources, m => m.Source == "Ethiopian lawmakers");
    }

    [Theory]
    // Near misses: more lawmakers than the story names, and lawmakers it never names.
    [InlineData("About 90 Kenyan soldiers have died in Somalia, according to two Kenyan lawmakers.\n\nOne of them, lawmaker Otieno Kamau, said the toll was given to the defence committee.")]
    [InlineData("About 90 Kenyan soldiers have died in Somalia, according to Kenyan lawmakers who attended the hearing.")]
    public void The_group_stays(string text) =>
        Assert.Contains(Mentions(text), m => m.Source == "Kenyan lawmakers");
}
