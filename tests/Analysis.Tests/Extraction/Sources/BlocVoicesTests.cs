namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed voices placed among a bloc's members are the bloc's, named as "Western diplomats" are: "security experts of several
/// NATO states" (NATO security experts), "officials from three Western countries" (Western officials). Where the phrase is only
/// mentioned, it cites no one. Our own sentences.
/// </summary>
public class BlocVoicesTests
{
    [Theory]
    [InlineData("Security experts of several NATO states say about 9,000 Belarusian troops are near the border.", "NATO security experts")]
    [InlineData("Military analysts in several Western capitals believe about 9,000 Belarusian troops are near the border.", "Western military analysts")]
    [InlineData("Diplomats from two European countries told Reuters that 9,000 Belarusian troops were near the border.", "European diplomats")]
    [InlineData("About 9,000 Belarusian troops are near the border, according to officials from several Gulf states.", "Gulf officials")]
    public void A_blocs_unnamed_voices_are_named_by_the_bloc(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("Officials of NATO member states met in Brussels as about 9,000 Belarusian troops reached the border.")]
    [InlineData("About 9,000 Belarusian troops reached the border, worrying experts in Western capitals.")]
    public void A_blocs_voices_only_mentioned_cite_no_one(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
