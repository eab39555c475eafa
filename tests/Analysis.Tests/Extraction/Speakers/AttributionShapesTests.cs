namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Vocabulary;

/// <summary>
/// Whose words a figure is, in the shapes real reporting uses (issue 14): a speaker after the figure or in its own
/// clause, a headline's speaker before a colon, organisations and unnamed officials as speakers, relays, datelines,
/// and names that are in a sentence without speaking. The sentences are ours.
/// </summary>
public class AttributionShapesTests
{
    private static DocumentFindings Extract(string text) => Extractor.Default.Extract(TestData.Passage(text));

    private static TroopCount Figure(string text, double value) =>
        Assert.Single(Extract(text).TroopCounts, c => c.Value == value);

    [Theory]
    // A headline opens with its speaker and a colon (and ends without a full stop: a body paragraph that opens so and ends
    // in one is a dateline or a list item, see HeadingSpeakerTests); capitalised words that name no one do not speak.
    [InlineData("Pentagon: about 2,000 more troops are moving toward the border", 2000, "Pentagon")]
    [InlineData("Seoul: 1,500 North Korean soldiers are training in the Far East", 1500, "South Korea")]
    [InlineData("Rising Tensions: 3,000 soldiers are massing near the border.", 3000, null)]
    // The speaker of the figure's own clause, before or after it.
    [InlineData("About 4,000 troops are in Belarus, the Pentagon said, while Zelenskyy warned that 9,000 troops could follow.", 4000, "Pentagon")]
    [InlineData("About 4,000 troops are in Belarus, the Pentagon said, while Zelenskyy warned that 9,000 troops could follow.", 9000, "Volodymyr Zelensky")]
    [InlineData("Russia is rotating its units, the Kremlin said, and about 6,000 soldiers are already at the front, experts estimate.", 6000, "experts")]
    // Organisations and their unnamed voices.
    [InlineData("A NATO official said 300 troops had arrived in Estonia overnight.", 300, "NATO officials")]
    [InlineData("Some 2,000 Marines are already in the eastern Mediterranean, Pentagon officials said.", 2000, "U.S. defense officials")]
    [InlineData("A UN spokesman said 10,500 troops are deployed in the south.", 10500, "United Nations")]
    [InlineData("A senior Ukrainian intelligence official said 8,000 troops are training near the border.", 8000, "Ukrainian intelligence officials")]
    [InlineData("About 200 soldiers flew for the air force, historians say.", 200, "historians")]
    // An unnamed voice after the figure, in either word order, named by the words that say what it is (#14).
    [InlineData("About 900 troops have reached the port, said a senior naval officer.", 900, "naval officers")]
    [InlineData("Roughly 3,000 reservists will be called up by spring, said an army official.", 3000, "army officials")]
    [InlineData("Some 1,500 peacekeepers stayed behind, a foreign ministry spokeswoman told a news conference.", 1500, "foreign ministry spokesperson")]
    [InlineData("About 2,500 police officers will join the force, a senior police commander said on Friday.", 2500, "police commanders")]
    // A spokesperson of a service or a ministry speaks for the sentence's country's.
    [InlineData("Ghana will deploy 650 soldiers to the north next month, an army spokeswoman said.", 650, "Ghanaian Army")]
    [InlineData("Japan will send 400 troops to the island, a defence ministry spokesman said.", 400, "Japanese Defense Ministry")]
    // A minister or a service owned by the sentence's country ("its", "his", "the country's") speaks for that country's
    // ministry or service (#14); where the sentence names no country it stands for no one.
    [InlineData("Norway will send 150 soldiers to Latvia in the spring, its defence minister announced.", 150, "Norwegian Defense Ministry")]
    [InlineData("Kenya will send 400 police officers to Haiti, his interior minister said on Monday.", 400, "Kenyan Interior Ministry")]
    [InlineData("Poland will station 3,000 troops along the border, the country's defence ministry said.", 3000, "Polish Defense Ministry")]
    [InlineData("Germany will keep 1,400 soldiers in Lithuania through 2027, the nation’s army said.", 1400, "German Army")]
    [InlineData("Japan will move 600 troops to the southern islands, the defence minister told parliament.", 600, "Japanese Defense Ministry")]
    [InlineData("About 500 soldiers will go to the border next month, its defence minister said.", 500, null)]
    [InlineData("Roughly 1,100 troops will stay through the winter, their foreign ministers said.", 1100, null)]
    // A paper no list knows, by the last word of its name.
    [InlineData("Some 2,300 soldiers are now stationed near the lake, the Baltic Herald reported.", 2300, "The Baltic Herald")]
    // An organisation's unit speaks for it, as its spokesperson does.
    [InlineData("Some 450 peacekeepers have left the town, the UN mission said in a statement.", 450, "United Nations")]
    [InlineData("About 1,100 soldiers will stay until March, the UN peacekeeping mission said.", 1100, "United Nations")]
    [InlineData("A NATO commander said 300 troops had arrived in Estonia overnight.", 300, "NATO commanders")]
    // A rank alone says nothing of whose voice it is.
    [InlineData("About 300 soldiers remain in the camp, a senior officer said.", 300, null)]
    // Ministries of any country the lexicon knows, in either word order.
    [InlineData("The Ministry of Defence in London said about 900 troops would go to Estonia.", 900, "British Defense Ministry")]
    [InlineData("Japan's Defense Ministry said 400 troops would be sent to the island.", 400, "Japanese Defense Ministry")]
    // A statement or document that says what it is speaks for its unnamed authors.
    [InlineData("Moscow has moved roughly 7,000 soldiers north, according to an intelligence assessment shared with allies.", 7000, "intelligence assessment")]
    [InlineData("The force will have 2,500 soldiers, according to the mission's plan.", 2500, "mission's plan")]
    // "they" stands for the people last cited together, not for the organisation named in between.
    [InlineData("Lawmakers Lee Seong-kweun and Kim Byung-kee told reporters the talks had ended. The Pentagon said it was watching. In all, 15,000 troops were sent, they said.", 15000, "Lee Seong-kweun")]
    // Ranks and offices of people no list knows.
    [InlineData("Lieutenant General Ivan Petrenko said 6,000 troops had massed near the border.", 6000, "Ivan Petrenko")]
    [InlineData("Government spokesperson Anna Novak said 1,000 soldiers would deploy next month.", 1000, "Anna Novak")]
    // A person set off by commas after the title that says who they are is cited by the words around the apposition
    // (#14); the same apposition inside a clause that cites no one names no source.
    [InlineData("According to the navy's chief of staff, Admiral Ivan Petrenko, about 2,000 sailors had reached the port.", 2000, "Ivan Petrenko")]
    [InlineData("The country's army chief, Marek Nowak, said 2,000 troops had crossed the river.", 2000, "Marek Nowak")]
    [InlineData("About 1,200 troops were massing, officials said, citing the border guard chief, General Anna Novak.", 1200, "Anna Novak")]
    [InlineData("The army chief, Marek Nowak, visited the base where 2,000 troops are training.", 2000, null)]
    [InlineData("After talks with the army chief, Marek Nowak, about 2,000 troops were sent home.", 2000, null)]
    public void Origin(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A speaker after the figure, in the next sentence or paragraph that refers back to it ("That is according to X",
    // "X said the figure …"), before any earlier sentence; a next sentence that does not refer back gives nothing (#14).
    [InlineData("About 4,000 troops remain near the border.\n\nThat is according to Ukraine's military intelligence agency.", 4000, "Ukrainian military intelligence")]
    [InlineData("The Pentagon said on Monday that talks had stalled. About 4,000 troops remain near the border. The figure comes from Ukraine's military intelligence agency.", 4000, "Ukrainian military intelligence")]
    [InlineData("Some 650 soldiers were wounded in the fighting. Lithuania's Defence Ministry said the toll could still rise.", 650, "Lithuanian Defense Ministry")]
    [InlineData("About 4,000 troops remain near the border.\n\nThe Pentagon said on Monday that talks had stalled.", 4000, null)]
    [InlineData("About 4,000 troops remain near the border.\n\nThat is why the Pentagon called for talks.", 4000, null)]
    // A description stands for the body named earlier in the document that fits it: "the agency" for an intelligence
    // agency before an outlet, "the news agency" for an outlet, "the forces" for a force that spoke (#14).
    [InlineData("The National Intelligence Service briefed lawmakers on Monday, Yonhap reported.\n\nAbout 300 soldiers have been killed, the agency said.", 300, "National Intelligence Service")]
    [InlineData("The National Intelligence Service briefed lawmakers on Monday, Yonhap reported.\n\nAbout 300 soldiers have been killed, the news agency said.", 300, "Yonhap")]
    [InlineData("Yonhap reported on Monday that talks had begun.\n\nAbout 300 soldiers have been killed, the agency said.", 300, "Yonhap")]
    [InlineData("Ukraine's special operations forces said on Sunday they had hit a column.\n\nAt least 30 soldiers were killed or wounded, the forces said.", 30, "Ukrainian Special Operations Forces")]
    [InlineData("Ukrainian special forces said they had killed 50 soldiers and wounded 47 over three days.", 50, "Ukrainian Special Operations Forces")]
    // A casualty count is referred back to by what it counts.
    [InlineData("About 200 soldiers were killed in two days of fighting.\n\nUkraine's military intelligence agency said the losses were the heaviest yet.", 200, "Ukrainian military intelligence")]
    [InlineData("About 200 soldiers were killed in two days of fighting.\n\nUkraine's military intelligence agency said the talks had failed.", 200, null)]
    // The troops a figure counts are not the force, the army or the military that speaks of them: the sentence's
    // country's army does (#14).
    [InlineData("Over three days, 50 North Korean soldiers were killed near the river, the unit reported.", 50, null)]
    [InlineData("At least 40 Malian soldiers died in the ambush near the border, the army said.", 40, "Malian Army")]
    [InlineData("At least 40 Malian soldiers died in the ambush near the border, the military said.", 40, "Malian military")]
    [InlineData("Ukrainian forces said they had repelled an attack. About 90 soldiers were wounded, the military said.", 90, "Ukrainian forces")]
    public void Document_context(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A person named with a title is cited later by the title alone ("the minister told reporters", "the general added"),
    // a paragraph on too; a body by "it" (never a person); a figure by the next sentence that says where its numbers
    // come from ("The figures come from X", "numbers provided by X"); "made known" cites like "said" (#14, round 2).
    [InlineData("Defence Minister Jane Kowalska toured the base on Monday.\n\nAbout 4,000 soldiers will be stationed there, the minister told reporters.", 4000, "Jane Kowalska")]
    [InlineData("General Mark Smith met reporters in Vilnius on Monday.\n\nSome 3,000 soldiers arrived in Estonia last week, the general said.", 3000, "Mark Smith")]
    [InlineData("Prime Minister Anna Berg met Nordic leaders on Friday.\n\nSweden stands ready to send 600 soldiers, the prime minister said.", 600, "Anna Berg")]
    [InlineData("The Pentagon said on Monday that the build-up was continuing.\n\nSome 5,000 Russian troops are now in Belarus, it said.", 5000, "Pentagon")]
    [InlineData("Some 4,000 soldiers are stationed in Lithuania.\n\nThe numbers come from the Pentagon.", 4000, "Pentagon")]
    [InlineData("Poland made known this week its intention to dispatch 10,000 soldiers to the border.", 10000, "Poland")]
    // The description fits no one named before, "it" stands for no person, and a next sentence that names its own
    // source for something else does not speak for the figure.
    [InlineData("Defence Minister Jane Kowalska toured the base on Monday.\n\nAbout 4,000 soldiers will be stationed there, the general said.", 4000, null)]
    [InlineData("Lieutenant General Ivan Petrenko met reporters on Monday.\n\nSome 5,000 Russian troops are now in Belarus, it said.", 5000, null)]
    [InlineData("Some 4,000 soldiers are stationed in Lithuania.\n\nThe Pentagon comes from a long line of planners.", 4000, null)]
    public void Described_speakers(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Fact]
    public void A_person_cited_only_by_title_is_a_cited_source_once()
    {
        var findings = Extract("Defence Minister Jane Kowalska toured the base on Monday.\n\nAbout 4,000 soldiers will be stationed there, the minister said. "
            + "A further 500 will follow in May, the minister added.");
        Assert.Single(findings.SourceMentions, m => m.Source == "Jane Kowalska");
    }

    [Theory]
    // The writer's own hedge ("is believed to", "it is thought") cites no one: its figure takes no speaker from the sentences
    // around it (#14); a passive estimate ("are estimated to") is the unnamed estimates', as the DevSet header names them, unless a
    // next sentence says whose they are; without the hedge, one that goes on with the statement before it ("the
    // spokesman added") takes its speaker, and a speaker of its own sentence or a next sentence that refers back to it still speaks.
    [InlineData("The Pentagon said on Monday that talks had stalled. Russia is believed to have massed about 9,000 troops near the river.", 9000, null)]
    [InlineData("A border guard told the paper that a column had crossed. About 1,200 soldiers are estimated to remain in the camp.", 1200, "estimates")]
    [InlineData("Poland's Defence Ministry said the drills had begun. It is thought that some 3,500 soldiers took part.", 3500, null)]
    [InlineData("The Pentagon said on Monday that talks had stalled. Russia has massed about 9,000 troops near the river, the spokesman added.", 9000, "Pentagon")]
    [InlineData("Russia is believed to have massed about 9,000 troops near the river, the Pentagon said.", 9000, "Pentagon")]
    [InlineData("About 1,200 soldiers are estimated to remain in the camp. That is according to Poland's Defence Ministry.", 1200, "Polish Defense Ministry")]
    public void Impersonal_hedges(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A quotation of several sentences is its speaker's, named after it closes, whoever the sentence before cites (#14).
    [InlineData("The ministry said on Monday that the drills had ended. “About 2,500 Belarusian soldiers stayed near the border. They have not gone home,” Defence Minister Hanno Pevkur told reporters.", 2500, "Hanno Pevkur")]
    [InlineData("The Pentagon said on Friday that the rotation was over. \"Some 1,800 soldiers arrived this week. Most are engineers. More will come,\" said Colonel Piotr Nowak, the base commander.", 1800, "Piotr Nowak")]
    [InlineData("General Piotr Nowak said on Friday that the border was calm. \"They came at night. Some 1,800 soldiers arrived this week,\" he said.", 1800, "Piotr Nowak")]
    [InlineData("The Pentagon said the talks had gone well. «About 3,000 soldiers will leave by May. The rest will stay,» Defence Minister Hanno Pevkur said.", 3000, "Hanno Pevkur")]
    // Not: a quotation that goes on after its speaker's sentence, one that closes with no one named after it, and a
    // voice named inside the quotation.
    [InlineData("\"The convoy was ambushed north of Gao,\" army spokesman Souleymane Dembele said. \"We lost 12 soldiers there.\"", 12, "Souleymane Dembele")]
    [InlineData("General Piotr Nowak said on Friday that the border was calm. \"Some 1,800 soldiers arrived this week. Most are engineers.\"", 1800, "Piotr Nowak")]
    [InlineData("General Piotr Nowak said on Friday that the border was calm. \"Some 1,800 soldiers arrived this week. The Pentagon says most are engineers.\"", 1800, "Piotr Nowak")]
    [InlineData("General Piotr Nowak said on Friday that the border was calm. \"Some 1,800 soldiers arrived this week.\n\nMost are engineers,\" the Pentagon said.", 1800, "Piotr Nowak")]
    // Not: a figure before the quotation opens, nor a voice named in a later clause, far from the closing mark.
    [InlineData("The Pentagon said on Monday that talks had stalled. Some 1,800 soldiers arrived this week in what the envoy called a \"new phase. We are watching it closely,\" Senator Jane Roe told reporters.", 1800, null)]
    [InlineData("The Pentagon said on Friday that the border was calm. \"Some 1,800 soldiers arrived this week. Most are engineers,\" the convoy drivers were told at the gate, but Russia's defence ministry said the drills were over.", 1800, "Pentagon")]
    public void Quotation_speaker(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // The speaker right after the closing mark gives the chain, without the voice of a later clause (#14).
    [InlineData("The Pentagon said on Friday that the border was calm. \"Some 1,800 soldiers arrived this week. Most are engineers,\" Colonel Anna Kowal said, but Russia's defence ministry said the drills were over.", 1800, "Anna Kowal", "")]
    [InlineData("General Piotr Nowak said on Friday that the border was calm. \"Some 1,800 soldiers arrived this week. Most are engineers,\" he said, but Russia's defence ministry said the drills were over.", 1800, "Piotr Nowak", "")]
    public void Quotation_speaker_chain(string text, double value, string origin, string via)
    {
        var figure = Figure(text, value);
        Assert.Equal(origin, figure.AttributedTo);
        Assert.Equal(via, string.Join("; ", figure.Via));
    }

    [Theory]
    // A noun beside the figure's clause that names it as a claim opens a clause of those who judge it: they are not its
    // voice (#14); the claim's own voice there is that of the figure it holds.
    [InlineData("Russia's defence ministry said its forces had killed up to 300 Ukrainian soldiers near Kupiansk, a claim Kyiv did not confirm.", 300, "Russian Defense Ministry")]
    [InlineData("More than 600 soldiers were killed in the strike, the Russian defence ministry said, a claim quickly rejected by Ukraine's army.", 600, "Russian Defense Ministry")]
    [InlineData("No more than 30 fighters were killed, the Pentagon said, a stark contrast with the 140 that Afghan officials counted.", 30, "Pentagon")]
    // Not: with no voice in the figure's own clause, the claim's voice stays its only one.
    [InlineData("North Korea has about 12,000 soldiers in Kursk, a figure the Pentagon confirmed on Monday.", 12000, "Pentagon")]
    public void Claims_judged_by_others(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A voice in an absolute clause after the figure's ("…, with spokesman X saying …") speaks for that clause only: the
    // figure keeps the voice of its own clause, the claim's owner where it sits inside "Y's claim that" (#14).
    [InlineData("Moscow dismissed as fabricated Seoul's claim that 3,000 North Korean soldiers had reached Kursk, with Kremlin spokesman Dmitry Peskov saying the report was Western propaganda.", 3000, "South Korea")]
    [InlineData("Belarus's defence ministry said about 1,200 soldiers had crossed into the border zone, with President Alexander Lukashenko adding that the drills would end soon.", 1200, "Belarusian Defense Ministry")]
    [InlineData("Japan's defence ministry said some 400 troops would join the drill, with Australia's defence minister Richard Marles saying 150 more would come from Darwin.", 400, "Japanese Defense Ministry")]
    [InlineData("Japan's defence ministry said some 400 troops would join the drill, with Australia's defence minister Richard Marles saying 150 more would come from Darwin.", 150, "Richard Marles")]
    // Not: a figure before the only voice, which speaks in the absolute clause for a figure of its own, is the writer's; an
    // absolute clause with no voice of its own leaves the figure its sentence's voice.
    [InlineData("About 2,000 troops crossed the border on Monday, with the Pentagon saying another 500 would follow within a week.", 2000, null)]
    [InlineData("The Pentagon said about 2,000 troops crossed the border on Monday, with more expected in May.", 2000, "Pentagon")]
    public void Absolute_clauses_with_a_voice(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // An outlet that opens a clause right after its break ("…, while Belarusian state media reported that …") is that
    // clause's voice, not a relay of the sentence: it speaks for a figure after it there, and for none in another clause (#14).
    [InlineData("President Alexander Lukashenko said the drills were routine, while Belarusian state media reported that about 8,000 troops had joined them.", 8000, "Belarusian state media", "")]
    [InlineData("About 3,000 troops have arrived in Kursk, Zelensky said, and Ukrainian media reported that the first units were already fighting.", 3000, "Volodymyr Zelensky", "")]
    [InlineData("Defence Minister Shin Won-sik said the unit was ready, but Yonhap reported, citing military officials, that about 500 soldiers were still in training.", 500, "South Korean military officials", "Yonhap")]
    // Not: an outlet that relays the whole sentence from its end stays on the chain of every clause.
    [InlineData("Defence Minister Shin Won-sik said about 500 soldiers were still in training, but the unit was ready, Yonhap reported.", 500, "Shin Won-sik", "Yonhap")]
    public void Outlets_opening_a_clause(string text, double value, string origin, string via) => Chain_is(text, value, origin, via);

    [Theory]
    // A voice taken up again in a later sentence by a description or a pronoun ("the officials said", "he said") still speaks
    // to the outlet it told, when that sentence names no outlet of its own (#14).
    [InlineData("France plans to keep only about 600 troops in West and Central Africa, three French officials told AFP. Gabon and Senegal would each keep about 100 soldiers instead of 350, the officials said.", 350, "French officials", "AFP")]
    [InlineData("Russia has moved about 3,000 troops to the border, General Piotr Nowak told Reuters. About 1,000 more could follow by May, he said.", 1000, "Piotr Nowak", "Reuters")]
    // Not: an outlet the later sentence names, another voice, a voice that told no outlet ("said in an interview with").
    [InlineData("Russia has moved about 3,000 troops to the border, a senior NATO official told Reuters. About 1,000 more could follow by May, the official told CNN.", 1000, "NATO officials", "CNN")]
    [InlineData("Russia has moved about 3,000 troops to the border, General Piotr Nowak told Reuters. About 1,000 more could follow by May, Colonel Anna Kowal said.", 1000, "Anna Kowal", "")]
    [InlineData("Russia has moved about 3,000 troops to the border, General Piotr Nowak said in an interview with Reuters. About 1,000 more could follow by May, he said.", 1000, "Piotr Nowak", "")]
    public void Voices_taken_up_again_keep_the_outlet_they_told(string text, double value, string origin, string via) => Chain_is(text, value, origin, via);

    private static void Chain_is(string text, double value, string origin, string via)
    {
        var figure = Figure(text, value);
        Assert.Equal(origin, figure.AttributedTo);
        Assert.Equal(via, string.Join("; ", figure.Via));
    }

    [Theory]
    // "he" or "she" stands for an unnamed voice named in the singular before it, as for a named person (#14).
    [InlineData("A senior U.S. defense official said on Monday that the brigade was ready.\n\nAbout 2,000 more troops will follow in May, he said.", 2000, "U.S. defense officials")]
    [InlineData("A Polish military official said the wall was finished. Some 5,000 soldiers now guard it, she told Reuters.", 5000, "Polish military officials")]
    // Not: a person named nearer, nor officials counted in the plural; then the fallback to the sentence before stays.
    [InlineData("A senior U.S. official said talks had begun. General Christopher Cavoli visited the base on Monday. About 2,000 more troops will follow, he said.", 2000, "Christopher Cavoli")]
    [InlineData("Two Polish military officials told reporters the wall was finished. Some 5,000 soldiers now guard it, he said.", 5000, "Polish military officials")]
    // Nor a body, which no "s" marks as plural: a government, a military, an army, state media.
    [InlineData("General Piotr Nowak visited the base on Sunday. The Russian government said on Monday that the drills had ended. About 2,000 more troops will follow in May, he said.", 2000, "Piotr Nowak")]
    [InlineData("General Piotr Nowak visited the base on Sunday. The Ukrainian military said on Monday that the drills had ended. About 2,000 more troops will follow in May, he said.", 2000, "Piotr Nowak")]
    [InlineData("General Piotr Nowak visited the base on Sunday. The Polish army said on Monday that the drills had ended. About 2,000 more troops will follow in May, he said.", 2000, "Piotr Nowak")]
    [InlineData("General Piotr Nowak visited the base on Sunday. Russian state media said on Monday that the drills had ended. About 2,000 more troops will follow in May, she said.", 2000, "Piotr Nowak")]
    // A singular role noun other than "official" is one person too.
    [InlineData("General Piotr Nowak visited the base on Sunday. A Western diplomat said on Monday that the drills had ended. About 2,000 more troops will follow in May, he said.", 2000, "Western diplomats")]
    public void Singular_unnamed_voices_as_pronouns(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A live entry's heading, after its time stamp or alone, speaks by the name before its colon; the entry's text below it
    // names that speaker in full (#14).
    [InlineData("14:05 GMT\nZelenskyy: Russia has massed 50,000 troops near Kursk\n\nUkrainian President Volodymyr Zelenskyy said in his nightly address that Moscow had gathered about 50,000 soldiers there.", 50000, "Volodymyr Zelensky")]
    [InlineData("08:20 BST\nPetrenko: 4,000 Russian troops moved to Belgorod\n\nLieutenant General Ivan Petrenko said on Telegram that Russia had moved about 4,000 soldiers to Belgorod.", 4000, "Ivan Petrenko")]
    [InlineData("Petrenko: 4,000 Russian troops moved to Belgorod\n\nRussia had moved about 4,000 soldiers to Belgorod, Lieutenant General Ivan Petrenko wrote on Telegram.", 4000, "Ivan Petrenko")]
    // Not: a place or a label before the colon, a name the entry below does not cite, a heading that is a full sentence.
    [InlineData("08:05 BST\nKursk: 45,000 Russian soldiers massed\n\nCommander-in-chief Oleksandr Syrskyi said on Telegram that Russia kept about 45,000 soldiers in the Kursk region.", 45000, null)]
    [InlineData("07:50 BST\nWatch: 300 Marines land in Estonia\n\nThe Pentagon said 300 Marines arrived on Monday.", 300, null)]
    [InlineData("08:20 BST\nPetrenko: 4,000 Russian troops moved to Belgorod\n\nThe Pentagon said Russia had moved about 4,000 soldiers to Belgorod, near the unit of General Ivan Petrenko.", 4000, null)]
    [InlineData("Update from Petrenko: 4,000 Russian troops moved to Belgorod\n\nLieutenant General Ivan Petrenko said on Telegram that Russia had moved about 4,000 soldiers.", 4000, null)]
    public void Live_entry_headings(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Extract(text).TroopCounts, c => c.Value == value && c.Provenance.Sentence == 1).AttributedTo);

    [Theory]
    // A closing sentence that refers back ("This was stated by …") gives its speaker to the figure two sentences before it
    // when the sentence between cites no one (#14); not past a sentence with its own voice, nor across a paragraph's end.
    [InlineData("About 3,000 North Korean soldiers may reach the Kursk front this week. They will reinforce Russian assault units. This was stated by Lieutenant General Kyrylo Budanov in an interview.", 3000, "Kyrylo Budanov")]
    [InlineData("About 3,000 North Korean soldiers may reach the Kursk front this week. Kyiv's allies doubt they can fight. That is according to the Pentagon.", 3000, "Pentagon")]
    [InlineData("About 3,000 North Korean soldiers may reach the Kursk front this week. They will reinforce Russian assault units.\n\nThis was stated by Kyrylo Budanov in an interview.", 3000, null)]
    [InlineData("About 3,000 North Korean soldiers may reach the Kursk front this week. President Zelensky said they were poorly trained. This was stated by Kyrylo Budanov in an interview.", 3000, null)]
    public void Referring_back_past_a_sentence(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A next sentence whose statement's object points back ("X said so", "X reported this", "Such figures were given by X",
    // as translated copy words it) gives its speaker to the figure before it; "said this week" is a time, no object.
    [InlineData("At least 150 Chadian soldiers have been killed near the lake. Senator Amadou Diallo said so after a closed briefing.", 150, "Amadou Diallo")]
    [InlineData("Some 2,300 Belarusian troops are massed on the border. Lieutenant General Kyrylo Budanov reported this in an interview.", 2300, "Kyrylo Budanov")]
    [InlineData("Some 2,300 Belarusian troops are massed on the border. Such figures were given by Lieutenant General Kyrylo Budanov.", 2300, "Kyrylo Budanov")]
    [InlineData("Some 2,300 Belarusian troops are massed on the border. Lieutenant General Kyrylo Budanov said this week that talks had failed.", 2300, null)]
    public void A_statement_that_points_back_gives_its_speaker(string text, double value, string? origin) =>
        Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A wire headline's speaker after a closing dash ("… - Claes") is the person the story below names with that surname;
    // words no one below is named by speak for no one.
    [InlineData("Estonia to pull its 200 soldiers out of Mali - Pevkur\n\nTALLINN (Reuters) - Estonia will bring its contingent home, Defence Minister Hanno Pevkur said.", 200, "Hanno Pevkur")]
    [InlineData("Army sends 2,000 soldiers north - Live Updates\n\nThe army moved troops north on Monday.", 2000, null)]
    public void A_headlines_closing_surname_is_the_speaker_below(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Extract(text).TroopCounts, c => c.Value == value && c.Provenance.Sentence == 1).AttributedTo);

    [Theory]
    // "per" as American copy and infoboxes write "according to" (#14); "per cent" and "per day" name no one.
    [InlineData("About 2,000 troops remain in eastern Syria, per a U.S. official.", 2000, "U.S. officials")]
    [InlineData("Per the Pentagon, about 2,000 troops remain in eastern Syria.", 2000, "Pentagon")]
    [InlineData("Casualties: 1,874 soldiers killed (per the Indian government); 900 wounded.", 1874, "Indian government")]
    [InlineData("About 90 soldiers were lost per day in the first week of the offensive.", 90, null)]
    public void Per_names_the_source(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A document's own title names its author: a memorandum's or a letter's sender (not its addressee), a release's issuer
    // before its colon, a report's office speaks for the body the title names. They speak where the text cites no one.
    [InlineData("Memorandum from Col. Peter Hale to the Secretary of Defense\n\nContributions at June 30: Canada, 450 men; Norway, 120 engineers.", 450, "Peter Hale")]
    [InlineData("Letter from General Anna Berg to the Defence Committee\n\nSome 1,300 soldiers are now deployed in the north.", 1300, "Anna Berg")]
    [InlineData("NATO Press Release: Battlegroup reaches full strength\n\nThe multinational battlegroup in Lithuania now has some 1,200 troops.", 1200, "NATO")]
    [InlineData("Report of the Secretary-General on the United Nations Force in Lebanon\n\nAs of 30 June the strength of the Force was 5,800 all ranks.", 5800, "United Nations")]
    // Not a title in the body, nor a memorandum's subject line's words.
    [InlineData("Officials met on Monday.\n\nMemorandum from Col. Peter Hale to the Secretary of Defense\n\nSome 1,300 soldiers are now deployed in the north.", 1300, null)]
    public void A_documents_title_names_its_author(string text, double value, string? origin) =>
        Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // The agent of a passive of speaking speaks ("This was stated by …", "as reported by …") (#14); the agent of a verb of
    // judging ("denied by", "disputed by") and of one of doing ("deployed by") does not.
    [InlineData("About 4,000 North Korean soldiers may reach the Kursk front this week. This was announced by Ukrainian President Volodymyr Zelensky.", 4000, "Volodymyr Zelensky")]
    [InlineData("About 4,000 North Korean soldiers have reached the Kursk front, as stated by Ukrainian President Volodymyr Zelensky.", 4000, "Volodymyr Zelensky")]
    [InlineData("About 4,000 North Korean soldiers may reach the Kursk front this week. This was denied by Kremlin spokesman Dmitry Peskov.", 4000, null)]
    [InlineData("About 4,000 North Korean soldiers were deployed by Colonel Ivan Petrenko on the Kursk front.", 4000, null)]
    public void Passive_of_speaking(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A name before a passive that does not say it spoke ("was cited in a report") is not a speaker (#14).
    [InlineData("Mayor Sergei Sobyanin was cited in a report by Interfax, which said 45,000 soldiers from Moscow were fighting in Ukraine.", 45000, "Sergei Sobyanin")]
    public void Passive_without_saying(string text, double value, string notOrigin) => Assert.NotEqual(notOrigin, Figure(text, value).AttributedTo);

    [Theory]
    // A clause opened by ", after" has its own speaker: each figure takes the speaker of its clause (#14); with one
    // speaker only, both figures take it.
    [InlineData("Chad said it would send about 1,000 soldiers to the border, after Niger said it would withdraw 2,000 troops.", 1000, "Chad")]
    [InlineData("Chad said it would send about 1,000 soldiers to the border, after Niger said it would withdraw 2,000 troops.", 2000, "Niger")]
    [InlineData("Chad will send about 1,000 soldiers to the border, after Niger withdrew 2,000 troops, the Pentagon said.", 1000, "Pentagon")]
    [InlineData("Chad will send about 1,000 soldiers to the border, after Niger withdrew 2,000 troops, the Pentagon said.", 2000, "Pentagon")]
    public void After_clauses(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // Speakers named together speak together, the first named first: a list ("Paris, Berlin and Rome all say"), "both",
    // and a name with unnamed partners ("and its allies") (#14); a list of names that do not say anything cites no one.
    [InlineData("Paris, Berlin and Rome all say roughly 4,000 troops have reached the border.", 4000, "France")]
    [InlineData("Poland and the United States both say about 3,000 Russian troops remain in Belarus.", 3000, "Poland")]
    [InlineData("Kyiv counts 9,000 troops, and Washington and its allies say it has grown to 10,000 soldiers.", 10000, "United States")]
    [InlineData("In Warsaw, Paris and Rome about 4,000 troops marched in parades.", 4000, null)]
    [InlineData("Berlin and its allies sent about 4,000 troops to the border.", 4000, null)]
    public void Speakers_together(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // Speakers named together with the origin say it with it and are no link of its chain; those it was passed to are
    // (#14).
    [InlineData("About 4,000 troops have reached the border, according to French and German officials.", 4000, "French officials", "")]
    [InlineData("Paris, Berlin and Rome all say roughly 4,000 troops have reached the border.", 4000, "France", "")]
    [InlineData("About 4,000 troops have reached the border, French officials told Reuters.", 4000, "French officials", "Reuters")]
    [InlineData("Lawmakers Anna Novak and Marek Nowak said 4,000 troops had reached the border, citing the Polish Defence Ministry.", 4000, "Polish Defense Ministry", "Anna Novak; Marek Nowak")]
    public void Speakers_together_chain(string text, double value, string origin, string via)
    {
        var figure = Figure(text, value);
        Assert.Equal(origin, figure.AttributedTo);
        Assert.Equal(via, string.Join("; ", figure.Via));
    }

    [Theory]
    // A name before a passive is what the verb is about, not who speaks: the troops a figure counts are no source
    // (#14); where someone briefed the name, it passes the figure on.
    [InlineData("Approximately 2,000 U.S. troops have been put on alert.", 2000, null)]
    [InlineData("About 3,000 Russian soldiers were reported near the border on Monday.", 3000, null)]
    [InlineData("Some 1,200 Polish troops were counted at the base.", 1200, null)]
    [InlineData("Lawmakers Kim Byung-kee and Lee Seong-kweun had been briefed by the NIS. About 7,000 troops had moved to the front, they said.", 7000, "National Intelligence Service")]
    // Unnamed officials with no country of their own speak for the country whose state voice the document cited last
    // before them; outlets and think tanks lend none, and with none before them they keep no country.
    [InlineData("Poland's Defence Ministry said on Monday the drills had begun.\n\nAbout 2,500 soldiers crossed the river overnight, a senior military official said.", 2500, "Polish military officials")]
    [InlineData("About 2,500 soldiers crossed the river overnight, a senior military official said.", 2500, "military officials")]
    // A defense official the passage gives no country is a U.S. one (the annotation's convention, unowned_voice_countries).
    [InlineData("Reuters reported on Monday that talks had stalled.\n\nAbout 2,500 soldiers crossed the river overnight, defense officials said.", 2500, "U.S. defense officials")]
    [InlineData("Analysts at the Institute for the Study of War said the drills had begun. About 2,500 soldiers crossed the river overnight, defense officials said.", 2500, "U.S. defense officials")]
    public void Not_the_speaker_and_whose_officials(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A bare official ("an official", "two officials", "officials") stands for the officials cited before it in the
    // document, else for the officials of the country whose state voice was cited last; in a relay the official is the
    // origin (#14). With no state voice before it, or with an outlet only, it names no one; "officials at X" are X's.
    [InlineData("South Korea's National Intelligence Service briefed parliament on Monday.\n\nAbout 300 soldiers have been killed and 2,700 wounded, an official told the paper, a broadcaster reported.", 300, "South Korean officials")]
    [InlineData("The Pentagon said on Monday that talks had stalled.\n\nRoughly 4,000 troops remain near the border, according to two officials familiar with the assessment.", 4000, "U.S. officials")]
    [InlineData("Ukrainian officials said on Monday that talks had stalled.\n\nRoughly 4,000 troops remain near the border, an official said.", 4000, "Ukrainian officials")]
    [InlineData("Roughly 4,000 troops remain near the border, according to two officials familiar with the assessment.", 4000, null)]
    [InlineData("Reuters said on Monday that talks had stalled.\n\nRoughly 4,000 troops remain near the border, officials said.", 4000, null)]
    [InlineData("The Pentagon said on Monday that talks had stalled.\n\nOfficials at the ministry said 4,000 troops remain near the border.", 4000, null)]
    public void Bare_officials(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // "the paper", "the newspaper", "the broadcaster" stand for the outlet named before them: the relay's via, while
    // whoever the paper cites is the origin (#14); with no outlet before them they name no one.
    [InlineData("The Wall Street Journal reported on Monday that the talks had stalled.\n\nAbout 2,000 soldiers have left the base, the paper said, citing a defense official.", 2000, "U.S. defense officials", "The Wall Street Journal")]
    [InlineData("Yonhap said on Monday talks had stalled. The NIS said 2,000 soldiers have left the base, the broadcaster reported.", 2000, "National Intelligence Service", "Yonhap")]
    [InlineData("About 2,000 soldiers have left the base, the newspaper said.", 2000, null, null)]
    public void Outlet_descriptions(string text, double value, string? origin, string? via)
    {
        var figure = Figure(text, value);
        Assert.Equal(origin, figure.AttributedTo);
        Assert.Equal(via is null ? [] : [via], figure.Via);
    }

    [Theory]
    // Unnamed voices are sources with a kind: the most telling word before the noun decides it.
    [InlineData("Around 800 marines are now aboard the ships, a senior naval officer said.", "naval officers", SourceKind.Military)]
    [InlineData("About 1,200 soldiers have crossed into the region, a defence ministry spokesman told reporters.", "defense ministry spokesperson", SourceKind.Military)]
    [InlineData("Some 1,500 peacekeepers stayed behind, a foreign ministry spokeswoman told a news conference.", "foreign ministry spokesperson", SourceKind.Government)]
    [InlineData("About 700 soldiers crossed the river, a senior army intelligence officer said.", "army intelligence officers", SourceKind.Intelligence)]
    [InlineData("France will deploy 1,000 troops to Romania, its foreign minister said.", "French Foreign Ministry", SourceKind.Government)]
    // A paper no list knows is an outlet by the last word of its name, with its "the" where the text gives one.
    [InlineData("Some 2,300 soldiers are now stationed near the lake, the Baltic Herald reported.", "The Baltic Herald", SourceKind.Outlet)]
    [InlineData("About 450 marines landed at the port on Tuesday, Harbor City Courier reported.", "Harbor City Courier", SourceKind.Outlet)]
    public void Unnamed_voice(string text, string source, SourceKind kind) =>
        Assert.Contains(Extract(text).SourceMentions, m => m.Source == source && m.Kind == kind);

    [Theory]
    // A relay: whoever gave the figure is the origin, whoever passed it on the via.
    [InlineData("A military source told Reuters that 500 fighters had left the country.", 500, "military sources", "Reuters")]
    [InlineData("Ukrainian intelligence shared with the Financial Times shows 3,000 troops in Kursk.", 3000, "Ukrainian intelligence", "Financial Times")]
    [InlineData("About 1,000 soldiers were moved in January, a Ukrainian intelligence spokesman told UNN.", 1000, "Ukrainian intelligence spokesperson", "UNN")]
    [InlineData("According to the commander of the eastern group, General Ivan Petrenko, about 1,500 troops have crossed, Prime Minister Jonas Berg said on Monday.", 1500, "Ivan Petrenko", "Jonas Berg")]
    public void Relay(string text, double value, string origin, string via)
    {
        var figure = Figure(text, value);
        Assert.Equal(origin, figure.AttributedTo);
        Assert.Equal([via], figure.Via);
    }

    [Theory]
    // A relay through an outlet, in each of its word orders (#14): the outlet that carried, quoted or cited a statement is
    // the via; whoever it cites or quotes is the origin, wherever the outlet stands in the sentence.
    [InlineData("About 700 Russian soldiers were wounded near Vovchansk, the Ukrainian General Staff said in a statement carried by Ukrinform.", 700, "Ukrainian General Staff", "Ukrinform")]
    [InlineData("Roughly 2,400 Ukrainian troops were lost in the Kharkiv sector, Belousov was quoted by RIA Novosti as saying.", 2400, "Andrei Belousov", "RIA Novosti")]
    [InlineData("About 1,800 troops will move to the Lithuanian border next month, the Polish Army said, as cited by PAP.", 1800, "Polish Army", "PAP")]
    [InlineData("About 600 Chadian soldiers have reached the capital, army spokesman Azem Bermandoa said, reported Xinhua.", 600, "Azem Bermandoa", "Xinhua")]
    [InlineData("About 2,000 more soldiers are heading to the south, Yonhap reported, quoting the Joint Chiefs of Staff.", 2000, "Joint Chiefs of Staff", "Yonhap")]
    [InlineData("Some 900 soldiers have crossed into Belarus, according to Interfax, which cited the Belarusian Defence Ministry.", 900, "Belarusian Defense Ministry", "Interfax")]
    [InlineData("Reuters cited a French military official as saying that 1,500 soldiers would leave Niger by December.", 1500, "French military officials", "Reuters")]
    [InlineData("Latvia will call up 3,000 reservists in the spring, its defence minister said, according to the public broadcaster LSM.", 3000, "Latvian Defense Ministry", "LSM")]
    [InlineData("About 400 Dutch soldiers will join the battle group, the defence ministry said on Friday, according to the newspaper NRC.", 400, "Dutch Defense Ministry", "NRC")]
    // A state news agency quoting a speaker is the via, however it is named ("the RIA news agency").
    [InlineData("About 700 Russian instructors are in the country, the RIA news agency quoted Ambassador Ivan Sorokin as saying.", 700, "Ivan Sorokin", "RIA Novosti")]
    [InlineData("TASS quoted Defence Minister Andrei Belousov as saying that 1,200 soldiers had arrived in Belarus.", 1200, "Andrei Belousov", "TASS")]
    // The passive with "as saying" before the outlet, before or after the figure.
    [InlineData("Mayor Sergei Sobyanin was cited as saying by Interfax that 45,000 soldiers from Moscow were fighting in Ukraine.", 45000, "Sergei Sobyanin", "Interfax")]
    [InlineData("\"Some 45,000 soldiers from Moscow are fighting there,\" Mayor Sergei Sobyanin was cited as saying by Interfax.", 45000, "Sergei Sobyanin", "Interfax")]
    [InlineData("About 1,100 North Korean soldiers had been killed, Lee Seong-kweun was quoted as saying by Yonhap.", 1100, "Lee Seong-kweun", "Yonhap")]
    public void Relay_through_an_outlet(string text, double value, string origin, string via)
    {
        var figure = Figure(text, value);
        Assert.Equal(origin, figure.AttributedTo);
        Assert.Equal([via], figure.Via);
    }

    [Theory]
    // A news agency that speaks alone is the origin; a name before a passive that no outlet relays does not speak; a
    // speaker after the figure, in the next clause, is its origin (a casualty count's too).
    [InlineData("KCNA said 1,000 soldiers had been sent to the border region.", 1000, "KCNA")]
    [InlineData("Russia was moving about 5,000 troops toward the border, Ukraine's general staff said.", 5000, "Ukrainian General Staff")]
    [InlineData("Moscow was accused of hiding the deaths of 200 soldiers, the Ukrainian military said.", 200, "Ukrainian military")]
    [InlineData("At least 36 Malian soldiers were killed in the attack on the base, the army said in a statement on Sunday.", 36, "Malian Army")]
    [InlineData("Some 1,300 Ukrainian soldiers were killed or wounded over the past day, Russia's Defence Ministry said, adding that its forces had taken two villages.", 1300, "Russian Defense Ministry")]
    [InlineData("About 400 troops were wounded in the fighting, according to the broadcaster.", 400, null)]
    [InlineData("The Yonhap news agency said 2,000 soldiers had been moved to the border.", 2000, "Yonhap")]
    public void Relay_or_not(string text, double value, string? origin) => Assert.Equal(origin, Figure(text, value).AttributedTo);

    [Theory]
    // A clause's voices are its own (#14): a speaker after "after" spoke of something else, an outlet that another clause's
    // speaker told carries only that clause; an informant after "after", and a news agency that relays the whole
    // sentence, still belong to the figure.
    [InlineData("Defence Minister Andrei Belousov said 2,000 troops would move to the border after President Vladimir Putin ordered a snap drill.", 2000, "Andrei Belousov", "")]
    [InlineData("Twelve soldiers and 3 police officers were killed in the raid, the Nigerien Defence Ministry said, while a rebel commander told Reuters that 40 fighters had died.", 3, "Nigerien Defense Ministry", "")]
    [InlineData("Lawmaker Kim Min-ho said 3,000 troops had left the camp, after being briefed by the NIS.", 3000, "National Intelligence Service", "Kim Min-ho")]
    [InlineData("Kim Jong Un will send 1,500 more engineers, Sergei Shoigu said after talks in Pyongyang, according to TASS.", 1500, "Sergei Shoigu", "TASS")]
    [InlineData("Twelve soldiers and 3 police officers were killed in the raid, the Nigerien Defence Ministry said, Reuters reported.", 3, "Nigerien Defense Ministry", "Reuters")]
    // The place of a speaker is neither a voice nor a link of the chain: "the UN mission in South Sudan said".
    [InlineData("Three peacekeepers were injured by a roadside bomb near Yei, the UN mission in South Sudan said.", 3, "United Nations", "")]
    [InlineData("About 200 Kenyan police officers arrived at the airport, the UN office in Haiti said on Sunday.", 200, "United Nations", "")]
    // ... after "in the" too.
    [InlineData("About 300 Rwandan troops arrived in Bangui on Friday, the UN mission in the Central African Republic said.", 300, "United Nations", "")]
    [InlineData("Some 1,200 peacekeepers will leave by June, the UN mission in the Democratic Republic of the Congo said.", 1200, "United Nations", "")]
    // A speaker who closes the sentence speaks for all of it, "after" or not; a speaker after ", after" is another clause's.
    [InlineData("South Korea's spy agency said 3,000 more troops were sent after the summit, lawmaker Lee Seong-kweun told reporters.", 3000, "National Intelligence Service", "Lee Seong-kweun")]
    [InlineData("Defence Minister Andrei Belousov said 2,000 troops would move to the border after President Vladimir Putin announced a snap drill.", 2000, "Andrei Belousov", "")]
    [InlineData("About 2,000 troops arrived at the border after the talks, the Polish Defence Ministry said.", 2000, "Polish Defense Ministry", "")]
    [InlineData("Mali's army said 1,000 soldiers would stay in the north, after France said it would withdraw its troops.", 1000, "Malian Army", "")]
    [InlineData("Some 2,000 U.S. troops are in Poland, the Pentagon and the Polish Defence Ministry said.", 2000, "Pentagon", "")]
    public void Voices_of_the_figure_clause(string text, double value, string origin, string via)
    {
        var figure = Figure(text, value);
        Assert.Equal(origin, figure.AttributedTo);
        Assert.Equal(via, string.Join("; ", figure.Via));
    }

    [Fact]
    // The place of a speaker is no state voice: "Mali" in "the UN mission in Mali said" lends its country to no later
    // unnamed officials, who take the country of the state voice cited before.
    public void Place_of_a_speaker_lends_no_country()
    {
        var findings = Extract("South Korea's spy agency said 10,000 troops had been sent. About 300 peacekeepers left the base, the UN mission in Mali said. "
            + "Defence officials said 40 more would follow.");
        Assert.DoesNotContain(findings.SourceMentions, m => m.Source.StartsWith("Malian", StringComparison.Ordinal) || m.Source == "Mali");
        Assert.DoesNotContain(findings.TroopCounts, c => c.AttributedTo is { } origin && origin.StartsWith("Malian", StringComparison.Ordinal));
    }

    [Theory]
    // Told something, a person passes nothing on; an organisation inside a job title is not its holder's voice.
    [InlineData("General Kim Sang-ho told President Vladimir Putin that 11,000 troops had fought in the region.", "Vladimir Putin")]
    [InlineData("Budanov, the head of Ukraine's Defence Intelligence, told Yonhap that 2,000 troops would arrive.", "Ukrainian military intelligence")]
    [InlineData("Britain's envoy to the United Nations, Sarah Clarke, said 5,000 troops were moving.", "United Nations")]
    // "his army chief" is a person's title, not the army speaking.
    [InlineData("Ukraine's president said 800 soldiers were wounded, citing a report by his army chief.", "Ukrainian Army")]
    public void Named_but_not_a_source(string text, string notASource)
    {
        var findings = Extract(text);
        Assert.DoesNotContain(findings.SourceMentions, m => m.Source == notASource);
        Assert.DoesNotContain(findings.TroopCounts, c => c.AttributedTo == notASource || c.Via.Contains(notASource));
    }

    [Theory]
    // The outlet of a dateline is a source of the story, known or not, but of none of its figures.
    [InlineData("WARSAW (PAP) — About 2,000 U.S. troops arrived at the base on Monday.", "PAP", 2000)]
    [InlineData("BERLIN (AP) — The first 400 soldiers of the brigade arrived on Monday.", "Associated Press", 400)]
    [InlineData("Freetown Sierra Leone (PANA) -- Some 6,000 troops are now deployed in the east.", "PANA", 6000)]
    public void Dateline(string text, string outlet, double value)
    {
        var findings = Extract(text);
        Assert.Contains(findings.SourceMentions, m => m.Source == outlet && m.Kind == SourceKind.Outlet);
        var figure = Assert.Single(findings.TroopCounts, c => c.Value == value);
        Assert.Null(figure.AttributedTo);
        Assert.Empty(figure.Via);
    }

    [Theory]
    // Spellings of one name are one source: the gazetteer's name, else the document's first spelling.
    [InlineData("Foreign Minister Choe Sonhui said 10,000 troops would go. Choe Son-Hui later said 2,000 troops had gone.", "Choe Son Hui")]
    [InlineData("Lawmaker Lee Seong-kweun said 600 troops had died. Lee Seong Kweun later said 4,100 troops were hurt.", "Lee Seong-kweun")]
    public void Spellings(string text, string source)
    {
        var findings = Extract(text);
        Assert.All(findings.TroopCounts, c => Assert.Equal(source, c.AttributedTo));
        Assert.Equal(2, findings.TroopCounts.Count);
        Assert.Equal([source], findings.SourceMentions.Select(m => m.Source).Distinct());
    }

    [Fact]
    public void A_corpus_lexicon_brings_a_reporting_verb_and_a_source()
    {
        const string text = "Olena Bondar intimated that 3,000 troops had crossed the river.";
        Assert.Null(Figure(text, 3000).AttributedTo);

        var lexicon = Lexicon.Default.Merge(Lexicon.Parse("""
            { "words": { "reporting_verbs": ["intimated"] },
              "sources": [ { "name": "Olena Bondar", "kind": "official", "country": "Ukraine", "aliases": ["Bondar"] } ] }
            """));
        var findings = Extractor.For(lexicon).Extract(TestData.Passage(text + " Bondar later said 500 more troops had followed."));
        Assert.Equal(["Olena Bondar", "Olena Bondar"], findings.TroopCounts.Select(c => c.AttributedTo));
        Assert.Contains(findings.SourceMentions, m => m is { Source: "Olena Bondar", Kind: SourceKind.Official, Country: "Ukraine" });
    }
}
