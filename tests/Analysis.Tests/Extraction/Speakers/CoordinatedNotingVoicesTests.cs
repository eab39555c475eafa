namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that opens its sentence and speaks in a clause joined to its own with "and" speaks with more verbs than "said":
/// "noted", "confirmed", "acknowledged", "explained". And "as" after a verb of describing ("called the cut a step and described
/// it as modest") opens no other clause, so the join after it is still the voice's own; "as" before a clause's subject still
/// is one. The sentences are ours.
/// </summary>
public class CoordinatedNotingVoicesTests
{
    [Theory]
    [InlineData("Lithuania welcomed the plan and noted that some 4,000 Canadian troops were already in Latvia.", "Lithuania")]
    [InlineData("Latvia's defence ministry praised the exercise and confirmed that 1,500 German soldiers would stay on.", "Latvian Defense Ministry")]
    [InlineData("Berlin characterized the withdrawal as a routine adjustment and noted that 90,000 U.S. troops remain in Europe.", "Germany")]
    [InlineData("Warsaw characterised the rotation as overdue and acknowledged that 2,000 American soldiers would leave.", "Poland")]
    public void The_opening_voice_speaks_in_its_joined_clause(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: "as" opening a clause with its own subject, and a verb of adding troops, not words.
    [InlineData("Warsaw welcomed the talks as the Kremlin moved 3,000 troops and noted nothing new.")]
    [InlineData("Warsaw welcomed the talks as Moscow moved 3,000 troops and noted nothing new.")]
    public void A_clause_with_its_own_subject_breaks_the_join(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
