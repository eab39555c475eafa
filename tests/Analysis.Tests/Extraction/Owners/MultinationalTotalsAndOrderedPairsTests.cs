namespace Analysis.Tests.Extraction.Owners;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops, by categories of errors on unseen text: totals held or sent by several nations (a
/// mission or alliance the gazetteer knows, two countries as one actor, "25 nations") have no owner; countries bound to
/// numbers in order ("X and Y are to send A and B"); the owner given by a body in a cited officer's title ("Pentagon
/// spokesman X said"); a side that confirms dead confirms its own, and the enemy named after "hostilities with" is not the
/// owner of a body's dead; words that only look like owners (a language, a sea, a unit named after where it serves). Each rule
/// has rows where like words must keep the owner.
/// </summary>
public class MultinationalTotalsAndOrderedPairsTests
{
    [Theory]
    [InlineData("Untitled\n\nKFOR, which has about 4,500 soldiers, said it was watching the boundary.", null)]
    [InlineData("Untitled\n\nUnder the plan, UNMISS is to field 17,000 peacekeepers by March.", null)]
    [InlineData("Untitled\n\nThe Netherlands and the United Kingdom will field about 9,000 troops in the drills.", null)]
    [InlineData("Untitled\n\nAt the summit, 19 nations pledged some 6,000 more troops for the mission.", null)]
    [InlineData("Untitled\n\nThe allies have already sent 3,000 soldiers to the eastern flank.", null)]
    // One sender: its country.
    [InlineData("Untitled\n\nThe United Kingdom will field about 9,000 troops in the drills.", "United Kingdom")]
    [InlineData("Untitled\n\nThe Bundeswehr, which has about 4,500 soldiers there, said it was watching the boundary.", "Germany")]
    [InlineData("Untitled\n\nAt the summit, Norway pledged some 600 more troops for the mission.", "Norway")]
    public void Several_nations_own_no_total(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    [Theory]
    [InlineData("Untitled\n\nGhana and Senegal are to send 850 and 640 to the new force.", 0, "Ghana")]
    [InlineData("Untitled\n\nGhana and Senegal are to send 850 and 640 to the new force.", 1, "Senegal")]
    [InlineData("Untitled\n\nNorway and Sweden will deploy 300 and 400 soldiers respectively.", 1, "Sweden")]
    // Not as many countries as numbers: no binding in order.
    [InlineData("Untitled\n\nNorway, Denmark and Sweden will deploy 300 and 400 soldiers.", 1, null)]
    // One country: both its own.
    [InlineData("Untitled\n\nGhana is to send 850 and 640 to the new force.", 1, "Ghana")]
    public void Countries_bound_to_numbers_in_order(string text, int index, string? subject) =>
        Assert.Equal(subject, DocumentCounts(text)[index].Subject);

    [Theory]
    [InlineData("Untitled\n\nPentagon spokesman Tom Avery said about 4,000 troops would guard the port.", "United States")]
    [InlineData("Untitled\n\nAbout 4,000 troops will guard the port, Pentagon spokeswoman Ann Hale told reporters.", "United States")]
    // The body is not in the speaker's title: no owner from it.
    [InlineData("Untitled\n\nTom Avery, who once visited the Pentagon, said about 4,000 troops would guard the port.", null)]
    public void A_body_in_a_cited_officer_s_title(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    [Theory]
    [InlineData("Untitled\n\nIndia's army said 14 soldiers were killed in the hostilities with Pakistan.", 0, "India")]
    // The harm done by the body's own side: not its dead.
    [InlineData("Untitled\n\nIndia's army said its forces had killed 14 soldiers in the hostilities with Pakistan.", 0, null)]
    public void Confirmed_dead_and_the_other_side(string text, int index, string? subject) => Assert.Equal(subject, DocumentCounts(text)[index].Subject);

    [Theory]
    [InlineData("Untitled\n\nThe president, in a French-language broadcast, said he would send 2,000 Guard troops. Chad's army will follow.", null)]
    [InlineData("Untitled\n\nThe Joint Rotational Force-Kenya has around 120 personnel.", null)]
    [InlineData("Untitled\n\nAmid tensions in the South China Sea, the two navies will field 3,000 sailors.", null)]
    // A demonym bound to the troops, a country that acts: owners.
    [InlineData("Untitled\n\nAbout 2,000 French troops will arrive next week.", "France")]
    [InlineData("Untitled\n\nKenya has around 120 personnel at the base.", "Kenya")]
    public void Words_that_only_look_like_owners(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    [Theory]
    [InlineData("Untitled\n\nThe insurgents lost some 70 fighters by early August, a commander said.", null)]
    [InlineData("Untitled\n\nKenyan forces said that they had killed at least 14 rebels in four days.", null)]
    // A country owns the group, or the people are a state's: its own.
    [InlineData("Untitled\n\nCongolese rebels lost about 300 fighters in the offensive.", "Democratic Republic of the Congo")]
    [InlineData("Untitled\n\nThe Kenyan army lost at least 14 soldiers in four days.", "Kenya")]
    public void Non_state_groups_own_no_troops(string text, string? subject) => Assert.Equal(subject, First(text).Subject);

    private static TroopCount First(string document) => DocumentCounts(document)[0];
}
