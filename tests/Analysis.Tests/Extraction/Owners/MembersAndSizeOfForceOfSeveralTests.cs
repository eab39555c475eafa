namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops counted as the members of a force of several states named right after them ("the 3,000 soldiers of the new
/// multinational division", "up to 900 troops of the UN mission"), a unit several states staff under one command ("a
/// 6,000-strong multinational brigade led by Italy"), and a bare force noun sized after such a force was named ("the
/// 8,000-strong force") are that force's total, with no single owner: neither the lead nation nor the country named before.
/// The sentences are ours.
/// </summary>
public class MembersAndSizeOfForceOfSeveralTests
{
    [Theory]
    [InlineData("Uruguay has sent 150 more police. The general greeted the 3,000 soldiers of the new multinational division on Friday.", 3000, null)]
    [InlineData("Uruguay has sent 150 more police. Up to 900 troops of the UN mission will leave the north by June.", 900, null)]
    [InlineData("Uruguay has sent 150 more police. Some 1,200 soldiers of the multinational force patrol the northern districts.", 1200, null)]
    [InlineData("Norway's 400 soldiers serve in a 6,000-strong multinational division led by Italy in the north.", 6000, null)]
    [InlineData("Uruguay has sent 150 more police. The 2,500-strong multinational brigade led by Spain patrols the south.", 2500, null)]
    [InlineData("GAO, Mali: United Nations soldiers started leaving northern Mali on Tuesday, handing a camp to Malian authorities, the peacekeeping mission said. Yet the presence of the 8,000-strong force has long been unpopular.", 8000, null)]
    [InlineData("The peacekeeping mission handed a base over on Tuesday. Ghana provides the largest contingent in the 4,500-strong force.", 4500, null)]
    // Near misses: a unit of one state's army, a state's own sized force, a sized unit noun, and a force no multinational head came before.
    [InlineData("Uruguay has sent 150 more police. About 500 soldiers of the 82nd Airborne Division arrived.", 500, "United States")]
    [InlineData("The peacekeeping mission handed a base over on Tuesday. Britain's 900-strong force stays in the east.", 900, "United Kingdom")]
    [InlineData("The peacekeeping mission handed a base over on Tuesday. Germany will base a 4,000-strong brigade in Lithuania.", 4000, "Germany")]
    [InlineData("Germany sent more engineers on Tuesday. No one planned to evacuate the 6,000-strong force.", 6000, "Germany")]
    public void A_force_of_several_states_holds_its_members_and_its_size(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}
