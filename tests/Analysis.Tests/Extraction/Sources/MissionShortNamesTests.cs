namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A mission named by where it serves, with its short name in brackets after ("the UN Mission in the DRC (MONUC) said"), is
/// that short name: the country inside its name is no voice of its own. A mission the gazetteer knows keeps its entry.
/// The sentences are ours.
/// </summary>
public class MissionShortNamesTests
{
    [Theory]
    [InlineData("Another 420 blue helmets reached the east on Friday, the UN Mission in the DRC (MONUC) said.", "MONUC")]
    [InlineData("Another 420 blue helmets reached the east on Friday, the UN Mission in Chad (MINURCAT) said.", "MINURCAT")]
    [InlineData("Another 420 troops reached the north on Friday, the European Union Mission in Niger (EUMPM) said.", "EUMPM")]
    // Near miss: a mission the gazetteer knows by its full name.
    [InlineData("Another 420 soldiers will leave by June, the African Union Transition Mission in Somalia (ATMIS) said.", "ATMIS")]
    public void The_short_name_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("Another 420 blue helmets reached the east on Friday, the UN Mission in the DRC (MONUC) said.", "Democratic Republic of the Congo")]
    public void The_place_is_no_voice(string text, string place) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == place);
}
