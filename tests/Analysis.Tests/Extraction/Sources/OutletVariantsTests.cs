namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// One paper named two ways is one source: a headline's "- The Telegraph", "tells The Telegraph" and "Britain's Daily Telegraph
/// writes" are "The Daily Telegraph", as the DevSet header names it; "told The Irish Times" and "the Irish Times reported" are
/// "The Irish Times". Near miss: another paper whose name holds the word ("the Telegraph Herald") is not it. The sentences are ours.
/// </summary>
public class OutletVariantsTests
{
    [Theory]
    [InlineData("Colombian veterans are fighting in Sudan - The Telegraph\n\nAt least 300 Colombians have joined the war, a recruit tells The Telegraph.", "The Daily Telegraph")]
    [InlineData("About 10,000 troops are now near the border, Britain's Daily Telegraph writes.", "The Daily Telegraph")]
    [InlineData("Troops would be called out again only in an emergency, a colonel told The Irish Times; 5,000 will stay.", "The Irish Times")]
    [InlineData("The army now has 5,600 soldiers in the province, the Irish Times reported.", "The Irish Times")]
    public void One_paper_is_one_source(string text, string source)
    {
        var names = Mentions(text).Select(m => m.Source).Distinct().ToArray();
        Assert.Contains(source, names);
        Assert.DoesNotContain(names, n => n != source && (n.EndsWith("Telegraph", StringComparison.Ordinal) || n.EndsWith("Irish Times", StringComparison.Ordinal)));
    }

    [Theory]
    // Near miss: another paper.
    [InlineData("Some 3,000 troops will go, the Telegraph Herald reported.", "The Daily Telegraph")]
    public void Another_paper_is_not_it(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
