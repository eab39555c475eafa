namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// A headline that names its speaker by a person's full name before the colon ("Abdullah bin Zayed: …") where the story
/// never gives that person a title: two capitalised words or more (a person's particles between them) speak the headline by
/// themselves; a name the story below writes out in full ("Bou Habib:" over "Foreign Minister Abdallah Bou Habib") is that
/// person. A place, an operation, a body's name and a label before the colon are no person. The sentences are ours.
/// </summary>
public class HeadlinePersonNamesTests
{
    private static TroopCount Figure(string text, double value) =>
        Assert.Single(Extractor.Default.Extract(CorpusLoader.FromText(text, "h")).TroopCounts, c => c.Value == value);

    [Theory]
    [InlineData("Abdullah bin Zayed: UAE has sent about 500 police to Bahrain\n\nOther Gulf countries will also take part, he added.", 500, "Abdullah bin Zayed")]
    [InlineData("Ursula von der Leyen: EU ready to send 800 police officers to the border\n\nMore could follow next year, she said on Monday.", 800, "Ursula von der Leyen")]
    [InlineData("Mamadi Doumbouya: 1,200 soldiers will stay in the capital\n\nThe rest return to their barracks this week.", 1200, "Mamadi Doumbouya")]
    [InlineData("Bou Habib: Lebanon to send 5,000 more troops south\n\nThe army will deploy the troops within months, Foreign Minister Abdallah Bou Habib told a meeting in Riyadh.", 5000, "Abdallah Bou Habib")]
    public void A_headlines_full_name_speaks_the_headline(string text, double value, string origin) =>
        Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    [InlineData("North Kivu: 3,000 soldiers mass near the border\n\nResidents fled overnight.", 3000)]
    [InlineData("Operation Desert Lance: 1,500 paratroopers drop over the plain\n\nThe exercise ended before dawn.", 1500)]
    [InlineData("Gaza City: 2,000 troops enter the northern districts\n\nResidents fled overnight.", 2000)]
    [InlineData("Rising Tensions: 3,000 Soldiers Mass Near the Border\n\nResidents fled overnight.", 3000)]
    [InlineData("Live Updates: 3,000 soldiers mass near the border\n\nResidents fled overnight.", 3000)]
    [InlineData("Mount Kenya Barracks: 400 soldiers leave for Haiti\n\nThe first flight left on Tuesday.", 400)]
    public void A_place_an_operation_or_a_label_speaks_no_headline(string text, double value) =>
        Assert.Null(Figure(text, value).AttributedTo);
}
