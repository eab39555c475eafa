namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// Whose words a figure is, by categories of real reporting: a speaker
/// before the origin who relays it ("A told reporters that B put N"), a prepositional "after" inside a speech ("told reporters
/// after a closed-door session that …"), the outlet a closing speaker told after a clause break. Each rule with rows where it
/// applies and rows where the same words must not change the answer. The sentences are ours, in real shapes.
/// </summary>
public class RelayingSpeakersTests
{
    private static (string? Origin, IReadOnlyList<string> Via) Of(string document, double value)
    {
        var count = Extracted.Of(document, value);
        return (count.AttributedTo, count.Via);
    }

    private static void Check(string document, double value, string? origin, string via)
    {
        var (found, chain) = Of(document, value);
        Assert.Equal(origin, found);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), chain);
    }

    [Theory]
    // A speaker whose words hold the origin and then the figure relays it, however near the two stand.
    [InlineData("Briefing\n\nDefence Minister Jan Novak said the Indian Army had itself acknowledged that about 120 of its soldiers were wounded.", 120, "Indian Army", "Jan Novak")]
    [InlineData("Briefing\n\nGeneral Ivan Petrenko told a news conference that the Pentagon estimated some 2,300 troops were on the island.", 2300, "Pentagon", "Ivan Petrenko")]
    // A speaker who refuses or denies what another says relays nothing.
    [InlineData("Briefing\n\nPoland rejected as false Moscow's claim that 300 of its soldiers had surrendered.", 300, "Russia", "")]
    [InlineData("Briefing\n\nColonel Ahmad Khalil told Reuters the ministry had not verified Syrian army reports that 30 soldiers were captured.", 30, "Syrian Army", "Reuters")]
    public void A_speaker_before_the_origin_relays_it(string document, double value, string origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // "after" + a noun phrase that runs into the speech's "that" is no clause of its own: the speaker before it relays.
    [InlineData("Talks\n\nDefence Minister Jan Novak told reporters after a closed-door meeting of the security council on Tuesday that the Indian Army put the total at 12,000 troops.", 12000, "Indian Army", "Jan Novak")]
    [InlineData("Talks\n\nDefence Minister Jan Novak said after talks in Berlin that the Pentagon estimated some 2,300 troops were on the island.", 2300, "Pentagon", "Jan Novak")]
    // A clause that "after" opens after the figure keeps its own voice.
    [InlineData("Talks\n\nDefence Minister Jan Novak said 2,000 troops would move after the Pentagon announced a drill.", 2000, "Jan Novak", "")]
    public void A_prepositional_after_inside_a_speech_opens_no_clause(string document, double value, string origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A person who closes the sentence after another voice relays it, an affiliation after the person's name or not.
    [InlineData("Briefing\n\nThe NIS believes Pyongyang has sent about 6,000 troops, according to Rep. Park Sun-won of the ruling Democratic Party.", 6000, "National Intelligence Service", "Park Sun-won")]
    [InlineData("Briefing\n\nAbout 6,000 troops have been sent, the Pentagon said, according to Senator Jack Reed of the Armed Services Committee.", 6000, "Pentagon", "Jack Reed")]
    [InlineData("Briefing\n\nThe NIS believes about 6,000 troops have arrived, Rep. Park Sun-won of the ruling party told reporters on Wednesday.", 6000, "National Intelligence Service", "Park Sun-won")]
    [InlineData("Briefing\n\nThe NIS believes about 6,000 troops have arrived, according to Rep. Park Sun-won of the ruling party and Rep. Lee Seong-kweun of the opposition.", 6000, "National Intelligence Service", "Park Sun-won; Lee Seong-kweun")]
    // Near misses: with no voice before the person, the person is the origin; an affiliation that runs into a clause of its own keeps no one closing.
    [InlineData("Briefing\n\nAbout 6,000 troops have arrived, according to Senator Jack Reed of the Armed Services Committee.", 6000, "Jack Reed", "")]
    [InlineData("Briefing\n\nAbout 6,000 troops have arrived, Rep. Park Sun-won of the ruling party said.", 6000, "Park Sun-won", "")]
    public void A_closing_person_with_an_affiliation_relays_the_voice_before(string document, double value, string origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A voice that a quotation names, in a sentence before the one that closes it, speaks through the quotation's speaker.
    [InlineData("Briefing\n\n“In April the Pentagon judged that at least 600 had been killed. It now puts the toll far higher,” Senator Jack Reed said.", 600, "Pentagon", "Jack Reed")]
    [InlineData("Briefing\n\n“Ukraine's army told us that 300 Russian soldiers crossed the river overnight. We are watching the bridges,” the governor, Ivan Petrenko, said.", 300, "Ukrainian Army", "Ivan Petrenko")]
    // Near misses: a quotation that names no voice is the speaker's own; a figure before the quotation opens is not its words.
    [InlineData("Briefing\n\n“At least 600 soldiers have been killed. The toll is rising,” Senator Jack Reed said.", 600, "Jack Reed", "")]
    [InlineData("Briefing\n\nThe Pentagon judged that at least 600 had been killed. “The toll is rising,” Senator Jack Reed said.", 600, "Pentagon", "")]
    public void A_voice_inside_a_longer_quotation_speaks_through_its_speaker(string document, double value, string origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // An outlet that speaks in the figure's own clause is its voice; a speaker of a later clause takes the figure from it no more
    // than from a speaker (", with 40 wounded" is a part of that clause).
    [InlineData("Attack\n\nUkrainian television said on Friday that 20 soldiers had been killed in a rocket attack overnight, but a military source said the toll was lower.", 20, "Ukrainian television", "")]
    [InlineData("Losses\n\nThe Financial Times reported that Britain had lost 12 soldiers, with 40 wounded; Defence Secretary Hugh Morton would not confirm the numbers and said publicity about losses only helped the enemy.", 12, "Financial Times", "")]
    [InlineData("Losses\n\nThe Financial Times reported that Britain had lost 12 soldiers, with 40 wounded; Defence Secretary Hugh Morton would not confirm the numbers and said publicity about losses only helped the enemy.", 40, "Financial Times", "")]
    // Near miss: ", with" that opens a longer phrase with a voice of its own stays a clause of that voice.
    [InlineData("Losses\n\nSeoul's spy agency has put the deployment at 10,000 troops, with about 3,000 more sent early this year to replace losses, according to Kyiv.", 3000, "Ukraine", "")]
    public void An_outlet_speaks_for_its_own_clause(string document, double value, string origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A "they" that reads out figures named again just before it ("they suggest") stands for those figures: the writer's reading.
    [InlineData("Toll\n\nSenior army officers told a court that 73 soldiers had died in a single battle.\n\nThese numbers overlap, and they cannot be reconciled. Taken together, though, they suggest the true toll ran to about 400 soldiers.", 400, null, "")]
    // Near misses: a "they" that says something is the voice named before, figures between or not.
    [InlineData("Toll\n\nUkrainian officials said 300 North Korean soldiers had been killed.\n\nThe figures are the first since January. They also said 2,700 soldiers had been wounded.", 2700, "Ukrainian officials", "")]
    [InlineData("Toll\n\nSenior army officers told a court that 73 soldiers had died in a single battle.\n\nThese numbers overlap, and they cannot be reconciled. Taken together, though, they suggest the true toll ran to about 400 soldiers.", 73, "army officers", "")]
    public void They_of_figures_named_again_is_no_voice(string document, double value, string? origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A figure in a relative clause on the speaker is the writer's description of him, also after a description in apposition.
    [InlineData("Prisoners\n\nYu Yong-weon, a South Korean lawmaker who visited the two North Korean soldiers in February, said the Ukrainian authorities had told him losses were around 4,000.", 2, null, "")]
    [InlineData("Brigade\n\nGeneral Ivan Petrenko, the commander who leads the 3,000 troops of the brigade, said 200 of them had been wounded.", 3000, null, "")]
    // Near misses: the speaker's own words after the clause, and a clause that speaks itself.
    [InlineData("Brigade\n\nGeneral Ivan Petrenko, the commander who leads the 3,000 troops of the brigade, said 200 of them had been wounded.", 200, "Ivan Petrenko", "")]
    [InlineData("Losses\n\nYu Yong-weon, a lawmaker who said 300 soldiers had died, added that the count was rising.", 300, "Yu Yong-weon", "")]
    public void A_relative_clause_on_a_described_speaker_is_the_writers(string document, double value, string? origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A name that gives out a figure speaks, an adverb of time before the verb ("first gave", "later released") or a number
    // before the noun ("the 10,000 figure").
    [InlineData("Briefing\n\nDeputy Pentagon press secretary Sabrina Singh first gave the 10,000 figure on Monday, calling the deployment a sign of desperation.", 10000, "Sabrina Singh", "")]
    [InlineData("Briefing\n\nThe Pentagon later released figures showing 10,000 soldiers had arrived.", 10000, "Pentagon", "")]
    // Near miss: troops given are no figure given out.
    [InlineData("Briefing\n\nKenya has provided 2,000 troops to the mission.", 2000, null, "")]
    public void A_name_that_gives_out_a_figure_speaks(string document, double value, string? origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // ", and that" opens a second object of the same verb of speech: its figure keeps that verb's voice.
    [InlineData("Prisoners\n\nUkrainian authorities told him the pair were the only North Korean prisoners of war they held, and that the North's casualties were believed to be around 4,000, Yu Yong-weon said.", 4000, "Ukrainian authorities", "Yu Yong-weon")]
    [InlineData("Convoy\n\nThe Kenyan army said the convoy had left Nairobi, and that 300 soldiers were aboard.", 300, "Kenyan Army", "")]
    // Near miss: ", and" before a clause with a voice of its own.
    [InlineData("Convoy\n\nKenya's army said the convoy had left, and Ugandan officials said 300 soldiers were aboard.", 300, "Ugandan officials", "")]
    public void And_that_goes_on_with_the_same_speech(string document, double value, string origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A report titled by a state's news agency, dated by its day and month alone, speaks for the sentences below that cite no one.
    [InlineData("Report of the Korean Central News Agency, 13 December\n\nA ceremony welcoming home an engineer regiment was held in Pyongyang on 12 December. The title of Hero was conferred on the nine fallen soldiers.", 9, "KCNA", "")]
    // Near miss: a headline dated so names no issuer.
    [InlineData("Heroes honoured in Pyongyang, 13 December\n\nA ceremony welcoming home an engineer regiment was held in Pyongyang on 12 December, KCNA said. The title of Hero was conferred on the nine fallen soldiers.", 9, null, "")]
    public void A_state_agencys_report_title_speaks_for_its_text(string document, double value, string? origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A sentence at the top of a page that introduces the release printed below makes its issuer the voice of the text.
    [InlineData("Text\n\nFollowing is the full text of a statement by the Pentagon:\n\nAbout 300 Marines arrived in Darwin on Monday. A further 200 will follow in May.", 300, "Pentagon", "")]
    [InlineData("Text\n\nWe reproduce here a communique of the American Department of Defense.\n\nAbout 300 Marines arrived in Darwin on Monday.", 300, "Pentagon", "")]
    // Near miss: an introduction that names no release and no issuer.
    [InlineData("Text\n\nHere is what we know about the deployment.\n\nAbout 300 Marines arrived in Darwin on Monday.", 300, null, "")]
    public void An_introduced_release_speaks_for_the_text_below(string document, double value, string? origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // The outlet a closing speaker told is of the speaker's clause, whatever follows it ("on Thursday").
    [InlineData("Withdrawal\n\nAbout 900 troops will stay in the country after the pullout to guard the embassy, U.S. officials told The Associated Press on Thursday.", 900, "U.S. officials", "Associated Press")]
    [InlineData("Withdrawal\n\nAbout 900 troops will stay in the country after the pullout to guard the embassy, U.S. officials told the BBC.", 900, "U.S. officials", "BBC")]
    // An outlet that another clause's speaker told carries only that clause.
    [InlineData("Clashes\n\nMali's army said 12 of its soldiers were killed, while a rebel spokesman told AFP on Friday that 40 fighters had died.", 12, "Malian Army", "")]
    public void A_closing_speakers_audience_is_of_its_clause(string document, double value, string origin, string via) =>
        Check(document, value, origin, via);

    private const string Labelled = "Border crossing reported\n\nAbout 500 Russian soldiers crossed the border overnight.\n\n"
        + "Source: Ukrinform, citing spokesman Andriy Kovalenko\n\nDetails: Defence Minister Rustem Umerov said 200 more were waiting at the crossing.\n\n"
        + "Background: In March Moscow said 900 troops were in the region.";

    private const string Listed = "Border crossing reported\n\nAbout 500 Russian soldiers crossed the border overnight.\n\n"
        + "Source: Ukrinform, citing spokesman Andriy Kovalenko\n\nMore details:\n\nDefence Minister Rustem Umerov said 200 Russian soldiers were waiting at the crossing.\n\n"
        + "Background:\n\nIn March Moscow said 900 troops were in the region.\n\nAbout 1,500 Russian soldiers had crossed the same border in 2023.\n\n"
        + "General Oleksandr Syrskyi later put the force at 2,100.";

    private const string Inline = "Border crossing reported\n\nAbout 500 Russian soldiers crossed the border overnight.\n\n"
        + "Source: Ukrinform, citing spokesman Andriy Kovalenko\n\nBackground: In March Moscow said 900 troops were in the region.\n\n"
        + "About 1,500 Russian soldiers crossed the same border later that night.";

    [Theory]
    // A piece's source line under its lead: a sentence that cites no one is the line's chain, a statement came through its outlet.
    [InlineData(Labelled, 500, "Andriy Kovalenko", "Ukrinform")]
    [InlineData(Labelled, 200, "Rustem Umerov", "Ukrinform")]
    [InlineData("Border crossing reported\n\nAbout 500 Russian soldiers crossed the border overnight.\n\nSource: Russian state news agency TASS\n\nDetails: The crossing took two hours.", 500, "TASS", "")]
    // A background paragraph is the writer's context; a source line that ends the piece only credits it.
    [InlineData(Labelled, 900, "Russia", "")]
    [InlineData("Border crossing reported\n\nAbout 500 Russian soldiers crossed the border overnight.\n\nSOURCE: Ukrinform", 500, null, "")]
    // A background label that is a paragraph of its own heads the points under it, one paragraph each, up to the next label.
    [InlineData(Listed, 900, "Russia", "")]
    [InlineData(Listed, 1500, null, "")]
    [InlineData(Listed, 2100, "Oleksandr Syrskyi", "")]
    // Near misses: a paragraph under "More details:" still came through the line; a label with words after its colon heads only its own paragraph.
    [InlineData(Listed, 200, "Rustem Umerov", "Ukrinform")]
    [InlineData(Inline, 1500, "Andriy Kovalenko", "Ukrinform")]
    public void A_source_line_says_where_the_news_came_from(string document, double value, string? origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // Speech forms the dev errors found unread: a figure spoken of, what speakers agreed on (only before "that").
    [InlineData("Talks\n\nPresident Alar Karis has spoken of up to 3,000 allied troops stationed in Estonia by the summer.", 3000, "Alar Karis", "")]
    [InlineData("Talks\n\nKenya and Uganda agreed that the force needs at least 6,000 more soldiers.", 6000, "Kenya", "")]
    // An act agreed on is no speech: the figure is the writer's.
    [InlineData("Talks\n\nPresident Alar Karis agreed to send 300 troops to the mission.", 300, null, "")]
    [InlineData("Talks\n\nKenya and Uganda agreed to send 6,000 more soldiers.", 6000, null, "")]
    public void Speech_forms_of_the_dev_errors(string document, double value, string? origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A clause of circumstance after the closing verb leaves the speaker closing the sentence: the one before it is the origin.
    [InlineData("Clashes\n\nThe Thai army has confirmed 29 soldiers wounded in the clashes, Reuters reported, as F-16 jets carried out air strikes.", 29, "Royal Thai Army", "Reuters")]
    [InlineData("Clashes\n\nThe Thai army has confirmed 29 soldiers wounded in the clashes, Reuters reported.", 29, "Royal Thai Army", "Reuters")]
    public void A_closing_clause_of_circumstance(string document, double value, string? origin, string via) =>
        Check(document, value, origin, via);

    [Theory]
    // A voice taken up again by a description still speaks to the outlet it told, an auxiliary before the verb or not.
    [InlineData("Losses\n\nWestern officials have told the BBC that the brigade had lost half its strength. Of the 3,000 soldiers sent, 1,200 have been killed or wounded, said the officials.", 1200, "Western officials", "BBC")]
    [InlineData("Losses\n\nWestern officials told the BBC that the brigade had lost half its strength. Of the 3,000 soldiers sent, 1,200 have been killed or wounded, said the officials.", 1200, "Western officials", "BBC")]
    // Two words that are no auxiliary and a verb: another shape, no outlet carried over.
    [InlineData("Losses\n\nWestern officials later privately told the BBC that the brigade had lost half its strength. Of the 3,000 soldiers sent, 1,200 have been killed or wounded, said the officials.", 1200, "Western officials", "")]
    public void A_voice_taken_up_again_keeps_the_outlet_it_told(string document, double value, string origin, string via) =>
        Check(document, value, origin, via);
}
