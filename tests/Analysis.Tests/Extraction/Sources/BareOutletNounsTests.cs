namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet no list knows, named by what it is with no "the", as wire copy writes it: "public broadcaster Kan reported",
/// "according to Hindi daily Navbharat Times", "told state-run daily X", "Russia's Novaya Gazeta newspaper". The noun opens
/// its clause after nothing but descriptors ("public", "state-run", "Moscow-based"), a language or a country's word, and the
/// outlet takes that country; a state broadcaster named after its noun ("Serbian state broadcaster RTS") is that outlet, not
/// the country's state media. Near misses: a noun after a possessive pronoun ("His daily Telegram posts"), a language before
/// an outlet's noun ("Hindi" is no outlet), and a day after the noun ("on state television Sunday"). The sentences are ours,
/// in the shapes of Reuters, AFP, Sputnik and Indian trade copy.
/// </summary>
public class BareOutletNounsTests
{
    [Theory]
    [InlineData("Border\n\nSome 300 soldiers were sent to the border, public broadcaster Vrela reported.", "Vrela", null)]
    [InlineData("Islands\n\nAbout 150 troops were sent to the outer islands, Tongan daily Kalonikali reported on Monday.", "Kalonikali", "Tonga")]
    [InlineData("Base\n\nAbout 400 soldiers remain at the base, according to Hindi daily Navbharat Samay.", "Navbharat Samay", null)]
    [InlineData("Capital\n\nThe minister told state-run daily Hoyrat that 2,000 troops would stay.", "Hoyrat", null)]
    [InlineData("Capital\n\nState news agency Lintu said 120 peacekeepers had left the capital.", "Lintu", null)]
    [InlineData("Call-up\n\nSome 900 reservists were called up, Moscow-based daily Vestnik Dnya reported.", "Vestnik Dnya", null)]
    [InlineData("Return\n\nMalawi's private broadcaster Zodiak said 200 soldiers had returned from the mission.", "Zodiak", "Malawi")]
    // A country's state broadcaster with its own name after it is that name, not the country's state media.
    [InlineData("Border\n\nSome 300 soldiers were sent to the border, Tongan state broadcaster Vrela reported.", "Vrela", "Tonga")]
    [InlineData("Border\n\nSome 300 soldiers were sent to the border, the ministry said.\n\nSource: Tongan state broadcaster Vrela", "Vrela", "Tonga")]
    public void The_outlet_is_named(string document, string source, string? country) =>
        Assert.Contains(DocumentMentions(document), m => m.Source == source && m.Kind == Analysis.Extraction.SourceKind.Outlet
            && (country is null || m.Country == country));

    [Theory]
    // Near misses: a possessive pronoun before the noun, a language before it, a day after it.
    [InlineData("Posts\n\nHis daily Telegram posts put the number at 3,000 soldiers.", "His")]
    [InlineData("Base\n\nAbout 400 soldiers remain at the base, according to Hindi daily Navbharat Samay.", "Hindi")]
    [InlineData("Crossing\n\nHe said on state television Sunday that 300 troops had crossed.", "Sunday")]
    [InlineData("Crossing\n\nSome 300 troops had crossed, Tongan state television said Sunday.", "Sunday")]
    public void No_source_is_named(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);
}
