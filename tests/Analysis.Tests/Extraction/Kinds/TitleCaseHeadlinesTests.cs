namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Some outlets write headlines in title case ("Belarus Mobilizes 40,000 Reservists After Border Clashes"): there a capital
/// says nothing of a name, so the kind cues, matched with their case elsewhere, are read whatever their case. "mobilises",
/// "mobilizes", "recruitment" and "recruiting" are deployment cues. A line in sentence case keeps reading cues with their
/// case. The headlines are ours.
/// </summary>
public class TitleCaseHeadlinesTests
{
    [Theory]
    [InlineData("Russia Mobilises 300,000 Reservists As Losses Mount\n\nThe order was signed on Friday.", 300000, TroopKind.Deployment)]
    [InlineData("Ukraine Says 200 Soldiers Killed In Drone Strike\n\nThe order was signed on Friday.", 200, TroopKind.Casualties)]
    [InlineData("Belarus Mobilizes 40,000 Reservists After Border Clashes\n\nThe order was signed on Friday.", 40000, TroopKind.Deployment)]
    [InlineData("Parade Marks Anniversary As 3,000 Soldiers March In Capital\n\nThe order was signed on Friday.", 3000, TroopKind.Other)]
    // Near miss: the same words in sentence case, read as before.
    [InlineData("Russia mobilises 300,000 reservists as losses mount\n\nThe order was signed on Friday.", 300000, TroopKind.Deployment)]
    public void Title_case_cues_are_read(string document, double value, TroopKind kind) =>
        Assert.Equal(kind, Of(document, value).Kind);

    [Theory]
    [InlineData("Rwanda Deploys 1,000 Troops To Mozambique", true)]
    [InlineData("Statement by Pentagon Chief Spokesman Sean Parnell", true)]
    // Near misses: prose, a short label, all capitals.
    [InlineData("Rwanda deploys 1,000 troops to Mozambique", false)]
    [InlineData("Troops Killed", false)]
    [InlineData("RWANDA DEPLOYS 1,000 TROOPS TO MOZAMBIQUE", false)]
    public void A_title_case_line_is_told(string line, bool titleCase) =>
        Assert.Equal(titleCase, TitleCase.Is(line, 0, line.Length));
}
