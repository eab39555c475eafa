namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A byline written in capitals names its writer as a name is written elsewhere ("BY SEO MIN-JAE" is Seo Min-jae), as a
/// transcript's label in capitals does; a byline in ordinary case keeps its own letters. The sentences are ours.
/// </summary>
public class CapitalBylinesTests
{
    private static IReadOnlyList<SourceMention> Mentions(string byline) =>
        PageMentions("More troops reach the front", byline, "About 2,000 more soldiers reached the border region on Monday, the ministry said.");

    [Theory]
    [InlineData("BY HAN SO-YEON", "Han So-yeon")]
    [InlineData("By HAN SO-YEON", "Han So-yeon")]
    [InlineData("BY MARIT KALLAS [marit.kallas@example.com]", "Marit Kallas")]
    [InlineData("BY PADRAIG O'NEILL", "Padraig O'Neill")]
    [InlineData("BY MARIT KALLAS AND HAN SO-YEON", "Marit Kallas")]
    [InlineData("BY MARIT KALLAS AND HAN SO-YEON", "Han So-yeon")]
    // Near misses: a byline in ordinary case keeps its letters, inner capitals included.
    [InlineData("By Marit McKallas", "Marit McKallas")]
    [InlineData("By Han So-Yeon", "Han So-Yeon")]
    public void A_byline_names_its_writer_as_a_name_is_written(string byline, string writer)
    {
        var mentions = Mentions(byline);
        Assert.Contains(mentions, m => m.Source == writer);
        Assert.DoesNotContain(mentions, m => m.Source == writer.ToUpperInvariant() && writer != writer.ToUpperInvariant());
    }
}
