namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An armed group's name as wire copy writes it between a number and the noun its members go by: an Arabic article as a
/// word of its own ("al Qaeda", name_articles), and the group's acronym in brackets after its name at first mention
/// (NounAfterNumber).
/// </summary>
public class GroupNamesBeforeNounsTests
{
    [Theory]
    [InlineData("Coalition troops attacked a pocket of several hundred al Qaeda fighters in the mountains.", 200d)]
    [InlineData("At least four al Qaeda-linked militants died in the strike on their car, tribal sources said.", 4d)]
    [InlineData("Two suspected al Qaeda-linked gunmen were killed at a checkpoint on Friday.", 2d)]
    [InlineData("The army said it had killed at least 14 al Shabaab fighters near the river.", 14d)]
    [InlineData("Police said 30 el Tigre militiamen surrendered their rifles.", 30d)]
    [InlineData("Three soldiers and five New People's Army (NPA) rebels were killed in the clash.", 5d)]
    [InlineData("Troops cornered some 40 Kurdistan Workers Party (PKK) militants in the valley.", 40d)]
    [InlineData("About 25 Moro Islamic Liberation Front (MILF) fighters joined the patrol.", 25d)]
    public void A_group_name_with_its_article_or_acronym_stands_before_the_noun(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // Near misses: an article before a name with no troop noun after it, a bracket after a name before other people
    [InlineData("Some 300 al Jazeera viewers wrote to the station about the coverage.", 300d)]
    [InlineData("The 40 Red Cross (ICRC) staff left the town before the fighting.", 40d)]
    [InlineData("Some 70 al Arabiya reporters covered the talks in Doha.", 70d)]
    public void Other_people_after_a_name_make_no_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);
}
