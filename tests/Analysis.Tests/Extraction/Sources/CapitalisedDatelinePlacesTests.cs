namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A dateline's place in capitals may open with a title's word ("PRINCE SULTAN AIR BASE, Saudi Arabia (Wall Street Journal) -",
/// "GENERAL SANTOS CITY --"): a place, not a titled person, so that no "he" later in the story stands for it and the person
/// the story is about keeps the pronoun. Near misses: a prince by name in running text stays a person. The sentences are ours,
/// in the shapes of WSJ, AP and SunStar datelines.
/// </summary>
public class CapitalisedDatelinePlacesTests
{
    [Theory]
    [InlineData("Development passage\n\nPRINCE SULTAN AIR BASE, Saudi Arabia (Wall Street Journal) - Defense Secretary Mark Esper toured a missile battery here on Tuesday. Standing near the launchers, he said about 3,000 U.S. troops would serve at the base.", "SULTAN AIR BASE")]
    [InlineData("Development passage\n\nGENERAL SANTOS CITY -- About 300 soldiers arrived on Monday, the army said. He added that more would come.", "SANTOS CITY")]
    public void The_place_is_no_person(string document, string place) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source.Contains(place, StringComparison.Ordinal));

    [Fact]
    public void The_person_the_story_is_about_keeps_the_pronoun() =>
        Assert.Contains(DocumentMentions("Development passage\n\nPRINCE SULTAN AIR BASE, Saudi Arabia (Wall Street Journal) - Defense Secretary Mark Esper toured a missile battery here on Tuesday. Standing near the launchers, he said about 3,000 U.S. troops would serve at the base."),
            m => m.Source == "Mark Esper");

    [Theory]
    // Near miss: a prince named in running text.
    [InlineData("Development passage\n\nPrince Sultan bin Salman said 3,000 U.S. troops would come to the base.", "Sultan bin Salman")]
    public void A_prince_by_name_is_a_person(string document, string person) =>
        Assert.Contains(DocumentMentions(document), m => m.Source == person);
}
