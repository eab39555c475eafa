namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two bodies named with one shared head ("U.S. European and Africa Command", "the Departments of State and Defense", "the
/// U.S. departments of State and Defense") are two known voices, each by its own name, never one junk name of the words
/// between. Names no list knows, or countries joined by "and", are left as they were. The sentences are ours.
/// </summary>
public class CoordinatedBodyNamesTests
{
    [Theory]
    [InlineData("Two more battalions will rotate through Niger, U.S. European and Africa Command said.", "U.S. European Command", "U.S. Africa Command")]
    [InlineData("Two more battalions will rotate through Niger, the Departments of State and Defense said.", "U.S. State Department", "Pentagon")]
    [InlineData("Two more battalions will rotate through Niger, the U.S. departments of State and Defense said.", "U.S. State Department", "Pentagon")]
    public void Each_body_is_a_voice(string text, string first, string second)
    {
        var sources = Mentions(text).Select(m => m.Source).ToList();
        Assert.Contains(first, sources);
        Assert.Contains(second, sources);
    }

    [Theory]
    [InlineData("Two more battalions will rotate through Niger, U.S. European and Africa Command said.", "European and Africa Command")]
    [InlineData("Two more battalions will rotate through Niger, the U.S. departments of State and Defense said.", "State and Defense")]
    // Near miss: two countries joined by "and" stay two countries.
    [InlineData("Norway and Denmark said 400 troops would rotate through Niger.", "Norway and Denmark")]
    public void No_junk_name_is_made(string text, string junk) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == junk);
}
