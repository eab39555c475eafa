namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// Headline and heading colon speakers of every shape real reporting uses (#14): a surname the text below completes or
/// never completes ("Budanov: …", "Padrino López: …"), an office whose holder the text below names ("Kremlin spokesman: …",
/// "Ukraine's intelligence chief: …"), a statement's title ("Statement by Pentagon Press Secretary X:"), a speaker named
/// last ("… — Seoul", "…: South Korea"). A label that says what kind of piece follows, a place, a title-case topic, a
/// dateline and a list item's topic name no one. The sentences are ours; the documents open with their headline.
/// </summary>
public class HeadingSpeakerTests
{
    private static DocumentFindings Extract(string text) => Extractor.Default.Extract(CorpusLoader.FromText(text, "h"));

    private static TroopCount Figure(string text, double value) => Assert.Single(Extract(text).TroopCounts, c => c.Value == value);

    [Theory]
    // A surname the text below gives in full, or never does: the fullest name the passage gives.
    [InlineData("Budanov: about 11,000 North Korean soldiers are now in Kursk\n\nLieutenant General Kyrylo Budanov told reporters the troops had been rotated.", 11000, "Kyrylo Budanov")]
    [InlineData("Padrino López: troops on the border raised from 10,000 to 25,000\n\nThe reinforcement covers five states, Venezuela's defence minister said on state television.", 25000, "Padrino López")]
    // (A surname no gazetteer lists: Hegseth, Esper and Mattis are named in full by the gazetteer.)
    [InlineData("Okonkwo: 2,000 more soldiers for the southern border\n\nThe deployment begins next week, the defense secretary told reporters.", 2000, "Okonkwo")]
    // An office: the person the paragraph below cites.
    [InlineData("Kremlin spokesman: 2,500 reservists called up in the Kursk region\n\nDmitry Peskov told reporters on Tuesday that the call-up was routine.", 2500, "Dmitry Peskov")]
    [InlineData("Ukraine's intelligence chief: 12,000 North Korean troops to reach Kursk by December\n\nKyrylo Budanov said the first units were already training near Vladivostok.", 12000, "Kyrylo Budanov")]
    [InlineData("Pentagon chief: 1,500 more troops headed for the southern border\n\nDefense Secretary Pete Hegseth announced the deployment on Monday.", 1500, "Pete Hegseth")]
    // A statement's title: the text below is the named person's words.
    [InlineData("Statement by Pentagon Press Secretary Kingsley Wilson:\n\nAt the Secretary's direction, about 700 Marines will deploy to Los Angeles to protect federal buildings.", 700, "Kingsley Wilson")]
    [InlineData("Statement by Pentagon Chief Spokesman Sean Parnell:\n\nOur forces in Syria are moving to fewer sites. When the move is complete, fewer than 1,000 U.S. personnel will remain.", 1000, "Sean Parnell")]
    // A speaker named last, after a spaced dash or a colon.
    [InlineData("North Korea sent 1,500 special forces troops to Russia — Seoul\n\nThe troops were flown to Vladivostok last week.", 1500, "South Korea")]
    [InlineData("Pyongyang sent 3,000 more soldiers to Russia this year: South Korea\n\nThe reinforcements left in January and February.", 3000, "South Korea")]
    // A country or capital first, in a headline.
    [InlineData("Seoul: 1,500 North Korean soldiers are training in the Far East\n\nThe spy agency briefed lawmakers on Friday.", 1500, "South Korea")]
    public void A_headings_speaker_is_the_figures_origin(string text, double value, string origin) =>
        Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // Labels that say what kind of piece follows.
    [InlineData("Explainer: why 11,000 North Korean soldiers are fighting in Kursk\n\nThe deployment surprised analysts, Ukraine's defence minister said.", 11000)]
    [InlineData("Analysis: 50,000 troops near Kursk change Ukraine's calculus\n\nThe buildup has slowed the advance, Ukraine's defence minister said.", 50000)]
    [InlineData("Live: Russia masses 50,000 troops near Kursk\n\nThe fighting continues for a third day, the army spokesman said.", 50000)]
    [InlineData("Factbox: where 40,000 U.S. troops are based in the Middle East\n\nThe bases are in several countries, the defense secretary said.", 40000)]
    // A place the text below puts after a preposition; a topic in title case; a topic in sentence case.
    [InlineData("Kursk: 11,000 North Korean troops join the Russian assault\n\nThe assault in the Kursk region began at dawn, Russia's defence minister said.", 11000)]
    [InlineData("Rising Tensions: 3,000 Soldiers Are Massing Near the Border\n\nThe buildup is routine, the army spokesman said.", 3000)]
    [InlineData("Rising tensions: 3,000 soldiers are massing near the border\n\nThe buildup is routine, the army spokesman said.", 3000)]
    // A trailing word that is no known voice, and a heading with fewer than four words before its dash.
    [InlineData("North Korea sent 1,500 troops to Russia — report\n\nThe troops were flown to Vladivostok last week.", 1500)]
    public void A_heading_that_names_no_one_gives_no_origin(string text, double value) =>
        Assert.Null(Figure(text, value).AttributedTo);

    [Theory]
    // A body paragraph that opens with a place and a colon and ends in a full stop: a dateline, or a list item's topic.
    [InlineData("U.S. bases in the Gulf\n\nKuwait: More than 13,000 American troops are stationed in the country.\n\nQatar: About 10,000 troops serve at Al Udeid.", "Kuwait")]
    [InlineData("U.S. bases in the Gulf\n\nKuwait: More than 13,000 American troops are stationed in the country.\n\nQatar: About 10,000 troops serve at Al Udeid.", "Qatar")]
    [InlineData("War in Ukraine\n\nSeoul: North Korea has sent about 1,500 troops to Russia for training, South Korea's spy agency told lawmakers on Friday.", "South Korea")]
    public void A_dateline_or_a_list_items_topic_is_no_source(string text, string source) =>
        Assert.DoesNotContain(Extract(text).SourceMentions, m => m.Source == source);

    [Fact]
    public void A_dateline_leaves_the_figure_to_the_speaker_after_it() =>
        Assert.Equal("National Intelligence Service",
            Figure("War in Ukraine\n\nSeoul: North Korea has sent about 1,500 troops to Russia for training, South Korea's spy agency told lawmakers on Friday.", 1500).AttributedTo);

    [Fact]
    public void The_office_below_a_surname_heading_is_the_same_person_not_a_ministry()
    {
        var sources = Extract("Padrino López: troops on the border raised from 10,000 to 25,000\n\nThe reinforcement covers five states, Venezuela's defence minister said on state television.").SourceMentions;
        Assert.Contains(sources, m => m.Source == "Padrino López" && m.Kind == SourceKind.Official && m.Country == "Venezuela");
        Assert.DoesNotContain(sources, m => m.Source == "Venezuelan Defense Ministry");
    }

    [Fact]
    public void An_office_heading_is_no_source_of_its_own() =>
        Assert.DoesNotContain(Extract("Kremlin spokesman: 2,500 reservists called up in the Kursk region\n\nDmitry Peskov told reporters on Tuesday that the call-up was routine.").SourceMentions,
            m => m.Source == "Russian spokesperson");

    [Fact]
    public void A_statement_titles_organisation_is_no_voice() =>
        Assert.DoesNotContain(Extract("Statement by Pentagon Press Secretary Kingsley Wilson:\n\nAt the Secretary's direction, about 700 Marines will deploy to Los Angeles to protect federal buildings.").SourceMentions,
            m => m.Source == "Pentagon");
}
