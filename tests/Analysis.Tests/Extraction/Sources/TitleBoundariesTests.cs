namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Where a titled person's name starts and ends: an office named with its complement ("the Minister of Defence, X,", "Minister
/// of Foreign Affairs X", "President of Ruritania X") is the holder's title, not a voice of its own; a sentence-opening "The"
/// sets the title beside its holder as "the" does; a person named inside another's job title ("a spokeswoman for President X")
/// is no voice; an Arabic surname keeps the article a hyphen glues to it ("al-Burhan") and is named after without it ("Burhan").
/// Each rule with its traps.
/// </summary>
public class TitleBoundariesTests
{
    [Theory]
    // The office runs on past "of": the holder after it speaks.
    [InlineData("The Minister of Defence, Paolo Ferrante, said that 1,100 soldiers would stay in the mission.", "Paolo Ferrante")]
    [InlineData("The minister of Defence Paolo Ferrante has repeated that 1,100 soldiers would stay in the mission.", "Paolo Ferrante")]
    [InlineData("Minister of Foreign Affairs Ana Maria Soler said the country would keep 600 troops there.", "Ana Maria Soler")]
    [InlineData("The Secretary of Defense, Dan Whitlock, said 1,800 more troops would deploy in spring.", "Dan Whitlock")]
    [InlineData("The Minister of Defence of the Russian Federation, General of the Army Oleg Sidorin, reported that 250,000 reservists would be called.", "Oleg Sidorin")]
    [InlineData("President of Ukraine Taras Melnyk said some 9,000 troops had been moved to the north.", "Taras Melnyk")]
    // A sentence that opens with "The" before the apposed title: the holder, not the office's ministry.
    [InlineData("The defence minister, Paolo Ferrante, said that 1,100 Italian soldiers would stay in Lebanon.", "Paolo Ferrante")]
    // A person named with their own title inside another's job title: the holder of the job speaks.
    [InlineData("Irina Bondar, a spokeswoman for President Taras Melnyk, said that some 70,000 troops were near the border.", "Irina Bondar")]
    [InlineData("Karim Haddad, an adviser to Prime Minister Nabil Mansour, said 1,500 foreign troops would leave by June.", "Karim Haddad")]
    // An Arabic surname with its glued article, titled or not, and named after by the surname alone.
    [InlineData("Army chief Gen. Faisal Abdel Karim al-Tayeb said 8,000 fighters had been killed.", "Faisal Abdel Karim al-Tayeb")]
    [InlineData("Yasser al-Rashidi said 2,000 troops could be based near the port.", "Yasser al-Rashidi")]
    [InlineData("Gen. Faisal al-Tayeb visited the front on Monday. Tayeb said 8,000 fighters had been killed.", "Faisal al-Tayeb")]
    [InlineData("Gen. Faisal al-Tayeb visited the front on Monday. Al-Tayeb said 8,000 fighters had been killed.", "Faisal al-Tayeb")]
    public void The_holder_is_the_voice(string text, string voice) =>
        Assert.Contains(DocumentCounts(text), c => c.AttributedTo == voice);

    [Theory]
    // The office itself is no voice when its holder is named beside it.
    [InlineData("The Minister of Defence, Paolo Ferrante, said that 1,100 soldiers would stay in the mission.", "Minister of Defence")]
    [InlineData("The Secretary of Defense, Dan Whitlock, said 1,800 more troops would deploy in spring.", "Secretary of Defense")]
    [InlineData("The defence minister, Paolo Ferrante, said that 1,100 Italian soldiers would stay in Lebanon.", "Italian Defense Ministry")]
    // The employer named inside the spokesperson's title does not speak.
    [InlineData("Irina Bondar, a spokeswoman for President Taras Melnyk, said that some 70,000 troops were near the border.", "Taras Melnyk")]
    [InlineData("Karim Haddad, an adviser to Prime Minister Nabil Mansour, said 1,500 foreign troops would leave by June.", "Nabil Mansour")]
    public void The_title_is_no_voice(string text, string voice) =>
        Assert.DoesNotContain(DocumentCounts(text), c => c.AttributedTo == voice);

    [Theory]
    // Traps: a titled person named for no one else still speaks for himself.
    [InlineData("President Taras Melnyk said that some 70,000 troops were near the border.", "Taras Melnyk")]
    [InlineData("Prime Minister Nabil Mansour said 1,500 foreign troops would leave by June.", "Nabil Mansour")]
    public void A_titled_speaker_keeps_the_voice(string text, string voice) =>
        Assert.Contains(DocumentCounts(text), c => c.AttributedTo == voice);

    [Fact]
    public void A_body_that_opens_a_persons_apposed_title_is_no_voice_beside_them()
    {
        var mentions = Mentions("Lt. Gen. Kyrylo Budanov, Ukraine's military intelligence chief, said 11,000 North Korean soldiers are in Kursk.");
        Assert.Contains(mentions, m => m.Source == "Kyrylo Budanov");
        Assert.DoesNotContain(mentions, m => m.Source == "Ukrainian military intelligence");
        // Not a body that speaks after a person's name set off by a comma without a title after it.
        Assert.Contains(Mentions("Kyrylo Budanov, Ukraine's military intelligence said, put the number at 11,000 soldiers."),
            m => m.Source == "Ukrainian military intelligence");
    }

    [Theory]
    // A credit line that says the story was written with an outlet credits the outlet by its name.
    [InlineData("About 1,500 soldiers arrived in the port on Monday, officials said. — With AFP", "AFP")]
    [InlineData("About 1,500 soldiers arrived in the port on Monday, officials said. (With Reuters)", "Reuters")]
    public void A_credit_with_an_outlet_names_it(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("About 1,500 soldiers arrived in the port on Monday, officials said. — With AFP", "With AFP")]
    // "With agencies" names no outlet.
    [InlineData("About 1,500 soldiers arrived in the port on Monday, officials said. — With agencies", "agencies")]
    // A lower-case word a hyphen glues to a capital that is no article joins no name; an office with no holder named is no person.
    [InlineData("Ahmed pre-Ramadan talks said little; officials said 2,000 troops had left.", "Ahmed pre-Ramadan")]
    [InlineData("The Minister of Defence of the Russian Federation said 300,000 reservists would be called up.", "Minister of Defence of the Russian Federation")]
    public void No_person_is_made_up(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
