namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The source conventions of DevSet.Reporting.json's header (issue 14): a command or service by its
/// country's name, people joined by "and" as two sources, the armed forces as the country's military, the media a speaker
/// talks to as no source; each with the shapes where the rule must not fire.
/// </summary>
public class SourceConventionsTests
{
    [Theory]
    // A U.S. command however the copy spells it.
    [InlineData("Some 12,000 sailors and Marines are now in the region, US Southern Command said on Friday.", "U.S. Southern Command")]
    [InlineData("Some 12,000 sailors and Marines are now in the region, Southern Command said on Friday.", "U.S. Southern Command")]
    [InlineData("About 2,500 troops remain in Iraq, according to CENTCOM.", "U.S. Central Command")]
    // A gazetteer name in another case is still that name.
    [InlineData("British defence intelligence put the number of the wounded above 5,000.", "British Defence Intelligence")]
    // Names after one title are cited together, the second as the first is.
    [InlineData("Some 2,500 soldiers were sent, according to lawmakers Han Min-ho and Yoo Jae-sung.", "Yoo Jae-sung")]
    [InlineData("Some 2,500 soldiers were sent, according to Reps. Han Min-ho and Yoo Jae-sung, who sit on the committee.", "Han Min-ho")]
    [InlineData("Some 2,500 soldiers were sent, according to Reps. Han Min-ho and Yoo Jae-sung, who sit on the committee.", "Yoo Jae-sung")]
    [InlineData("Altogether 9,000 soldiers went in two waves, the deputies Han Min-ho and Yoo Jae-sung told the press.", "Yoo Jae-sung")]
    // The armed forces speak as the country's military.
    [InlineData("About 300 soldiers left the northern base, the Nigerien armed forces said.", "Nigerien military")]
    // An outlet whose name holds another's is the longer name.
    [InlineData("Guardian Media understands that 150 Marines are in the country.", "Guardian Media")]
    [InlineData("Around 1,800 fighters joined, an investigation by Important Stories found.", "IStories")]
    // Unnamed officials of a state body by its country and trade; of a body of no country by its name.
    [InlineData("Roughly 1,200 troops will stay at two bases, three senior Pentagon officials told the paper.", "U.S. defense officials")]
    [InlineData("Some 800 advisers remain in the country, CIA officials said.", "U.S. intelligence officials")]
    [InlineData("Some 800 advisers remain in the country, Kremlin officials said.", "Russian officials")]
    [InlineData("Some 800 advisers remain in the country, NATO officials said.", "NATO officials")]
    // Unnamed officials of a military trade in a sentence with no one country take the state voice's the document cited last.
    [InlineData("U.S. Southern Command said 10,000 troops were in the region. The ships are bound for the coast, citing defense officials.", "U.S. defense officials")]
    // Generic estimates, reports and voices cited for a claim, named as the text names them.
    [InlineData("Some 9,000 marines are on the ships, according to media reports.", "media reports")]
    [InlineData("Western estimates put the brigade at roughly 4,000 men.", "Western estimates")]
    [InlineData("According to estimates, the country sent 3,000 to 4,000 soldiers to the front.", "estimates")]
    [InlineData("The militia has perhaps 50,000 active members, not the million announced, specialists estimate.", "specialists")]
    // An organisation's press service speaks for it; a speaker stressed with "itself" still speaks.
    [InlineData("The Kremlin press service said 1,200 soldiers had been decorated.", "Kremlin")]
    [InlineData("Pyongyang itself has acknowledged only 120 dead.", "North Korea")]
    [InlineData("About 8,000 soldiers are in the region, the intelligence chief Ivan Hrytsenko told The Japan Times.", "The Japan Times")]
    // An organisation that only opens a title is not cited, but it is where it speaks itself.
    [InlineData("About 2,000 troops will stay, the Pentagon said, citing spokesman Tom Allard.", "Pentagon")]
    // Unidentified officials an outlet cites are sources, as unnamed and anonymous ones are.
    [InlineData("The network said 700 troops would leave by spring, citing unidentified U.S. officials.", "U.S. officials")]
    // A capital or country that rejects a claim speaks, by the country's name.
    [InlineData("Beijing rejected the claims that 300 of its citizens were fighting, saying they had gone on their own.", "China")]
    // A refusal of something said speaks: reports, an account, a suggestion that states a figure.
    [InlineData("Moscow denied reports that 3,000 of the soldiers had been killed near the border.", "Russia")]
    [InlineData("Warsaw dismissed as fabricated the allegations that 400 of its soldiers had crossed.", "Poland")]
    [InlineData("Kyiv rejected the suggestion that 2,000 of its soldiers had deserted.", "Ukraine")]
    // An outlet named "The" and an everyday word, where the text cites it.
    [InlineData("The Economist noted that 12,000 soldiers had been sent.", "The Economist")]
    [InlineData("The Hill reported that 2,000 troops would leave the base.", "The Hill")]
    [InlineData("Some 4,000 soldiers were paid, according to the Economist.", "The Economist")]
    [InlineData("About 3,000 soldiers were wounded, The Times said on Monday.", "The Times")]
    // Any title a capital "The" opens after a citing word, a clause after it; a web address signed in capitals.
    [InlineData("A spokeswoman told The Meridian on Tuesday that 10,000 peacekeepers remained.", "The Meridian")]
    [InlineData("Some 2,600 fighters are in the country, according to a report by The Lantern.", "The Lantern")]
    [InlineData("A military source told The Hill the number of prisoners could be 2,000.", "The Hill")]
    [InlineData("Some 4,500 troops could be withdrawn, Pravdorub.NET reports.", "Pravdorub.NET")]
    // People set beside their title: a participle right after the name, an article before the name's own title in
    // translated copy, a role noun set off by commas; a deputy before a longer title still belongs to it.
    [InlineData("Beijing said 300 of its citizens had left, with foreign ministry spokesman Lin Jian saying they went alone.", "Lin Jian")]
    [InlineData("About 1,500 soldiers were sent, according to the spokesman of the Pentagon, the general Pat Ryder.", "Pat Ryder")]
    [InlineData("His deputy, Vadym Skibitsky, said 11,000 soldiers were in Kursk.", "Vadym Skibitsky")]
    [InlineData("The agency's deputy head, Vadym Skibitsky, said 12,000 soldiers were in Kursk.", "Vadym Skibitsky")]
    [InlineData("About 10,000 soldiers are in the east, Deputy Pentagon Press Secretary Sabrina Singh told reporters.", "Sabrina Singh")]
    // A verb that names what was said by a word of its own speaks for something said; a denial said with force still speaks.
    [InlineData("Pyongyang calls the claims of 3,000 dead soldiers groundless.", "North Korea")]
    [InlineData("The Kremlin spokesman, Yuri Sobolev, called the reports of 8,000 troops in Kursk \"a fabrication\".", "Yuri Sobolev")]
    [InlineData("Minsk has labelled the publications about 4,000 fighters on its soil far-fetched.", "Belarus")]
    [InlineData("Beijing on Tuesday vehemently refuted reports that 200 of its soldiers had joined the war.", "China")]
    public void Names_the_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The media a speaker talks to are the audience.
    [InlineData("The president told French media that 400 soldiers would leave by June.", "French media")]
    [InlineData("About 9,000 soldiers were sent, the lawmakers told South Korean media afterwards.", "South Korean media")]
    // One person, not the two joined as one name.
    [InlineData("Altogether 9,000 soldiers went in two waves, the deputies Han Min-ho and Yoo Jae-sung told the press.", "Han Min-ho and Yoo Jae-sung")]
    // The longer outlet's name is not the shorter one's.
    [InlineData("Guardian Media understands that 150 Marines are in the country.", "The Guardian")]
    // "Reps." does not end the sentence: the names after it are not read as a sentence's unknown subject.
    [InlineData("Some 2,500 soldiers died, Reps. Han Min-ho and Yoo Jae-sung said.", "Han Min-ho and Yoo Jae-sung")]
    // A deputy before a title is part of that title, not a title of its own.
    [InlineData("About 10,000 soldiers are in the east, Deputy Pentagon Press Secretary Sabrina Singh told reporters.", "Pentagon Press Secretary Sabrina Singh")]
    // The group's name is its country's, not the body's with a noun after it.
    [InlineData("Roughly 1,200 troops will stay at two bases, three senior Pentagon officials told the paper.", "Pentagon officials")]
    // A place is no owner, and an owner of troops is not the speaker's country when no state voice was cited before.
    [InlineData("About 900 troops are in Iraq, according to two defense officials.", "Iraqi defense officials")]
    [InlineData("North Korean troops are fighting in Kursk. About 900 of them were wounded, according to defense officials.", "North Korean defense officials")]
    // Reports that are the subject of a claim, not its source; a capitalised word that is no modifier of a document.
    [InlineData("Reports that 3,000 soldiers had crossed the border first surfaced in October.", "Reports")]
    [InlineData("The ministry denied the reports of 3,000 casualties.", "reports")]
    [InlineData("Western governments have sent 2,000 advisers, the paper said.", "Western governments")]
    // Owned reports speak as their owner, not as the generic noun.
    [InlineData("At least 40 recruits were killed, according to Ukrainian media reports.", "media reports")]
    // An organisation inside the job title of a person named right after it.
    [InlineData("Some 9,000 soldiers are in the region, Ukraine's intelligence chief Ivan Hrytsenko told reporters.", "Ukrainian military intelligence")]
    [InlineData("About 2,000 troops will stay, Pentagon spokesman Tom Allard said.", "Pentagon")]
    [InlineData("Statement by Pentagon Chief Spokesman Tom Allard: fewer than 900 troops will remain.", "Pentagon")]
    // A body no list knows that rejects a plan is not read as a speaker.
    [InlineData("Parliament rejected a government plan to send 2,000 troops to the border.", "Parliament")]
    // A state that refuses something asked of it cites no figure: a request, an appeal, a plan, its owner named or not.
    [InlineData("Germany rejected a request to send 2,000 troops to Lithuania.", "Germany")]
    [InlineData("Poland denied a request to deploy 500 soldiers to the border.", "Poland")]
    [InlineData("The Netherlands rejected a British request to send 150 more soldiers to the Gulf.", "Netherlands")]
    [InlineData("The Pentagon denied the mayor's second request to activate 150 Guard troops.", "Pentagon")]
    [InlineData("Seoul has rejected Washington's proposals for 4,000 more troops on the peninsula.", "South Korea")]
    // The everyday word, or the outlet's name not cited or inside a longer name.
    [InlineData("An economist said 3,000 soldiers had been paid too little.", "The Economist")]
    [InlineData("Some 600 soldiers were paid, the economist said.", "The Economist")]
    [InlineData("About 600 soldiers are dug in there, the hill overlooking the road.", "The Hill")]
    [InlineData("The Hill was quiet as 300 soldiers marched past.", "The Hill")]
    [InlineData("About 700 soldiers are there, the paper said, citing The Times of India.", "The Times")]
    [InlineData("The Times Square rally drew 3,000 veterans, organisers said.", "The Times")]
    [InlineData("The army sent 300 soldiers to The Hague, officials said.", "The Hague")]
    [InlineData("About 300 soldiers were flown to The Gambia, the army said.", "The Gambia")]
    // A participle after a comma is the main clause's, not the name's before it; a role noun before a name is no title.
    [InlineData("Poland will send 500 officers to its border with Belarus, the minister wrote on Sunday, saying 2,000 soldiers were there.", "Belarus")]
    [InlineData("His deputy, Vadym Skibitsky, arrived with 300 soldiers on Monday.", "Vadym Skibitsky")]
    [InlineData("About 400 soldiers were sent, deputy Anna Kovalenko's office said.", "Anna Kovalenko")]
    // The same verbs for a thing or an act say nothing: a call-up, a call for troops, a deployment branded a threat.
    [InlineData("Moscow called up 300,000 reservists in the autumn.", "Russia")]
    [InlineData("Vilnius called for 3,000 more allied troops on its soil.", "Lithuania")]
    [InlineData("Warsaw branded the arrival of 1,500 mercenaries a provocation.", "Poland")]
    [InlineData("Tokyo termed the dispatch of 600 engineers a humanitarian mission.", "Japan")]
    public void Does_not_name(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // Media that speak are a source ("according to Ukrainian media reports"); only the audience is not.
    [InlineData("At least 40 recruits were killed, according to Ukrainian media reports.", "Ukrainian media")]
    // An outlet told something still is one.
    [InlineData("The president told Reuters that 400 soldiers would leave by June.", "Reuters")]
    public void The_audience_rule_leaves_speakers_alone(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
