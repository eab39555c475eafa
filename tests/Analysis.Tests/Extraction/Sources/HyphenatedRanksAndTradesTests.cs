namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Ranks as British, Commonwealth and African copy writes them, hyphenated or abbreviated "Lieut." ("The head of state,
/// Lieutenant-Colonel Mengistu Haile Mariam, told a rally", "Their leader, Lieut. Richard Ball, said"), and a person's trade
/// before the name ("writer Karel Srp recalls", "Journalist Max Hastings said") are titles: the source is the name after them,
/// and "Lieut." ends no sentence. Near misses: the rank written with a space, read so before; a trade with no name after it
/// names no one. The sentences are ours.
/// </summary>
public class HyphenatedRanksAndTradesTests
{
    [Theory]
    [InlineData("The head of state, Lieutenant-Colonel Tesfaye Gebre Kidan, told a rally that 10,000 Cubans were fighting.", "Tesfaye Gebre Kidan")]
    [InlineData("The army chief, Lieutenant-General Amos Kiprono, said 3,000 troops had crossed the border.", "Amos Kiprono")]
    [InlineData("Their leader, Lieut. Peter Hollis, said the party of 22 had been landed a fortnight before.", "Peter Hollis")]
    [InlineData("Writer Karel Dvorak recalls that 200,000 soldiers occupied the country.", "Karel Dvorak")]
    [InlineData("Journalist Anna Reid said about 11,000 troops had surrendered.", "Anna Reid")]
    public void The_name_after_the_rank_or_trade_speaks(string text, string source)
    {
        var names = Mentions(text).Select(m => m.Source).ToArray();
        Assert.Contains(source, names);
        Assert.DoesNotContain(names, n => n != source && n.EndsWith(source, StringComparison.Ordinal));
    }

    [Theory]
    // Near misses: the rank with a space; a trade with no name after it.
    [InlineData("The army chief, Lieutenant General Amos Kiprono, said 3,000 troops had crossed the border.", "Amos Kiprono")]
    public void Read_as_before(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("The writer said 200,000 soldiers had occupied the country.")]
    public void A_trade_alone_names_no_one(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.Contains("writer", StringComparison.OrdinalIgnoreCase));
}
