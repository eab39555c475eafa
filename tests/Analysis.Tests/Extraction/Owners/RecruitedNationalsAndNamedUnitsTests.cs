namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops, by categories of errors on unseen text: nationals a state recruits are
/// their own country's; a unit or force whose name carries its country owns its troops, an alliance's troops have no
/// single owner; a total after parts of two countries is none of theirs; a speaker's office names whose voice, not whose
/// troops; an actor right after the figure ("the 2,000 peacekeepers Moscow sent") or the antecedent of ", who" sends or
/// holds them; "its last" does not turn "from Niger" into an owner. Each rule has rows where the same words must leave the
/// subject as it was.
/// </summary>
public class RecruitedNationalsAndNamedUnitsTests
{
    [Theory]
    // Nationals by a plural demonym, whoever recruits them or wherever they fight.
    [InlineData("Untitled\n\nMoscow has recruited at least 5,000 Nepalis for the war.", "Nepal")]
    [InlineData("Untitled\n\nSome 800 Cubans are serving in Russian units, Kyiv said.", "Cuba")]
    // A demonym as an adjective of another noun, and a recruiter with no nationals named, stay as they were.
    [InlineData("Untitled\n\nMoscow has recruited at least 5,000 Cuban nationals to fight in Ukraine.", "Cuba")]
    [InlineData("Untitled\n\nMoscow has recruited at least 5,000 soldiers for the war.", "Russia")]
    public void Nationals_are_their_own_countrys(string text, string subject) => Assert.Equal(subject, Only(text).Subject);

    [Theory]
    // A force or unit that carries its country, inside the figure or after "of the".
    [InlineData("Untitled\n\nAbout 1,200 Rosgvardia officers were sent to the region.", "Russia")]
    [InlineData("Untitled\n\nSome 2,500 soldiers of the 82nd Airborne Division arrived at the base.", "United States")]
    // An alliance or mission named there owns none of them; a unit far after the figure says nothing.
    [InlineData("Untitled\n\nEstonia hosts about 2,000 NATO troops.", null)]
    // (A host is where troops are, never whose, as a destination is: the row kept its unit far after, and no owner.)
    [InlineData("Untitled\n\nPoland hosts about 2,000 troops, more than the 82nd Airborne Division sent last year.", null)]
    public void Units_and_alliances(string text, string? subject) => Assert.Equal(subject, Only(text).Subject);

    [Fact]
    public void A_total_after_parts_of_two_countries_has_no_owner() =>
        Assert.Null(Of("Untitled\n\nChad has sent 600 soldiers and Benin 400, part of a force expected to reach 3,000 troops.", 3_000).Subject);

    [Fact]
    public void A_total_after_parts_of_one_country_keeps_it() =>
        Assert.Equal("Chad", Of("Untitled\n\nChad has sent 600 soldiers and will send 400 more, part of a force of 3,000 troops.", 3_000).Subject);

    [Theory]
    // The speaker's office is not the owner when the passage names another; with none, it still is.
    [InlineData("Untitled\n\nBenin sent its first unit to Haiti. Haiti's prime minister said 300 soldiers had landed.", "Benin")]
    [InlineData("Untitled\n\nHaiti's prime minister said 300 soldiers had been deployed to the capital.", "Haiti")]
    public void A_speakers_office_names_a_voice(string text, string subject) => Assert.Equal(subject, Only(text).Subject);

    [Theory]
    // An actor right after the figure, then its verb; the antecedent of ", who" or ", which".
    [InlineData("Untitled\n\nYerevan complained that the 1,960 peacekeepers Russia deployed had stood aside, Armenian officials said.", "Russia")]
    [InlineData("Untitled\n\nNiger cut ties with the French, who had some 1,500 soldiers in the country.", "France")]
    [InlineData("Untitled\n\nNiger cut ties with France, which had some 1,500 soldiers in the country.", "France")]
    // A demonym with its armed service acts too; "the French" with no relative clause after it does not.
    [InlineData("Untitled\n\nNiger said the French army had some 1,500 soldiers in the country.", "France")]
    [InlineData("Untitled\n\nNiger cut ties with the French and had some 1,500 soldiers in the north.", "Niger")]
    public void Actors_after_the_figure_and_in_relative_clauses(string text, string subject) => Assert.Equal(subject, Only(text).Subject);

    [Theory]
    // "its last" before the figure: who withdraws, not where from; without it, the same.
    [InlineData("Untitled\n\nBritain has pulled its remaining 250 soldiers out of Mali.", "United Kingdom")]
    [InlineData("Untitled\n\nBritain has pulled its 250 soldiers out of Mali.", "United Kingdom")]
    public void Withdrawn_troops_are_the_withdrawers(string text, string subject) => Assert.Equal(subject, Only(text).Subject);
}
