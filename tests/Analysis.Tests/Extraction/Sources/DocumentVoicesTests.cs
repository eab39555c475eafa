namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Voices named by description or without their country, named from the document (issue 14): the dateline's
/// country for "the Army said" and "government sources", a country named right before an unnamed voice, ranks dropped from
/// names, live-blog time zones, rarer speech verbs, people familiar with a matter, an outlet by its short name; and the
/// negated or hearsay shapes where no one speaks. Each rule with the shapes where it must not fire.
/// </summary>
public class DocumentVoicesTests
{
    [Theory]
    // A service or unnamed government voice with no country takes the dateline's.
    [InlineData("NEW DELHI, May 4 (PTI) - Roughly 6,000 more soldiers were moved up to the passes, the Army said on Sunday.", "Indian Army")]
    [InlineData("SRINAGAR - Some 1,200 troops reached the valley overnight. According to the Army, more are on the way.", "Indian Army")]
    [InlineData("JERUSALEM (Reuters) - About 60,000 reservists got call-up orders this week, the military said on Friday.", "Israeli military")]
    [InlineData("NEW DELHI (PTI) - Pakistani troop strength near the line has doubled to about 20,000, government sources said.", "Indian government sources")]
    [InlineData("WASHINGTON (AP) - The Pentagon will send 1,500 more troops to the border, defense officials said.", "U.S. defense officials")]
    // A country named right before the voice is its own, a noun or an adjective.
    [InlineData("A Kosovo government official said 4,000 Serbian soldiers were still near the boundary.", "Kosovar officials")]
    [InlineData("About 900 Ethiopian troops crossed, an Eritrean government source said.", "Eritrean government sources")]
    // A military voice with no country takes that of the state body its sentence names before it.
    [InlineData("The Pentagon is weighing a move of some 4,500 troops to Guam, defense officials said.", "U.S. defense officials")]
    // A rank after the title is not part of the name.
    [InlineData("Army chief General Manoj Pande said 50,000 soldiers were deployed along the front.", "Manoj Pande")]
    [InlineData("IDF spokesman Rear Admiral Daniel Hagari said 300,000 reservists had been called up.", "Daniel Hagari")]
    // Rarer and translated speech verbs.
    [InlineData("Belgrade will cut its forces to 4,000 servicemen, President Aleksandar Vucic assured in a conversation with the paper.", "Aleksandar Vucic")]
    [InlineData("The prime minister Benjamin Netanyahu affirmed in the north that 350,000 reservists were ready.", "Benjamin Netanyahu")]
    [InlineData("The governor, JB Pritzker, denounced that 300 members of the Guard had been federalized.", "JB Pritzker")]
    [InlineData("Chancellor Olaf Scholz reiterated that 35,000 U.S. soldiers were welcome to stay.", "Olaf Scholz")]
    // People who know something, named as the text names them.
    [InlineData("The paper said 750 more troops would arrive, citing several people familiar with the planning.", "people familiar with the planning")]
    [InlineData("About 200 troops will go, according to persons familiar with the matter.", "people familiar with the matter")]
    // A country's service by its proper name, however the copy spells the country.
    [InlineData("Several thousand sailors are aboard, the US Navy said on Friday.", "U.S. Navy")]
    [InlineData("Several thousand sailors are aboard, as the U.S. Navy communicated.", "U.S. Navy")]
    [InlineData("Roughly 4,000 soldiers of the brigade arrived, the American Army said.", "U.S. Army")]
    [InlineData("Some 800 soldiers were flown in, US Army officials said.", "U.S. Army officials")]
    // Reports or estimates that open a sentence and speak, named as the text names them, after a live blog's time stamp too.
    [InlineData("Reports say around 100 soldiers were hurt in the brawl at the outpost.", "reports")]
    [InlineData("Live updates\n\n22:15 IST Reports say around 100 soldiers were hurt in the brawl.", "reports")]
    [InlineData("Estimates put the brigade at roughly 4,000 men.", "estimates")]
    // A body "of" its country in translated copy is the country's body the gazetteer knows.
    [InlineData("Some 200 soldiers arrived at the installation, reported the Northern Command of the United States.", "U.S. Northern Command")]
    [InlineData("Some 200 soldiers arrived at the base, according to the Southern Command of the United States.", "U.S. Southern Command")]
    // A governor by surname after the first mention with a short title.
    [InlineData("Gov. Gavin Newsom opposed the move. Only 300 of the 2,000 were deployed in the city, Newsom said.", "Gavin Newsom")]
    public void Names_the_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A rank stays off the name; a time zone opens no name.
    [InlineData("Army chief General Manoj Pande said 50,000 soldiers were deployed along the front.", "General Manoj Pande")]
    [InlineData("Live updates\n\n09:15 IST Reports say 200 soldiers were moved overnight.", "IST Reports")]
    [InlineData("Live updates\n\n10:05 ET Officials say 700 Marines are on the way.", "ET Officials")]
    // A voice of another trade with no country in its sentence stays as the text names it.
    [InlineData("SEOUL (Yonhap) - About 28,500 U.S. troops are stationed here, diplomatic sources said.", "South Korean diplomatic sources")]
    // The troops' owner is not the voice's country where the dateline says whose press it is.
    [InlineData("NEW DELHI (PTI) - Pakistani troop strength near the line has doubled to about 20,000, government sources said.", "Pakistani sources")]
    // Not the country of a body the voice speaks about after it.
    [InlineData("A military source said several hundred Wagner fighters had left the country.", "Russian military sources")]
    // A name the text says did not speak, or of whom only hearsay is told.
    [InlineData("Chinese losses, put at 43 by one news agency, have not been confirmed by Beijing.", "China")]
    [InlineData("China has not disclosed the number of its soldiers killed, about 40 by some estimates.", "China")]
    [InlineData("Moscow has never confirmed that 3,000 of its soldiers died in the region.", "Russia")]
    [InlineData("The Chinese forces said to have left number about 10,000.", "Chinese forces")]
    // Reports that are only read or denied do not speak.
    [InlineData("He read reports about 300 soldiers before the meeting.", "reports")]
    [InlineData("Reports that 3,000 soldiers had died were denied by the ministry.", "reports")]
    // A verb that also takes a thing speaks only before "that".
    [InlineData("Israel declared a state of war and called up 300,000 reservists.", "Israel")]
    [InlineData("Washington maintained 28,500 troops in the country throughout the talks.", "United States")]
    // A service that is only mentioned, or the group of its officials, is not the service's voice.
    [InlineData("The U.S. Army's 1st Division sent 4,000 soldiers to the region last spring.", "U.S. Army")]
    [InlineData("Some 800 soldiers were flown in, US Army officials said.", "U.S. Army")]
    // An organisation inside a job title, after a country's initials.
    [InlineData("No date has been set, the head of U.S. Air Forces in Europe said about the 12,000 troops.", "Air Forces")]
    [InlineData("No date has been set, the head of U.S. Air Forces in Europe said about the 12,000 troops.", "U.S. Air Forces")]
    // A name "of" a country that the gazetteer does not know as that country's body keeps its words.
    [InlineData("Some 200 soldiers arrived, said the Chief of Staff of the United States.", "U.S. Chief of Staff")]
    // An organisation inside a job title whose holder's rank follows it.
    [InlineData("Statement by Pentagon Chief Spokesman Tom Allard: fewer than 900 troops will remain.", "Pentagon")]
    public void Does_not_name(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // The negation rules leave speakers alone: a speaker who speaks, and one who speaks to someone.
    [InlineData("Moscow has never confirmed the losses, but Kyiv said 3,000 Russian soldiers died.", "Ukraine")]
    [InlineData("Beijing has confirmed that four of its soldiers died in the clash.", "China")]
    [InlineData("Lieutenant General Ivan Petrenko said to reporters that 2,000 troops were sent.", "Ivan Petrenko")]
    public void Leaves_speakers_alone(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
