namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of the kinds and sources rules, each beside the shape its rule was written for:
/// both must hold. The sentences are ours, in the shapes real reporting uses.
/// </summary>
public class DiacriticsBordersAndPlatformsTests
{
    private static TroopCount At(string passage, double value) => Assert.Single(Counts(passage), c => c.Value == value);

    [Theory]
    // Two people in one document whose names differ by a doubled letter or by "y" and "i" stay two people ...
    [InlineData("Phillip Davis, a retired police commander, said the 400 officers were too few. Prime Minister Philip Davis said his country would send 150 soldiers.", 150, "Philip Davis")]
    [InlineData("Mohamed Ali, a spokesman for the army, said 300 soldiers had been deployed to the town. Mohammed Ali, a local elder, said only 100 had arrived.", 100, "Mohammed Ali")]
    [InlineData("Lynn Tran, a Pentagon spokeswoman, said 1,500 troops would go. Linn Tran, an analyst at a think tank, said the number could rise to 3,000.", 3000, "Linn Tran")]
    [InlineData("Defence analyst Ana Silva said the country could field 20,000 troops. Anna Silva, a lawmaker, said the army had only 5,000 soldiers ready.", 5000, "Anna Silva")]
    // ... while a diacritic is still one person's name spelled two ways, and the gazetteer's person is one under any spelling.
    [InlineData("Foreign Minister Micheál Martin said 350 soldiers would stay. Micheal Martin said later that 50 soldiers would come home.", 50, "Micheál Martin")]
    [InlineData("El presidente Volodímir Zelenski said 3,000 North Korean soldiers had been killed or wounded.", 3000, "Volodymyr Zelensky")]
    [InlineData("President Zelenskiy said 3,000 North Korean soldiers had been killed or wounded.", 3000, "Volodymyr Zelensky")]
    public void Names_fold_diacritics_in_a_document_and_transliterations_only_against_the_gazetteer(string text, double value, string origin) =>
        Assert.Equal(origin, At(text, value).AttributedTo);

    [Theory]
    // A cited military body does not own troops of a non-state force its sentence names, nor an event's whole, nor a figure
    // in another clause ...
    [InlineData("Untitled\n\nIsrael's military said Hezbollah had about 40,000 fighters near the border.", 40000, null)]
    [InlineData("Untitled\n\nThe Chinese defence ministry said PLA troops would join the Vostok exercise, in which 300,000 servicemen are expected to take part.", 300000, null)]
    [InlineData("Untitled\n\nRussia's defence ministry says about 200,000 servicemen are taking part in the active phase of the exercise.", 200000, null)]
    [InlineData("Untitled\n\nThe drills will see 150,000 troops massed near the border, while the Belarusian defence ministry said 13,000 soldiers would stay at their bases.", 150000, null)]
    [InlineData("Untitled\n\nThe Chinese defence ministry said troops would join the Vostok exercise, in which 300,000 servicemen are expected.", 300000, null)]
    [InlineData("Untitled\n\nThe Estonian army said the exercise would be held in May, when 9,000 soldiers are expected.", 9000, null)]
    // ... and still owns its own country's troops when nothing else names their owner.
    [InlineData("Untitled\n\nThe Pacific Fleet sent 1,200 sailors to the Kuril Islands for exercises, Russia's defence ministry said.", 1200, "Russia")]
    [InlineData("Untitled\n\nLatvia's defence ministry said about 3,000 soldiers would join the drills.", 3000, "Latvia")]
    [InlineData("Untitled\n\nThe Estonian army said 2,000 soldiers were guarding the border.", 2000, "Estonia")]
    [InlineData("Untitled\n\nThe drills will see 150,000 troops massed near the border, while the Belarusian defence ministry said 13,000 soldiers would stay at their bases.", 13000, "Belarus")]
    public void A_cited_military_body_owns_only_its_own_troops(string text, double value, string? subject) =>
        Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // "border" inside a force's name ("border guard service", "border guards") is no place the troops stand ...
    [InlineData("Untitled\n\nLithuania's army numbers 23,000 and its border guard service another 4,000.", 23000, TroopKind.ArmySize)]
    [InlineData("Untitled\n\nLithuania's army numbers 23,000 and its border guard service another 4,000.", 4000, TroopKind.ArmySize)]
    // ... while troops at a border are still deployed there.
    [InlineData("Untitled\n\nSome 17,000 soldiers were now guarding the border with Belarus.", 17000, TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe country's armed forces have brought some 60,000 troops within striking distance of the frontier.", 60000, TroopKind.Deployment)]
    public void A_border_force_is_a_force_not_a_place(string text, double value, TroopKind kind) => Assert.Equal(kind, Of(text, value).Kind);

    [Theory]
    // A numbered unit is many countries' (the U.S. and South Korea both have an Eighth Army): it keeps its name as written in
    // a story datelined in one of them ...
    [InlineData("SEOUL (Yonhap) -- North Korea has sent about 3,000 more troops to Russia, the South Korean military said. The Eighth Army said 500 soldiers were monitoring the situation.", "Eighth Army")]
    [InlineData("Some 28,500 U.S. troops are stationed in South Korea. Eighth Army said 1,000 soldiers had completed their rotation.", "Eighth Army")]
    // ... and takes the country its sentence binds to it; a force's generic name still takes the document's country.
    [InlineData("South Korea's Eighth Army said 1,000 soldiers had completed their rotation.", "South Korean Eighth Army")]
    // (The gazetteer knows Ireland's force by its own name, "Irish Defence Forces", as DevSet unf-02 annotates it.)
    [InlineData("Irish troops serving with the mission were not affected. The Defence Forces said 330 soldiers would rotate in next month.", "Irish Defence Forces")]
    public void A_numbered_unit_takes_only_a_country_its_sentence_binds(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A capital inside a surname's prefix makes a person's name ...
    [InlineData("DeSantis said 2,500 Guard troops would be sent to the border.", "DeSantis", SourceKind.Official)]
    [InlineData("McConnell told reporters that 4,000 troops were too few.", "McConnell", SourceKind.Official)]
    // ... while another word with a capital inside, cited, is still an outlet.
    [InlineData("InformNapalm reported that 200 Cubans had joined the Russian army.", "InformNapalm", SourceKind.Outlet)]
    [InlineData("Some 300 soldiers died in the assault, according to DeepState.", "DeepState", SourceKind.Outlet)]
    public void A_surname_with_a_capital_inside_is_a_person(string text, string source, SourceKind kind) =>
        Assert.Contains(Mentions(text), m => m.Source == source && m.Kind == kind);

    [Theory]
    // A platform something was shared on is no source; the outlet that reports it is.
    [InlineData("A video shared on YouTube showed about 200 soldiers entering the town, according to MaliActu.", 200, "MaliActu")]
    [InlineData("A clip posted to TikTok showed some 300 soldiers at the airport, according to Mediazona.", 300, "Mediazona")]
    public void A_platform_is_where_a_video_was_shared_not_who_said_it(string text, double value, string origin)
    {
        Assert.Equal(origin, At(text, value).AttributedTo);
        Assert.DoesNotContain(Mentions(text), m => m.Source is "YouTube" or "TikTok");
    }
}
