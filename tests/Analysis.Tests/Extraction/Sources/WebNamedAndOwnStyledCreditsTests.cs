namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A closing credit line or a translation note may name an outlet in the way it writes its own name: a web name with its dot
/// ("-- Report.az", "(Translated from Polish, Onet.pl)"), a name opening with digits ("-- 24ur"), one in camel case
/// ("-- defenceWeb") or, on a line of its own, one in lower case with a hyphen ("-- mid-day", as the Mumbai paper styles
/// itself). A translation note above a heading with no full stop ("(Translated from Spanish, El Periódico)\nWar in Ukraine,
/// latest") still credits its outlet. Each is a source of the story, not of its figures. Near misses: a lone lower-case word
/// after a dash ("-- ends"), an ordinal and a unit ("-- 2nd Battalion"), a count after a dash in running text. The sentences are ours.
/// </summary>
public class WebNamedAndOwnStyledCreditsTests
{
    [Theory]
    [InlineData("Development passage\n\nAbout 1,000 sappers will be sent to the region, the secretary said.\n-- Report.az", "Report.az")]
    [InlineData("Development passage\n\nAbout 1,000 sappers will be sent to the region, the secretary said.\n-- Censor.NET", "Censor.NET")]
    [InlineData("Development passage\n\nSome 500 soldiers from Senegal serve with the mission, the ministry said.\n\n-- defenceWeb", "defenceWeb")]
    [InlineData("Development passage\n\nAround 1,000 deminers will go to Kursk, the official said.\n-- mid-day", "mid-day")]
    [InlineData("Development passage\n\nAround 1,000 deminers will go to Kursk, the official said.\n— 24ur", "24ur")]
    [InlineData("Development passage\n\n(Translated from Polish, Onet.pl)\nWar in Ukraine, latest\n\nAbout 2,000 soldiers were wounded, the army said.", "Onet.pl")]
    [InlineData("Development passage\n\n(Translated from Spanish, El Periódico)\nWar in Ukraine, latest\n\nSome 5,000 builders were sent to Russia, according to Seoul.", "El Periódico")]
    [InlineData("Development passage\n\n(Translated from Slovenian, 24ur)\nWagner in Belarus\n\nFewer than 1,000 fighters remain, the centre said.", "24ur")]
    public void The_outlet_is_credited(string document, string source)
    {
        Assert.Contains(DocumentMentions(document), m => m.Source == source);
        Assert.DoesNotContain(DocumentCounts(document), c => c.AttributedTo == source);
    }

    [Theory]
    // Near misses: a lone lower-case word after a dash, an ordinal and a unit, a count after a dash in running text.
    [InlineData("Development passage\n\nAbout 1,000 sappers will be sent to the region, the secretary said.\n-- ends", "ends")]
    [InlineData("Development passage\n\nAbout 1,000 sappers will be sent to the region, the secretary said.\n-- more", "more")]
    [InlineData("Development passage\n\nAbout 1,000 sappers will be sent to the region, the secretary said.\n-- 2nd Battalion", "2nd Battalion")]
    [InlineData("Development passage\n\nSome 300 soldiers were killed in 2024 - 25 killed in Kursk.", "25 killed in Kursk")]
    public void No_outlet_is_credited(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name || m.Kind == Analysis.Extraction.SourceKind.Outlet);
}
