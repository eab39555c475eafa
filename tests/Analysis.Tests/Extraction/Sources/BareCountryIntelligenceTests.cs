namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's intelligence named bare ("South Korean intelligence said", "according to Ukraine's intelligence") is a source
/// of its own, named as written by the country's adjective, kind intelligence, the country its own: copy gives the bare word
/// for the country's services together, and names the agency where it means one ("the NIS", "Seoul's spy agency", "the
/// South Korean intelligence service", "Ukraine's military intelligence"). One country's services in the plural ("Seoul's
/// intelligence services") are the bare word too; the singular stays the agency.
/// </summary>
public class BareCountryIntelligenceTests
{
    [Theory]
    [InlineData("Some 2,400 soldiers have reached the front line, South Korean intelligence reported on Friday.", "South Korean intelligence")]
    [InlineData("According to South Korean intelligence, roughly 800 of the soldiers have been killed.", "South Korean intelligence")]
    [InlineData("South Korea's intelligence says about 2,400 soldiers have been wounded.", "South Korean intelligence")]
    [InlineData("Roughly 800 of the soldiers have been killed, by the count of South Korean intelligence.", "South Korean intelligence")]
    [InlineData("Roughly 800 soldiers have been killed, according to a South Korean intelligence assessment.", "South Korean intelligence")]
    [InlineData("Some 2,400 soldiers have reached the front line, Ukrainian intelligence reported on Friday.", "Ukrainian intelligence")]
    [InlineData("Ukraine's intelligence believes about 2,400 soldiers have reached the front line.", "Ukrainian intelligence")]
    [InlineData("By the estimates of Ukrainian intelligence, roughly 800 of the soldiers have been killed.", "Ukrainian intelligence")]
    // One country's services in the plural.
    [InlineData("Some 2,400 soldiers have reached the front line, Seoul's intelligence services said.", "South Korean intelligence")]
    [InlineData("Kyiv's intelligence services believe about 2,400 soldiers have reached the front line.", "Ukrainian intelligence")]
    // Near misses: the agency named as one agency keeps its name.
    [InlineData("Some 2,400 soldiers have reached the front line, Seoul's spy agency reported on Friday.", "National Intelligence Service")]
    [InlineData("Some 2,400 soldiers have reached the front line, the South Korean intelligence service said.", "National Intelligence Service")]
    [InlineData("Some 2,400 soldiers have reached the front line, the NIS said.", "National Intelligence Service")]
    [InlineData("Some 2,400 soldiers have reached the front line, Ukraine's military intelligence said.", "Ukrainian military intelligence")]
    [InlineData("Some 2,400 soldiers have reached the front line, Ukraine's spy agency said.", "Ukrainian military intelligence")]
    [InlineData("Some 2,400 soldiers have reached the front line, the GUR said.", "Ukrainian military intelligence")]
    public void The_figure_is_the_name_the_text_gives(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("Ukrainian intelligence: 2,400 North Korean soldiers now at the front\n\nKyiv says more are on the way.", "Ukrainian intelligence", "Ukraine")]
    [InlineData("North Korea could send 2,400 more soldiers - South Korean intelligence\n\nSeoul expects them within weeks.", "South Korean intelligence", "South Korea")]
    [InlineData("Some 2,400 soldiers have reached the front line, Reuters reported, citing South Korean intelligence.", "South Korean intelligence", "South Korea")]
    public void A_source_of_its_own_with_its_country(string text, string source, string country) =>
        Assert.Contains(Mentions(text), m => m.Source == source && m.Kind == SourceKind.Intelligence && m.Country == country);

    [Theory]
    // The bare word and the agency in one passage: each by its own words.
    [InlineData("South Korean intelligence says some 2,400 soldiers have reached the front line. The National Intelligence Service told lawmakers that 800 had died.", 2400, "South Korean intelligence")]
    [InlineData("Ukrainian intelligence says some 2,400 soldiers have reached the front line. The HUR said 800 had died.", 2400, "Ukrainian intelligence")]
    // Near misses: the agency's figure in the same passage stays the agency's.
    [InlineData("South Korean intelligence says some 2,400 soldiers have reached the front line. The National Intelligence Service told lawmakers that 800 had died.", 800, "National Intelligence Service")]
    [InlineData("Ukrainian intelligence says some 2,400 soldiers have reached the front line. The HUR said 800 had died.", 800, "Ukrainian military intelligence")]
    public void Each_mention_by_its_words(string text, double value, string origin) =>
        Assert.Equal(origin, Origin(text, value));
}
