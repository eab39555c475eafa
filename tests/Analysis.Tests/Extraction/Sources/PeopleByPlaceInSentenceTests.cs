namespace Analysis.Tests.Extraction.Sources;

using Analysis.Corpus;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People and outlets are voices by their place in the sentence, not by a list: the holder set off by commas after a
/// description no title list holds, a name tied to where the person works by "of", a headline's surname before a colon that
/// the story names in full below, a person cited once named by surname after (family name first where a country's custom is),
/// a name's apostrophe syllable and particles, replies and repetitions, papers by the last word of their name and outlets
/// described with a hyphenated modifier. Each rule with its traps: dates, places, bodies' names and clauses that only look alike.
/// </summary>
public class PeopleByPlaceInSentenceTests
{
    [Theory]
    // The holder in apposition to a description no title list holds, speaking by the verb after the closing comma.
    [InlineData("The regional bloc's mediator, Halima Oduya, said about 4,000 troops had crossed the river.", "Halima Oduya")]
    [InlineData("Kenya's envoy to the talks, Mary Wanjiru, put the figure at 3,000 soldiers.", "Mary Wanjiru")]
    [InlineData("The Chadian, Idriss Mahamat, told the hearing that 35 other recruits had served in his company.", "Idriss Mahamat")]
    [InlineData("Some 1,200 peacekeepers are deployed, says the agency's reporter in the region, Lena Korhonen.", "Lena Korhonen")]
    // A person tied to where they work by "of", "at" or "from", the affiliation running to the verb or closing the clause.
    [InlineData("Anna Berg of the Swedish defence agency said 400 soldiers had been moved north.", "Anna Berg")]
    [InlineData("Yusuf Demir of the Turkish Land Forces Command said 600 soldiers were on the way.", "Yusuf Demir")]
    [InlineData("About 300 soldiers arrived on Friday, said Tomas Varga of the Baltic Security Foundation.", "Tomas Varga")]
    [InlineData("Marta Kowalczyk from the Warsaw Defence Institute told reporters that 900 troops were training.", "Marta Kowalczyk")]
    // Replies, repetitions and figures given.
    [InlineData("General Tom Okafor answered that 2,000 more troops would come before the rains.", "Tom Okafor")]
    [InlineData("Asked about the convoy, Sara Lindqvist replied that about 500 soldiers were aboard.", "Sara Lindqvist")]
    [InlineData("Defence chief Pavel Horak has repeated that 1,100 troops will stay in the mission.", "Pavel Horak")]
    [InlineData("The brigade's commander, Tomas Varga, gave a figure of 300 soldiers for the first rotation.", "Tomas Varga")]
    // A name with an apostrophe syllable, or particles before the surname.
    [InlineData("More than 800 recruits have left for the front, lawmaker Otieno Ny'amwa told parliament.", "Otieno Ny'amwa")]
    [InlineData("Defence minister Karel van der Berg said 250 soldiers would join the battle group.", "Karel van der Berg")]
    // Outlets by what the sentence makes of them.
    [InlineData("About 500 troops have arrived, a recruit told the Lisbon-based outlet Diario por el Sur.", "Diario por el Sur")]
    [InlineData("About 500 troops have arrived, a deserter told the Madrid-based outlet Voces por el Mundo.", "Voces por el Mundo")]
    [InlineData("About 500 troops have arrived, according to a tally by NATO Review.", "NATO Review")]
    [InlineData("About 500 troops have arrived, the Lakeside Monitor reported on Sunday.", "The Lakeside Monitor")]
    public void Names_the_voice(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A clause opened by a preposition or an adverb describes no holder; a date is no one's description.
    [InlineData("In March, Tomas Varga, and 300 soldiers crossed the river.", "Tomas Varga")]
    [InlineData("On Monday, Anna Berg, the troops and their vehicles left, officials said.", "Anna Berg")]
    // Two or three words before "of" that name a body or a place are not split into a person.
    [InlineData("The Democratic Party of Kenya said 300 soldiers would be enough.", "Democratic Party")]
    [InlineData("The Islamic Republic of Iran said 3,000 soldiers were on the border.", "Islamic Republic")]
    // An outlet's name that holds a known body is the body where the paper is not cited.
    [InlineData("Editors from NATO Review visited the base, and NATO said 4,000 troops were in place.", "NATO Review")]
    // A person's affiliation that runs into another clause does not make the verb theirs.
    [InlineData("Troops guarded Anna Berg of the defence agency, which said 400 soldiers were deployed.", "Anna Berg")]
    // A known name matched in lower case inside a longer name is that name's tail ("El Mundo" in "Voces por el Mundo").
    [InlineData("About 500 troops have arrived, a deserter told the Madrid-based outlet Voces por el Mundo.", "El Mundo")]
    public void Does_not_name(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Fact]
    public void The_body_a_person_works_for_is_no_voice_beside_them()
    {
        var mentions = Mentions("Yusuf Demir of the Turkish Defence Ministry said 600 soldiers were on the way.");
        Assert.Contains(mentions, m => m.Source == "Yusuf Demir");
        Assert.DoesNotContain(mentions, m => m.Source.Contains("Ministry", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlet_a_person_works_for_stays_a_voice() =>
        Assert.Contains(Mentions("Kofi Mensah of Reuters said 200 soldiers had crossed at dawn."), m => m.Source == "Reuters");

    [Theory]
    // A headline's surname before a colon is the person the story names in full below.
    [InlineData("Okafor: 2,000 more troops head north\n\nDefence minister Paul Okafor said on Monday the army would send 2,000 more troops to the border.", "Paul Okafor")]
    // A person cited without a title, then named by surname.
    [InlineData("Troops on the move\n\nTomas Varga, 54, said the unit was ready. Varga added that 300 soldiers had arrived.", "Tomas Varga")]
    // An honorific written without a stop opens no name of its own ("Mr Varga" is the mayor named before).
    [InlineData("Town on edge\n\nMayor Tomas Varga said the town was calm. Mr Varga added that 300 soldiers had arrived.", "Tomas Varga")]
    // Family name first: a known person named by it after.
    [InlineData("Leader greets sappers\n\nKim Jong Un received the returning regiment on Friday. Kim told the sappers that nine of them had died.", "Kim Jong Un")]
    public void Names_a_person_by_surname(string document, string person)
    {
        var mentions = Extractor.Default.Extract(CorpusLoader.FromText(document, "t")).SourceMentions;
        var surname = person.Split(' ')[person.Contains("Kim", StringComparison.Ordinal) ? 0 : ^1];
        Assert.Contains(mentions, m => m.Source == person && m.Surface == surname);
    }

    [Theory]
    // No one in the story of that surname: the headline's word is a topic, not a speaker.
    [InlineData("Analysis: 2,000 more troops head north\n\nDefence minister Paul Okafor said on Monday the army would send 2,000 more troops.", "Analysis")]
    // A capitalised run a verb cites, whose words are not all a name's, is not learned by its last word.
    [InlineData("Rising tensions\n\nThe 2nd Brigade Group said 300 soldiers left. Group members then crossed the river.", "Group")]
    public void Does_not_name_by_surname(string document, string word)
    {
        var mentions = Extractor.Default.Extract(CorpusLoader.FromText(document, "t")).SourceMentions;
        Assert.DoesNotContain(mentions, m => m.Surface == word);
    }
}
