namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A broadcaster named after what it is, as ministers' interviews are reported: by its network ("told the Telelombardia TV
/// network", "the Mediaset television network"), where the name is the words before the noun; by a name that opens with a
/// country and runs on through a hyphen ("told the French radio station France-Info", "the news agency Interfax-Ukraine"), which
/// is a name, not the country; and Italy's all-news channel by name ("told Sky TG24"). Near misses: "network" alone, which names
/// armed and smuggling networks ("the Haqqani network"), and a country after an outlet noun ("the newspaper Ukraine that"). The
/// sentences are ours, in the shapes of RFI, AA, Prensa Latina and Italian interview copy.
/// </summary>
public class NetworksAndHyphenatedOutletNamesTests
{
    [Theory]
    [InlineData("Nassiriya\n\nOnly about 60 Italian soldiers remain in the city, the minister told the Telelombardia TV network.", "Telelombardia")]
    [InlineData("Syria\n\nSome 1,000 French troops remain in Syria, the minister told the Mediaset television network.", "Mediaset")]
    [InlineData("Iraq\n\nThe prime minister told the French radio station France-Info that 2,900 troops would leave by December.", "France-Info")]
    [InlineData("Kyiv\n\nAbout 3,000 soldiers were moved to the border, the news agency Interfax-Ukraine reported.", "Interfax-Ukraine")]
    [InlineData("Nassiriya\n\nAbout 60 Italian soldiers remain in the city, the commander told Sky TG24.", "Sky TG24")]
    public void The_outlet_is_named(string document, string source) =>
        Assert.Contains(DocumentMentions(document), m => m.Source == source && m.Kind == Analysis.Extraction.SourceKind.Outlet);

    [Theory]
    // Near misses: "network" alone is no outlet's noun; a country after an outlet noun names no outlet.
    [InlineData("Border\n\nThe Haqqani network sent 300 fighters to the border, officials said.", "Haqqani")]
    [InlineData("Border\n\nThe minister told the newspaper Ukraine that 2,900 troops would leave.", "Ukraine")]
    public void No_outlet_is_named(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name && m.Kind == Analysis.Extraction.SourceKind.Outlet);
}
