namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bodies by the names copy gives them: a ministry's short form ("MoD", "MEA") and India's "Ministry of External Affairs"
/// (its foreign ministry), a service's head named by the service ("Venezuela's navy commander", "Iran's navy chief") and a
/// body's head named by an office with no holder ("the head of Uganda's military said"): the body speaks. Each both ways:
/// a holder named beside the office speaks himself, and a head of a group of people ("the commander of US ground forces")
/// is no body's voice. And a U.S. administration by its president's name ("the Trump administration said") and a country's
/// mission abroad with its place ("the Nepali embassy in Moscow"), as the DevSet header names them.
/// </summary>
public class BodyShortFormsAndHeadsTests
{
    [Theory]
    // A ministry's short form, with its country before it or in a headline's speaker.
    [InlineData("About 4,000 soldiers were moved to the border, the Russian MoD said on Friday.", "Russian Defense Ministry")]
    [InlineData("About 900 soldiers will leave for Estonia in spring, Britain's MoD said.", "British Defense Ministry")]
    [InlineData("About 900 soldiers will leave for Estonia in spring, the UK MoD said.", "British Defense Ministry")]
    [InlineData("Some 600 troops were sent to the border, India's Ministry of External Affairs said.", "Indian Foreign Ministry")]
    [InlineData("Some 600 troops were sent to the border, India's MEA said.", "Indian Foreign Ministry")]
    // Nepal's bodies by its first adjective.
    [InlineData("At least 12 Nepali men were killed fighting for Russia, Nepal's Ministry of Foreign Affairs said.", "Nepali Foreign Ministry")]
    // A service's head with no holder named speaks for the service.
    [InlineData("Some 15,000 soldiers were sent to the border, Venezuela's navy commander said.", "Venezuelan Navy")]
    [InlineData("About 2,000 sailors will take part in the drill, Iran's navy chief said.", "Iranian Navy")]
    [InlineData("Some 300 airmen were sent to the base, Pakistan's air force chief said.", "Pakistani Air Force")]
    // A body's head named by the office alone.
    [InlineData("Some 3,000 soldiers were sent north, the head of Uganda's military said.", "Ugandan military")]
    [InlineData("About 1,500 soldiers moved south of the river, the commander of the Lebanese army said.", "Lebanese Army")]
    [InlineData("About 1,000 North Korean soldiers arrived in Kursk, according to the head of Ukraine's military intelligence.", "Ukrainian military intelligence")]
    // An administration by its president's name; a country's mission abroad with its place.
    [InlineData("The Trump administration said it would send 2,000 more soldiers to the southern border.", "Trump administration")]
    [InlineData("About 700 Marines will stay in the city, the Obama administration announced on Monday.", "Obama administration")]
    [InlineData("Some 300 Nepali men are fighting for Russia, the Nepali embassy in Moscow said.", "Nepali embassy in Moscow")]
    [InlineData("About 200 soldiers arrived for the exercise, the U.S. Embassy in Georgetown said.", "U.S. embassy in Georgetown")]
    [InlineData("The first 150 Rwandan soldiers will land on Saturday, the Dutch embassy said.", "Dutch embassy")]
    // A country's rulers are its state; a regional government by its own name.
    [InlineData("Some 1,000 French troops must leave by September, Niger's military rulers said.", "Niger")]
    [InlineData("Some 1,000 French troops must leave by September, the Malian junta said.", "Mali")]
    [InlineData("Some 2,000 soldiers were moved to the town, Tigray's interim administration said.", "Tigray Interim Administration")]
    // Ukraine's border service by any of its names.
    [InlineData("Some 3,000 Russian soldiers remain in Belarus, Ukraine's border guard service said.", "Ukrainian State Border Guard Service")]
    [InlineData("Some 3,000 Russian soldiers remain in Belarus, according to the DPSU.", "Ukrainian State Border Guard Service")]
    public void Is_the_voice(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    // An outlet's camel-case name is not read as a ministry, nor a ministry's short form as an outlet.
    [InlineData("About 4,000 soldiers were moved to the border, the Russian MoD said on Friday.", "Russian MoD")]
    // A holder named beside the office speaks himself, not the body.
    [InlineData("Some 1,000 North Korean soldiers arrived in Kursk, the head of Ukraine's military intelligence, Kyrylo Budanov, said.", "Ukrainian military intelligence")]
    [InlineData("Kyrylo Budanov, the head of Ukraine's military intelligence, said 1,000 North Korean soldiers arrived in Kursk.", "Ukrainian military intelligence")]
    [InlineData("Some 15,000 soldiers were sent to the border, Venezuela's navy commander, Adm. Ivan Petrov, said.", "Venezuelan Navy")]
    // The head of a group of people is a person's office, not a body's voice.
    [InlineData("Russia's drills probably involved more than 40,000 troops, the commander of US ground forces in Europe said.", "U.S. forces")]
    // A service's head read as a group of commanders.
    [InlineData("Some 15,000 soldiers were sent to the border, Venezuela's navy commander said.", "Venezuelan Navy commanders")]
    // The place of a mission abroad is no voice, and its embassy keeps the place.
    [InlineData("The Chinese embassy in Kyiv said 300 Chinese citizens were fighting for Russia.", "Ukraine")]
    [InlineData("The Chinese embassy in Kyiv said 300 Chinese citizens were fighting for Russia.", "Chinese embassy")]
    // The capitalised words of an unknown name inside a job title are no body.
    [InlineData("No date has been set, the head of U.S. Air Forces in Europe said about the 12,000 troops.", "Air Forces")]
    // A regional capital that is only a place is no voice.
    [InlineData("Federal troops marched 7,000 prisoners to Mekelle on Tuesday, the army said.", "Tigray Interim Administration")]
    [InlineData("Some 1,000 French troops must leave by September, Niger's military rulers said.", "Nigerien military rulers")]
    // Another country's border service is not Ukraine's.
    [InlineData("Eight soldiers of the State Border Service were killed in the clashes, the Azerbaijani Defense Ministry said.", "Ukrainian State Border Guard Service")]
    public void Is_not_the_voice(string text, string voice) =>
        Assert.DoesNotContain(Counts(text), c => c.AttributedTo == voice);
}
