namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Sources misnamed in real reporting: a credit line's initials are
/// the agency's full name (CNA, AAP); a body name several states use ("Ministry of National Defense") is the country's whose possessive
/// stands before it, and "National Defense Ministry" is a defense ministry of the passage's country; an unnamed defense official with no
/// country in the passage is a U.S. one (the annotation's convention), never where the passage gives one; a titled person
/// is named without middle initial, generation or a rank cut off by its stop; a holder in apposition owns the office's
/// owner and modifiers ("Eritrea's information minister, X,": X only).
/// </summary>
public class CreditInitialsAndSharedBodyNamesTests
{
    [Theory]
    [InlineData("TAIPEI, June 2 (CNA) - About 500 American trainers are in the country, a lawmaker said.", "Central News Agency")]
    [InlineData("DARWIN, Australia (AAP) - Some 2,500 U.S. Marines arrived for the rotation on Monday, the army said.", "Australian Associated Press")]
    [InlineData("The ministry of defence in Islamabad moved 2,000 troops, APP reported.", "Associated Press of Pakistan")]
    public void A_credit_lines_initials_are_the_agencys_full_name(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The initials outside a credit line are not the agency.
    [InlineData("Analysts at CNA said 3,000 troops were deployed near the border.", "Central News Agency")]
    [InlineData("DARWIN, Australia (AAP) - Some 2,500 U.S. Marines arrived for the rotation on Monday, the army said.", "Associated Press of Pakistan")]
    public void Initials_name_the_agency_only_in_a_credit_line(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("According to Taiwan's Ministry of National Defense, 20,000 troops joined the drill.", "Taiwanese Defense Ministry")]
    [InlineData("ANKARA (AA) - Some 600 militants have been neutralized, the National Defense Ministry said on Tuesday.", "Turkish Defense Ministry")]
    [InlineData("Taiwan's Ministry of National Defense said 20,000 troops joined the drill.", "Taiwanese Defense Ministry")]
    // Bare, it is still Seoul's (Yonhap's usage), though the sentence counts another country's troops.
    [InlineData("The Ministry of National Defense said some 1,500 North Korean troops had moved to Vladivostok.", "South Korean Defense Ministry")]
    [InlineData("The PLA's Eastern Theater Command says 10,000 troops took part in the exercise.", "PLA Eastern Theater Command")]
    public void A_defense_ministry_name_several_states_use_is_the_passages_countrys(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("According to Taiwan's Ministry of National Defense, 20,000 troops joined the drill.", "Taiwan")]
    [InlineData("Taiwan's Ministry of National Defense said 20,000 troops joined the drill.", "South Korean Defense Ministry")]
    public void A_shared_ministry_name_is_no_fixed_countrys(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("About 300 Guard members sent to Memphis are returning home, a defense official said on Monday.")]
    [InlineData("Some 1,500 troops have been put on prepare-to-deploy orders for possible support to Jordan, according to a defense official.")]
    [InlineData("The carrier group is bound for the eastern Mediterranean, NBC News reported, citing defense officials.")]
    public void An_unnamed_defense_official_with_no_country_is_a_US_one(string text) =>
        Assert.Contains(Mentions(text), m => m.Source == "U.S. defense officials");

    [Theory]
    // The passage gives the voice its country: a demonym before it, the troops' owner, a foreign dateline.
    [InlineData("About 3,000 troops moved to the border, an Israeli defense official said.", "U.S. defense officials")]
    [InlineData("Some 4,000 Indian troops moved to the border, a defense official said.", "U.S. defense officials")]
    [InlineData("NEW DELHI (PTI) - About 3,000 troops moved to the border, defence officials said.", "U.S. defense officials")]
    // Only a defense voice has the default; other unnamed voices stay as written.
    [InlineData("About 300 Guard members sent to Memphis are returning home, a military source said.", "U.S. military sources")]
    public void A_defense_official_takes_the_country_the_passage_gives(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Defense Secretary Mark T. Esper said a residual force of about 200 troops was being considered.", "Mark Esper")]
    [InlineData("Defense Secretary Lloyd J. Austin III said 3,000 troops would deploy to Poland.", "Lloyd Austin")]
    [InlineData("Gen. Tod D. Wolters told senators that 5,000 troops were on standby.", "Tod Wolters")]
    [InlineData("Finland could mobilise 280,000 troops, parliament Speaker Jussi Halla-aho told reporters.", "Jussi Halla-aho")]
    [InlineData("Pentagon press secretary Rear Adm. Jane Doyle briefed reporters on Tuesday. About 275 troops had arrived, she said.", "Jane Doyle")]
    public void A_titled_person_is_named_without_initials_generations_or_ranks(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Defense Secretary Mark T. Esper said a residual force of about 200 troops was being considered.", "Mark T. Esper")]
    [InlineData("Finland could mobilise 280,000 troops, parliament Speaker Jussi Halla-aho told reporters.", "Speaker Jussi Halla-aho")]
    [InlineData("Pentagon press secretary Rear Adm. Jane Doyle briefed reporters on Tuesday. About 275 troops had arrived, she said.", "Rear Adm")]
    // A ship's name with a middle initial is no person.
    [InlineData("The USS Gerald R. Ford carries about 4,500 sailors, the Navy said.", "Gerald Ford")]
    public void A_titled_persons_name_keeps_no_initial_title_or_rank(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Eritrea's information minister, Yemane Gebremeskel, dismissed claims that 5,000 troops had moved.", "Yemane Gebremeskel")]
    [InlineData("Venezuela's navy commander, Admiral Neil Villamizar, said 5,682 personnel had been deployed.", "Neil Villamizar")]
    public void A_holder_in_apposition_is_the_voice(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Eritrea's information minister, Yemane Gebremeskel, dismissed claims that 5,000 troops had moved.", "Eritrea")]
    [InlineData("Venezuela's navy commander, Admiral Neil Villamizar, said 5,682 personnel had been deployed.", "Venezuelan Navy commanders")]
    [InlineData("Venezuela's navy commander, Admiral Neil Villamizar, said 5,682 personnel had been deployed.", "Admiral Neil Villamizar")]
    public void The_office_and_owner_of_an_apposed_holder_are_no_voices(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
