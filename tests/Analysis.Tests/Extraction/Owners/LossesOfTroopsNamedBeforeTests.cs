namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Losses a force suffers are its own: "Syrian soldiers suffer 900 casualties ..., Turkish army says" (a demonym on a troop noun
/// before the figure names whose the losses are; the voice after the comma only reports them), and "Syrian troops who fought
/// Turkish forces have suffered 900 casualties" (the enemy a force fights, after "combat with", "fighting" or "battling", owns
/// none of them). Real reporting of North Korean losses in Kursk, quoting Seoul's Joint Chiefs of Staff, wrote both. The
/// sentences are ours.
/// </summary>
public class LossesOfTroopsNamedBeforeTests
{
    [Theory]
    [InlineData("Syrian soldiers suffer 900 casualties in border war, Turkish army says\n\nThe statement was issued on Monday.", 900, "Syria")]
    [InlineData("Eritrean troops take 450 casualties in offensive, Ethiopian military says\n\nThe statement was issued on Monday.", 450, "Eritrea")]
    // Near miss: with no troops named before it, the side that speaks counts its own dead.
    [InlineData("Twelve soldiers killed in border clash, Turkish army says\n\nThe statement was issued on Monday.", 12, "Turkey")]
    public void Losses_of_troops_named_before_are_theirs(string document, double value, string subject) =>
        Assert.Equal(subject, Of(document, value).Subject);

    [Theory]
    [InlineData("Syrian troops who engaged in combat with Turkish forces have suffered about 900 casualties, the ministry said.", 900, "Syria")]
    [InlineData("Eritrean troops fighting Ethiopian forces have lost about 450 soldiers, officials said.", 450, "Eritrea")]
    [InlineData("Eritrean soldiers battling Ethiopian troops have suffered about 450 casualties, officials said.", 450, "Eritrea")]
    [InlineData("Eritrean soldiers who fought Ethiopian troops have suffered about 450 casualties, officials said.", 450, "Eritrea")]
    // Near miss: a partner fights beside them; the troops named first still own the losses.
    [InlineData("Eritrean troops fighting alongside Ethiopian forces have lost about 450 soldiers, officials said.", 450, "Eritrea")]
    public void The_enemy_a_force_fights_owns_none_of_its_losses(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
