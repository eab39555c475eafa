namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Voices named by their side in a dispute over a deployment: the two American parties by their members' name ("Democrats
/// said"), critics, opponents, protesters, NGOs and unions, named as the text names them; a state's opposition by the word alone,
/// named "&lt;adjective&gt; opposition" after the state the word follows or the state voice cited before. Each speaks only where
/// a speech verb cites it. The sentences are ours.
/// </summary>
public class PartiesAndOppositionVoicesTests
{
    [Theory]
    // A party by its members' name, wherever its verb stands.
    [InlineData("Democrats said the 150 Guard members sent to the city were not needed.", 150, "Democrats")]
    [InlineData("The 150 Guard members sent to the city were not needed, Republicans argued.", 150, "Republicans")]
    [InlineData("According to Democrats, the 150 Guard members sent to the city were not needed.", 150, "Democrats")]
    // Sides named by what they are.
    [InlineData("Critics say the 150 Guard members sent to the city are too many.", 150, "critics")]
    [InlineData("The 150 Guard members sent to the city were too many, opponents said.", 150, "opponents")]
    [InlineData("Protesters said some 150 Guard members had blocked the bridge.", 150, "protesters")]
    [InlineData("Some 150 Guard members had blocked the bridge, NGOs said.", 150, "NGOs")]
    // Near misses: the side acts, it does not speak (none on the first build either).
    [InlineData("Democrats voted against sending 150 Guard members to the city.", 150, null)]
    [InlineData("Protesters clashed with some 150 Guard members near the bridge.", 150, null)]
    public void Sides_named_as_written(string text, double value, string? origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        if (origin is not null) Assert.Contains(origin, Sources(text));
    }

    [Theory]
    // The opposition of the state its word follows.
    [InlineData("Hungary's opposition said 1,200 soldiers had been moved to the border.", 1200, "Hungarian opposition")]
    [InlineData("The Hungarian opposition claimed 1,200 soldiers had been moved to the border.", 1200, "Hungarian opposition")]
    // Of the state voice the document cited before it.
    [InlineData("Hungary's defense ministry said 800 soldiers had been moved. The opposition said 1,200 soldiers had been moved to the border.", 1200, "Hungarian opposition")]
    [InlineData("Hungary's defense ministry said 800 soldiers had been moved. Some 1,200 soldiers had been moved to the border, according to the opposition.", 1200, "Hungarian opposition")]
    // With no state anywhere, as the text names it.
    [InlineData("The opposition said 1,200 soldiers had been moved to the capital.", 1200, "opposition")]
    // Near misses: the opposition acts, or the word names others (none on the first build either).
    [InlineData("Hungary's defense ministry said 800 soldiers had been moved. The opposition boycotted the vote on 1,200 more soldiers.", 1200, null)]
    [InlineData("Opposition leaders met as 1,200 soldiers were moved to the border.", 1200, null)]
    public void Opposition_of_its_state(string text, double value, string? origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        if (origin is not null) Assert.Contains(origin, Sources(text));
    }

    [Theory]
    // A group cited through its members is the group, named as the text names it.
    [InlineData("According to members of non-governmental organizations, more than 450 soldiers had left the country.", 450, "non-governmental organizations")]
    [InlineData("According to members of rights groups, more than 450 soldiers had left the country.", 450, "rights groups")]
    [InlineData("Nongovernmental organizations said more than 450 soldiers had left the country.", 450, "nongovernmental organizations")]
    public void Groups_cited_through_their_members(string text, double value, string origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        Assert.Contains(origin, Sources(text));
    }

    [Theory]
    // An unnamed group named last in a list of reaction givers, past the word that counts it, is a source of the story.
    [InlineData("Recalling the 900 soldiers drew criticism from Senator Ana Ruiz, Democrats, and some foreign officials.", "foreign officials")]
    // A voice of another state by its word keeps no country of the story's ("U.S." is the state cited before).
    [InlineData("The Pentagon said 900 soldiers would be recalled. The move drew criticism from Democrats and some foreign officials.", "foreign officials")]
    public void Groups_last_in_a_list_of_givers(string text, string source) =>
        Assert.Contains(source, Sources(text));

    [Theory]
    // A voice named in two words is read whole, at the sentence's start too.
    [InlineData("Aid workers said some 350 soldiers had entered the valley.", 350, "aid workers")]
    [InlineData("Some 350 soldiers had entered the valley, trade unions said.", 350, "trade unions")]
    [InlineData("Opposition politicians said some 350 soldiers had entered the valley.", 350, "opposition politicians")]
    // Near miss: the group acts, it does not speak (none on the first build either).
    [InlineData("Aid workers fled as some 350 soldiers entered the valley.", 350, null)]
    public void Voices_of_two_words(string text, double value, string? origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        if (origin is not null) Assert.Contains(origin, Sources(text));
    }
}
