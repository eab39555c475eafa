namespace Analysis.Tests.Extraction.Sources;

using Analysis.Corpus;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Leaders and commanders of troop decisions are named by title and surname, or by surname alone in a headline ("Petraeus:
/// …", "President Reagan announced"): the gazetteer gives their full name. A surname two well-known people share (Bush,
/// Clinton) is not one of them: only the full name or "President Clinton" is.
/// </summary>
public class LeadersBySurnameTests
{
    [Theory]
    [InlineData("About 30,000 more troops will be sent next year, Obama said.", "Barack Obama")]
    [InlineData("President Reagan announced that 1,800 Marines would move to ships offshore.", "Ronald Reagan")]
    [InlineData("President Clinton said 20,000 American troops would serve in the force.", "Bill Clinton")]
    [InlineData("Gen. David H. Petraeus asked for 2,000 more military police.", "David Petraeus")]
    [InlineData("Some 500 more soldiers will go to Estonia, Healey told parliament.", "John Healey")]
    public void A_leader_named_by_surname_is_the_full_name(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Petraeus: troop numbers could fall to 130,000 by the summer\n\nThe commander spoke to senators on Tuesday.", "David Petraeus")]
    [InlineData("Kaczynski: 5,000 mercenaries already near the border\n\nThe party leader spoke in Warsaw.", "Jaroslaw Kaczynski")]
    public void A_headline_surname_is_the_leader(string document, string source) =>
        Assert.Contains(Extractor.Default.Extract(CorpusLoader.FromText(document, "t")).SourceMentions, m => m.Source == source);

    [Theory]
    // Father and son, husband and wife: the surname alone names neither.
    [InlineData("Bush said 5,000 more troops would go to the Gulf.", "George W. Bush")]
    [InlineData("Clinton said 2,000 troops would stay.", "Bill Clinton")]
    public void A_surname_two_leaders_share_names_neither(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
