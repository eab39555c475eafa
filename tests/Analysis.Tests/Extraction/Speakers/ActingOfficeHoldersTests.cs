namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A titled person who acts for their office (decides, asks, requests, proposes, gives, lists: acting_verbs)
/// is a source of the sentence, though no verb of speech cites them; an untitled name before the same verb is not, nor a titled
/// person who orders troops about (an order moves them, it claims nothing) or only meets or visits.
/// </summary>
public class ActingOfficeHoldersTests
{
    [Theory]
    [InlineData("The ambassador, Karl Mendes, decided on Friday to evacuate about 600 foreign nationals from the capital.", "Karl Mendes")]
    [InlineData("Gen. Tomas Varga asked in March for at least 3,000 more troops.", "Tomas Varga")]
    [InlineData("Latvia's parliament speaker, Ilze Berzina, nullified the vote to allow the basing of 4,000 foreign troops.", "Ilze Berzina")]
    [InlineData("Defense Minister Anna Kowalski has requested 1,200 more soldiers for the border mission.", "Anna Kowalski")]
    [InlineData("President Rui Carvalho gave lawmakers a figure of 2,500 troops on Wednesday.", "Rui Carvalho")]
    public void A_titled_person_acting_for_their_office_is_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // No title: a name alone before the verb is no office's voice.
    [InlineData("Karl Mendes decided on Friday to evacuate about 600 foreign nationals from the capital.", "Karl Mendes")]
    // An order moves troops; it claims no figure.
    [InlineData("Defense Minister Anna Kowalski ordered 1,200 more soldiers to the border.", "Anna Kowalski")]
    // A verb of presence, not of deciding or putting.
    [InlineData("Gen. Tomas Varga visited the 3,000 troops at the base in March.", "Tomas Varga")]
    // Inside what another says: the speaker's figure.
    [InlineData("The minister said Gen. Tomas Varga had asked for at least 3,000 more troops.", "Tomas Varga")]
    public void A_person_who_does_not_act_for_an_office_is_no_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
