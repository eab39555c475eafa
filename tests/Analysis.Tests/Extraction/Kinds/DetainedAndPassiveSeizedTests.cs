namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Fighters a state keeps in detention or in prison, or troops seized in the passive, are lost to their force as the captured
/// are: casualties. The active verb of seizing tells what troops take. The sentences are ours, in the shapes of the copy on
/// peacekeepers seized on the Golan (2013-14) and on the hired ex-soldiers held in Haiti (2021-25).
/// </summary>
public class DetainedAndPassiveSeizedTests
{
    [Theory]
    [InlineData("Thirty-two Nepali soldiers patrolling the buffer zone have been seized by an armed faction.", TroopKind.Casualties)]
    [InlineData("The 14 Ghanaian peacekeepers seized by militiamen on Tuesday were freed at dawn.", TroopKind.Casualties)]
    [InlineData("Nine former soldiers remain in detention in the capital.", TroopKind.Casualties)]
    [InlineData("More than 60 South African ex-soldiers are still held in Harare on arms charges.", TroopKind.Casualties)]
    [InlineData("Some 40 of the foreign fighters are behind bars in Tripoli.", TroopKind.Casualties)]
    [InlineData("Malawian police are holding 35 suspected mercenaries taken off a cargo plane.", TroopKind.Casualties)]
    [InlineData("About 4,000 rebel soldiers began handing in their weapons at the stadium.", TroopKind.Casualties)]
    [InlineData("Some 900 militiamen laid down their arms on Friday.", TroopKind.Casualties)]
    [InlineData("Nearly 7,000 conscripts threw down their weapons at the river crossing.", TroopKind.Casualties)]
    // Near misses: what troops seize, hold or remain at.
    [InlineData("Russia is holding some 30,000 troops near the border.", TroopKind.Deployment)]
    [InlineData("About 800 paratroopers seized the bridge before noon.", TroopKind.Deployment)]
    [InlineData("Some 1,200 soldiers remain in the border district.", TroopKind.Deployment)]
    public void Kind_of_the_figure(string text, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text)).Kind);

    // "None of the N was hurt": the harm is denied to the whole, which stays a deployment; a part that was hurt is a toll.
    [Theory]
    [InlineData("None of the 600 Irish soldiers at the camp was hurt when the mortar rounds landed.", 600, TroopKind.Deployment)]
    [InlineData("None of their 80 peacekeepers were injured in the shelling.", 80, TroopKind.Deployment)]
    [InlineData("Four of the 600 Irish soldiers at the camp were hurt when the mortar rounds landed.", 4, TroopKind.Casualties)]
    public void Kind_when_the_harm_is_denied(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}
