namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A state's official whom the document shows acting, as the subject of a clause ("Since then, North Korean leader Kim Jong Un has
/// visited …", "On Friday, President Nicolás Maduro ordered …"), gives the country that a country-less voice after it takes, as a
/// state voice the document cites does: bare state media, an unnamed military voice. Near miss: the official as the object of a
/// word ("held talks with North Korean leader Kim Jong Un") acts for no one. The articles are ours.
/// </summary>
public class ActingOfficialsCountryTests
{
    private const string RussianLead = "Russia's foreign minister said on Monday that the talks would go on.";

    [Fact]
    public void Bare_state_media_after_an_acting_leader_are_the_leaders_states() =>
        Assert.Contains(PageMentions("Medals for the dead", RussianLead, "Since then, North Korean leader Kim Jong Un has visited the families of the dead.",
            "State media showed him handing out medals to their parents."), m => m.Source == "North Korean state media");

    [Fact]
    public void An_unnamed_officer_after_an_acting_president_is_the_presidents_states() =>
        Assert.Contains(PageMentions("Troops to the coast", "The United States said on Monday it was watching the region closely.",
            "On Friday, President Nicolás Maduro ordered troops to the eastern coast.", "A military officer said 4,000 men were ready for the operation."),
            m => m.Source == "Venezuelan military officers");

    // Near miss: the leader is the object of a word, and the state cited before keeps its voice.
    [Fact]
    public void A_leader_who_is_an_object_gives_no_country() =>
        Assert.Contains(PageMentions("Talks", RussianLead, "The envoy later held talks with North Korean leader Kim Jong Un.",
            "State media showed the two men shaking hands."), m => m.Source == "Russian state media");
}
