namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Headlines drop the possessive: a country's name or capital set right before an intelligence service's words is that country's
/// service, as "Seoul's spy agency" is ("..., Seoul spy agency says", "... - S. Korea spy agency": the National Intelligence
/// Service; "Kyiv spy agency says": Ukraine's). Near misses: the capital alone still speaks as its state, and a capital with
/// no service after it names no service.
/// </summary>
public class HeadlineSpyAgenciesTests
{
    [Theory]
    [InlineData("N. Korea has sent 1,500 troops to Russia, Seoul spy agency says\n\nThe troops were flown to Vladivostok.", 1500, "National Intelligence Service")]
    [InlineData("Around 2,000 North Korean soldiers killed fighting for Russia - Seoul spy agency\n\nThe toll came in a closed briefing.", 2000, "National Intelligence Service")]
    [InlineData("N. Korea sends another 3,000 troops to Russia: S. Korea spy agency\n\nThe new units arrived in February.", 3000, "National Intelligence Service")]
    [InlineData("Russia lost 1,500 troops near Kursk, Kyiv spy agency says\n\nThe losses came in one week.", 1500, "Ukrainian military intelligence")]
    public void The_countrys_service_speaks(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    [InlineData("N. Korea has sent 1,500 troops to Russia, Seoul says\n\nThe troops were flown to Vladivostok.", 1500, "South Korea")]
    public void The_capital_alone_speaks_as_its_state(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}
