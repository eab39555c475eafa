namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Sources named by what they are and where a story credits them (issue 14, the shapes of real reporting that the
/// held-out split and the maintainers' sets miss): an unnamed voice with a kind and a country, a country's ministry
/// behind its unnamed spokesperson, a headline that opens with its speaker and a colon, an agency between slashes
/// in a dateline, a credit naming several outlets, an outlet named after what it is, and the holder of a title set after
/// the figure.
/// </summary>
public class UnnamedAndCreditedSourcesTests
{
    [Theory]
    // Unnamed officials: the kind from the words before the noun, the country from the one country the sentence names as an owner.
    [InlineData("About 2,500 U.S. sailors reached the Gulf on Sunday, a senior naval officer said.", "U.S. naval officers", SourceKind.Military)]
    [InlineData("Some 600 Dutch soldiers will join the exercise, a defence official said.", "Dutch defense officials", SourceKind.Military)]
    [InlineData("Pakistani army sources said 8,000 soldiers had moved north.", "Pakistani Army sources", SourceKind.Military)]
    [InlineData("A Romanian defence ministry spokeswoman said 900 troops had arrived.", "Romanian Defense Ministry", SourceKind.Military)]
    [InlineData("A Japanese foreign ministry spokesman said 50 engineers would go to South Sudan.", "Japanese Foreign Ministry", SourceKind.Government)]
    // Headlines that open with the speaker and a colon, for bodies whose name is an acronym too.
    [InlineData("OSCE: 1,200 soldiers seen near the contact line", "OSCE", SourceKind.Other)]
    [InlineData("ECOWAS: 5,000-strong force ready to deploy", "ECOWAS", SourceKind.Other)]
    // Outlets of a dateline or a credit line.
    [InlineData("ALMATY, May 2. /KAZINFORM/. About 200 troops arrived, the ministry said.", "KAZINFORM", SourceKind.Outlet)]
    [InlineData("About 350 soldiers will leave in April, the minister said. (Kabar/Xinhua)", "Kabar", SourceKind.Outlet)]
    // An outlet no list knows, named after what it is.
    [InlineData("Some 700 Danish soldiers will join, a Danish army commander told the broadcaster DR.", "DR", SourceKind.Outlet)]
    [InlineData("About 1,200 soldiers crossed the border, the Slovak daily Dennik Tyzden reported.", "Dennik Tyzden", SourceKind.Outlet)]
    [InlineData("The Telegram channel Rybar said 2,000 Wagner fighters had left.", "Rybar", SourceKind.Outlet)]
    [InlineData("Some 3,000 troops are on the border, the weekly Tygodnik Zachodni on Wednesday quoted a general as saying.", "Tygodnik Zachodni", SourceKind.Outlet)]
    // A body after an unnamed voice and its link is cited as the voice is.
    [InlineData("Wagner kept about 1,500 men in Libya, according to researchers at SIPRI.", "Stockholm International Peace Research Institute", SourceKind.Other)]
    [InlineData("According to experts from the Atlantic Council, 4,000 troops would be needed.", "Atlantic Council", SourceKind.Other)]
    // The speaker named after the figure, with a title and a post.
    [InlineData("Six soldiers were wounded in the blast, said Lt. Col. Erik Sandvik, a spokesman for the UN mission.", "Erik Sandvik", SourceKind.Official)]
    public void Finds_the_source(string text, string source, SourceKind kind) =>
        Assert.Contains(Mentions(text), m => m.Source == source && m.Kind == kind);

    [Theory]
    // A country named only as a place, or two countries: whose voice it is stays open.
    [InlineData("About 300 Wagner fighters remain in the Central African Republic, a military source said.")]
    // (A defense official here is a U.S. one by the annotation's convention: CreditInitialsAndSharedBodyNamesTests.)
    [InlineData("Some 2,000 U.S. troops may support Israel, a government source said.")]
    public void An_unnamed_voice_takes_no_country_the_sentence_does_not_give_it(string text) =>
        Assert.Contains(Mentions(text), m => m.Country is null && m.Source.EndsWith(m.Source.Contains("official") ? "officials" : "sources", StringComparison.Ordinal));

    [Theory]
    [InlineData("Analysis: 5,000 troops and a long border")]
    [InlineData("Troops moved along the A/B line near the river on Monday.")]
    [InlineData("KYIV: 12,000 TROOPS ON THE MOVE")]
    [InlineData("The daily Russian shelling killed 12 soldiers near the river.")]
    [InlineData("A daily Convoy Watch count put the troops at 4,000.")]
    // A name that modifies the noun after it, or a date, is no outlet.
    [InlineData("The daily Convoy Watch count put the troops at 4,000.")]
    [InlineData("About 300 troops guarded the weekly Friday prayers in the capital.")]
    [InlineData("The weekly Border Monitor tally listed 2,000 troops.")]
    [InlineData("The drills drew 4,000 troops, and analysts at SIPRI were surprised by the size.")]
    public void Shapes_that_do_not_cite_are_not_sources(string text) => Assert.Empty(Mentions(text));

    [Theory]
    // An organisation after "spokesman for" beside a named holder is part of the title; without a holder it speaks.
    [InlineData("Six soldiers were wounded, said Erik Sandvik, a spokesman for the UN mission.", "United Nations", false)]
    [InlineData("Six soldiers were wounded, a spokesman for the UN mission said.", "United Nations", true)]
    [InlineData("About 900 soldiers arrived, a spokesman for the Pentagon said.", "Pentagon", true)]
    // A date or the sentence's opening word before the comma is no holder: the body speaks.
    [InlineData("On Monday, a spokesman for the Pentagon said 900 soldiers had arrived.", "Pentagon", true)]
    [InlineData("However, a spokesman for the UN mission said six soldiers were wounded.", "United Nations", true)]
    [InlineData("In March, a spokeswoman for the Pentagon said 2,000 troops would deploy.", "Pentagon", true)]
    [InlineData("Six soldiers were wounded, said Lt. Col. Jane Roe, spokesman for the UN mission.", "United Nations", false)]
    // A place before the comma is no holder where the title runs into the verb; a holder's title is closed by a comma.
    [InlineData("About 900 soldiers are now in Somalia, a spokesman for the Pentagon said.", "Pentagon", true)]
    [InlineData("Some 400 police will fly to Haiti, a spokeswoman for the UN mission has said.", "United Nations", true)]
    [InlineData("About 900 soldiers are now in Somalia, said Omar Hassan, a spokesman for the Pentagon.", "Pentagon", false)]
    [InlineData("Omar Hassan, a spokesman for the Pentagon, said 900 soldiers are now in Somalia.", "Pentagon", false)]
    public void An_organisation_in_a_holders_title_is_not_its_voice(string text, string organisation, bool speaks) =>
        Assert.Equal(speaks, Mentions(text).Any(m => m.Source == organisation));

    [Fact]
    public void A_credit_of_two_outlets_gives_both_and_neither_is_the_figures_origin()
    {
        var findings = new ExtractorBuilder().UseTroopCounts().UseSources().Build()
            .Extract(TestData.Passage("Some 350 soldiers will leave in April, officials said. (Kabar/Xinhua)"));
        Assert.Contains(findings.SourceMentions, m => m.Source == "Kabar");
        Assert.Contains(findings.SourceMentions, m => m.Source == "Xinhua");
        var count = Assert.Single(findings.TroopCounts);
        Assert.DoesNotContain(count.AttributedTo, new[] { "Kabar", "Xinhua" });
    }
}
