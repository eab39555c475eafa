namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of the figure and source rules, each beside the shape its rule was written
/// for: both must hold. The sentences are ours, in the shapes real reporting uses.
/// </summary>
public class NonTroopNumbersAndNegatedVoicesTests
{
    private static TroopCount At(string passage, double value) => Assert.Single(Counts(passage), c => c.Value == value);

    [Theory]
    // "is now", "is currently", "remains" bind to the noun right before them: a population, arrests, crossings, a budget or a
    // toll of strikes is no troop figure, whatever troops the sentence names elsewhere.
    [InlineData("North Korean troops were sent to the Kursk region, whose population is now about 1 million.", 1000000)]
    [InlineData("US troops are stationed in Rzeszow, a city whose population remains about 200,000.", 200000)]
    [InlineData("The number of people arrested since Guard troops arrived in Los Angeles is now 575, police said.", 575)]
    [InlineData("Since the troops arrived, the number of crossings is currently 1,200 a day, down from 8,000.", 1200)]
    [InlineData("The peacekeepers' mandate was extended, and the budget for troops is currently 1.2 billion.", 1200000000)]
    [InlineData("Israeli troops entered Gaza City, where the death toll from strikes is now 150, health officials said.", 150)]
    // A "who" clause whose verb is none of soldiers counts other people.
    [InlineData("Troops fired on protesters in Kursk and the 300 who gathered at the square fled.", 300)]
    [InlineData("As Guard troops patrolled the city, the 500 who marched downtown were peaceful, police said.", 500)]
    // "Of the <things> … troops …,": the head noun of the fronted phrase is not troops.
    [InlineData("Of the drones Russia launched overnight against Ukrainian forces, 56 were shot down, the air force said.", 56)]
    [InlineData("Of the drones launched at Ukrainian troops overnight, 40 were shot down, the air force said.", 40)]
    // What a verb of other acts or of paying takes is no whole of troops that "N of them" breaks down.
    [InlineData("Russian troops carried out 120 on Monday, 40 of them near Kupiansk, the army said.", 120)]
    [InlineData("Russia paid each North Korean soldier 2,000 a month, 500 of them in cash.", 2000)]
    public void Not_a_troop_figure(string passage, double value) =>
        Assert.DoesNotContain(value, Values(passage));

    [Theory]
    // The troop noun as the predicate's subject, a place between them, or "the number of" troops.
    [InlineData("Indian troop strength along the LAC is now about 52,000, officials said.", 52000)]
    [InlineData("The number of US troops in Poland is currently about 10,000.", 10000)]
    [InlineData("The NATO force in Kosovo remains at about 4,500, the alliance said.", 4500)]
    // A "who" clause with a verb of soldiers.
    [InlineData("The pact foresees 1,000 more American soldiers, beyond the 4,500 who already stay in Poland on rotation.", 4500)]
    [InlineData("About 12,000 North Korean soldiers went to Kursk; the 300 who died there were buried in Russia.", 300)]
    // "Of the <troops> …,": a part of them.
    [InlineData("Of the US soldiers in Germany, around 18,500 serve in Rhineland-Palatinate.", 18500)]
    [InlineData("Of the North Korean troops sent to Kursk, 40 were captured or killed in January, Kyiv said.", 40)]
    // The whole that "N of them" breaks down.
    [InlineData("The army's count of its dead soldiers reached 514 on Tuesday, 180 of them killed in Gaza.", 514)]
    public void Still_a_troop_figure(string passage, double value) =>
        Assert.Contains(value, Values(passage));

    [Theory]
    // The dateline is where the reporter is: a state the sentence names by its name (not as a place, not as whose troops) or
    // a place of the voice ("in Seoul") keeps it off an unnamed voice.
    [InlineData("WASHINGTON (Reuters) - South Korea's military will deploy 200 more troops to the border, government sources said.", 200, "South Korean government sources")]
    // The place itself, a capital, gives the voice its country (as "officials in Warsaw" always did), never the dateline.
    [InlineData("LONDON (Reuters) - About 12,000 North Korean troops are in Russia, government sources in Seoul said.", 12000, "South Korean government sources")]
    // The shapes the dateline rule was written for: the other side's troops, a place the troops went.
    // A country's government sources keep the word (the DevSet header: "senior government sources" of a country
    // "Australian government sources"), as "government sources in Seoul" above always did.
    [InlineData("NEW DELHI (PTI) - Chinese troops have massed 50,000 soldiers near the LAC, government sources said.", 50000, "Indian government sources")]
    [InlineData("SEOUL (Reuters) - Some 11,000 North Korean troops have been sent to Russia, a military source said.", 11000, "South Korean military sources")]
    // A negation covers only its own verb: the same subject speaks after "but", or another voice does.
    [InlineData("The Pentagon did not confirm the report but said about 1,500 additional troops would deploy to the border.", 1500, "Pentagon")]
    [InlineData("The Pentagon has not said how many troops will go, but officials said 2,000 were on standby.", 2000, "U.S. officials")]
    [InlineData("The Pentagon has not said how many troops will go, but officials told Reuters 2,000 were on standby.", 2000, "U.S. officials")]
    // The negated shape still speaks when it says something after all.
    [InlineData("Hours earlier the Pentagon said at least 10,000 North Korean soldiers were in Kursk but could not confirm they were fighting.", 10000, "Pentagon")]
    public void Attributed_to(string passage, double value, string source) =>
        Assert.Equal(source, At(passage, value).AttributedTo);

    [Theory]
    // A military voice: the dateline's country only when no other state is named ("The U.S. will cut …" in a SEOUL story).
    [InlineData("SEOUL (Reuters) - The U.S. will cut 4,500 troops from South Korea, a defense official said.", "defense officials")]
    [InlineData("SEOUL (Reuters) - Some 11,000 North Korean troops have been sent to Russia, a military source said.", "South Korean military sources")]
    // "government" stays when no country is added.
    [InlineData("BERLIN (dpa) - The U.S. has 35,000 troops in Germany, government sources said.", "government sources")]
    public void Unnamed_voice_named(string passage, string source) =>
        Assert.Contains(source, Extractor.Default.Extract(TestData.Passage(passage)).SourceMentions.Select(m => m.Source));

    [Theory]
    // A negated voice with no turn to speech stays silent.
    [InlineData("The Kremlin has not confirmed that 10,000 North Korean troops are in Kursk.", 10000)]
    [InlineData("The Pentagon has not confirmed reports that 3,000 more troops will deploy, and it declined to comment further.", 3000)]
    public void Negated_voice_has_no_figure(string passage, double value) =>
        Assert.Null(At(passage, value).AttributedTo);
}
