namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops a figure counts is read from the noun phrase it counts ("puts the number of X troops
/// at N"), from the clause's actor (not a possessive on a place or a war, not a mission named after where it serves), from the
/// figure before it that it continues ("and 200 more"), or from a force of several states named before ("The force ...");
/// "the North" is North Korea where the text names either Korea.
/// </summary>
public class NounPhrasesActorsAndContinuedFiguresTests
{
    [Theory]
    // The counted phrase names the owner, not the one who puts the figure.
    [InlineData("Untitled\n\nRussia's army chief praised the volunteers. Kyiv has put the number of Nepali recruits in Russian units at about 2,000.", 2000, "Nepal")]
    [InlineData("Untitled\n\nHungary's general staff estimated the number of Serbian reservists on the border at 5,000.", 5000, "Serbia")]
    // With no owner in the phrase, the context gives it: the troops named before, not the estimator.
    [InlineData("Untitled\n\nPyongyang has sent some 3,000 engineers to Russia since June. Seoul puts the whole force at 14,000.", 14000, "North Korea")]
    public void A_figure_after_at_counts_the_phrase_before_it(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // Without "at" the estimator is still read as before: a country that estimates its own troops.
    [InlineData("Untitled\n\nPoland estimated that it had 4,000 troops on the border.", 4000, "Poland")]
    // "their number" is the troops', so the estimator does not own them.
    [InlineData("Untitled\n\nRussia's defence minister thanked Pyongyang for the North Korean soldiers who fought. Japan's defence ministry puts their number at 12,000.", 12000, "North Korea")]
    public void The_one_who_estimates_owns_only_its_own(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A possessive on a place or a war is no actor: the subject of the verb is the country before it.
    [InlineData("Untitled\n\nTurkey has reinforced its troops in Idlib, Syria's last rebel-held province, and now has more than 8,000 soldiers there.", 8000, "Turkey")]
    [InlineData("Untitled\n\nOfficials say Hanoi supports Russia's war with up to 2,000 of its citizens at the front.", 2000, "Vietnam")]
    // A possessive on a force or a body still acts.
    [InlineData("Untitled\n\nFrance's army has 1,200 soldiers in Estonia.", 1200, "France")]
    public void A_possessive_on_a_place_is_no_actor(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A speaker that says on a day that it sends speaks of its own.
    [InlineData("Untitled\n\nItaly sent 300 soldiers to Kosovo last week. Greece's defence ministry said on Monday it would send about 150 more.", 150, "Greece")]
    public void A_speaker_that_sends_on_a_day_sends_its_own(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // Either Korea named (or a source of one cited): "the North" is North Korea.
    [InlineData("Untitled\n\nThe North has sent about 3,000 more soldiers, South Korea's spy agency said.", 3000, "North Korea")]
    [InlineData("Untitled\n\nThe North sent a total of 14,000 troops in three waves, the NIS told lawmakers.", 14000, "North Korea")]
    public void The_North_is_North_Korea_where_a_Korea_is_named(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // No Korea: "the North" is a region, no country; "the North Atlantic" is a name.
    [InlineData("Untitled\n\nThe North has about 3,000 soldiers on alert, the minister said.", 3000)]
    [InlineData("Untitled\n\nSome 4,000 sailors will cross the North Atlantic in the drill, Seoul said.", 4000)]
    public void The_North_alone_is_no_country(string text, double value) => Assert.NotEqual("North Korea", Of(text, value).Subject);

    [Theory]
    // The force the text named before by its name is a force of several states.
    [InlineData("Untitled\n\nKFOR has asked for reinforcements. The force now has some 4,200 troops in Kosovo, after Italy sent a company.", 4200)]
    // A country's bare name before a mission noun is where the mission serves.
    [InlineData("UN: Mali mission reaches 11,000\n\nThe figure was given in New York.", 11000)]
    // "200 more" after a figure of no single owner has none either.
    [InlineData("Untitled\n\nIn March alone, Ukrainian intelligence identified more than 120 foreign nationals from 20 countries who had joined the army of the Russian Federation, and almost 90 more who are preparing to join them.", 90)]
    public void A_force_of_several_states_has_no_owner(string text, double value) => Assert.Null(Of(text, value).Subject);

    [Theory]
    // A demonym and initials before a mission noun still own it; a continuation with a country before it is that country's.
    [InlineData("Untitled\n\nThe US force in Syria has about 900 troops.", 900, "United States")]
    [InlineData("Untitled\n\nBritain will send 500 troops and Denmark 300 more.", 300, "Denmark")]
    [InlineData("Untitled\n\nSpain sent 400 soldiers to Latvia in May and 250 more in June.", 250, "Spain")]
    public void An_owner_named_still_owns(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A demonym after a fraction of a force owns that part, not the whole; a part figure's own demonym is its own.
    [InlineData("Untitled\n\nBy June the mission counted some 1,400 personnel, about two thirds of them Kenyan police.", 1400, null)]
    [InlineData("Untitled\n\nForty peacekeepers, 12 of them Polish, were hurt in the clashes, the force said.", 12, "Poland")]
    // A war's name is no actor: the pilots are the sender's the sentence names, not Vietnam's.
    [InlineData("Untitled\n\nNorth Korea's deployment is its largest since the Vietnam War, when some 300 pilots flew for Hanoi, historians say.", 300, "North Korea")]
    public void A_part_and_a_war_name_own_only_what_they_bind(string text, double value, string? subject) => Assert.Equal(subject, Of(text, value).Subject);
}
