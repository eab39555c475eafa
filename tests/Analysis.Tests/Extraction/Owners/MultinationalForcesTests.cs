namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a force of several states that holds a figure (a stabilization or peacekeeping force, a UN
/// mission, blue helmets, a multinational battlegroup, or such a force named again as "the force") owns it as no country does,
/// unless a country binds the head, stands between, or the head is a destination or one owner's force; a captor named after
/// "captured/killed by" never owns the captured.
/// </summary>
public class MultinationalForcesTests
{
    [Theory]
    // The holder is a force of several states: no owner, whatever country the sentence or passage names before it.
    [InlineData("Untitled\n\nGhana and Senegal have offered troops to a new Sahel mission. The plan is for a stabilization force of about 6,000 soldiers.", null)]
    [InlineData("Untitled\n\nRwanda's president met the envoy on Monday. The UN mission has about 14,000 troops in the country.", null)]
    [InlineData("Untitled\n\nSpain took command of the multinational battlegroup, which counts roughly 1,100 soldiers.", null)]
    [InlineData("Untitled\n\nThe blue helmets, with some 4,200 soldiers from two dozen nations, patrol the buffer zone, a Cypriot official said.", null)]
    [InlineData("Untitled\n\nBrazil chairs the talks on a peacekeeping mission for the island. The force is expected to reach 3,500 troops by spring.", null)]
    // A country between the force and the figure, or one binding the head, owns it.
    [InlineData("Untitled\n\nThe peacekeeping mission in the south was reinforced. Kenya now has 1,100 soldiers there.", "Kenya")]
    [InlineData("Untitled\n\nThe Indian peacekeeping force of 1,400 soldiers will stay another year.", "India")]
    // A force someone contributes to is a destination, and "its peacekeeping force" is one owner's.
    [InlineData("Untitled\n\nUruguay will add to its peacekeeping force of 900 soldiers, the defence ministry in Montevideo said.", "Uruguay")]
    // "The force" is read as several states' only after such a force is named.
    [InlineData("Untitled\n\nPoland has massed troops along its eastern border. The force now numbers 12,000 soldiers.", "Poland")]
    public void A_force_of_several_states_owns_its_total(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    // A captor or killer named after "by" never owns the captured or killed.
    [InlineData("Untitled\n\nOn Sunday 12 soldiers were captured by Sudanese forces near the border.", "Sudan")]
    [InlineData("Untitled\n\nAt least nine soldiers were killed by Israeli fire near the camp on Friday.", "Israel")]
    [InlineData("Untitled\n\nYerevan said that eight soldiers had been taken prisoner by Azerbaijani troops.", "Azerbaijan")]
    public void A_captor_never_owns_the_captured(string text, string captor) => Assert.NotEqual(captor, DocumentCounts(text)[^1].Subject);

    [Theory]
    // Only a country right after "by" and a harm verb is a captor: the troops' own demonym keeps its owner.
    [InlineData("Untitled\n\nAbout 300 Nigerian soldiers were wounded by roadside bombs last year.", "Nigeria")]
    [InlineData("Untitled\n\nSome 600 Chadian soldiers were deployed by air to the lake region on Friday.", "Chad")]
    public void A_sender_after_by_still_owns(string text, string subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}
