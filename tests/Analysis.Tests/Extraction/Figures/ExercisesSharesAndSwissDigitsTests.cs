namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes: the participants of a military exercise the sentence before names,
/// counts below a hundred that share out troops counted just before, people called or held under arms, Swiss digit groups ("3'000"), and "up to" as a verb's particle ("ramped up to 5,000"). Each family has rows where the same words count
/// something else or nothing.
/// </summary>
public class ExercisesSharesAndSwissDigitsTests
{
    [Theory]
    [InlineData("The drills began on Monday in the Baltic Sea. A total of 65,000 will take part, the ministry said.", 65_000d)]
    [InlineData("The exercise opens next week near the border. Some 13,000 are expected to take part, officials said.", 13_000d)]
    [InlineData("Russia and Belarus will hold joint manoeuvres in September. About 12,000 will be involved.", 12_000d)]
    public void Counts_the_participants_of_an_exercise_named_before(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("The marathon began on Monday in the city. A total of 65,000 will take part, the organisers said.")]
    [InlineData("The minister urged both sides to exercise restraint. Some 13,000 are expected to take part in the talks.")]
    [InlineData("The drills began on Monday in the Baltic Sea. A total of 65,000 tickets were sold, the organisers said.")]
    public void Does_not_count_participants_of_other_events(string passage) =>
        Assert.Empty(Counts(passage));

    [Theory]
    [InlineData("Zameer said 76 Indian military personnel had been replaced by civilians. Twenty-six left Gan in March, he said.", 26d)]
    [InlineData("Zameer said 76 Indian military personnel had been replaced by civilians. The last 13 left Kadhdhoo on Thursday.", 13d)]
    [InlineData("About 2,000 French troops were in Chad. Twenty-six arrived in Abeche on Sunday, officials said.", 26d)]
    public void Counts_a_small_share_of_troops_counted_just_before(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("Police detained 150 protesters on Sunday. Another 40 left the square on Monday.", 40d)]
    [InlineData("The town had 30,000 residents before the war. Only 20 stayed, the mayor said.", 20d)]
    [InlineData("Britain sent 300 soldiers to Estonia. The 2019 budget was 40 million pounds.", 40d)]
    [InlineData("Britain sent 300 soldiers to Estonia. In parliament 52 voted for the plan.", 52d)]
    [InlineData("Britain sent 300 soldiers to Estonia. Nine left on Sunday.", 9d)]
    public void Does_not_count_small_numbers_of_other_things(string passage, double value) =>
        Assert.DoesNotContain(Values(passage), v => v == value);

    [Theory]
    [InlineData("In the event of war, Finland can immediately call 280,000 people to arms, the president told Welt.", 280_000d)]
    [InlineData("The country has about 900,000 people under arms, the institute said.", 900_000d)]
    public void Counts_people_called_or_held_under_arms(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("The commission called 280,000 people to the polls on Sunday.")]
    [InlineData("About 900,000 people live under the flight path, officials said.")]
    public void Does_not_count_people_called_to_other_things(string passage) =>
        Assert.Empty(Counts(passage));

    [Theory]
    [InlineData("Switzerland sent 3'000 soldiers to the border, officials said.", 3_000d)]
    [InlineData("Switzerland sent 3’000 soldiers to the border, officials said.", 3_000d)]
    public void Reads_digits_grouped_with_an_apostrophe(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("In the '90s the army had 400 soldiers in the canton, officials said.", 90d)]
    [InlineData("Switzerland sent 3'000 soldiers to the border, officials said.", 3d)]
    [InlineData("The soldiers' 300 rifles were replaced, officials said.", 300d)]
    public void Does_not_misread_apostrophes_beside_numbers(string passage, double value) =>
        Assert.DoesNotContain(Values(passage), v => v == value);

    [Theory]
    [InlineData("The contingent will be ramped up to 5,000 troops by March, officials said.", 5_000d, Hedge.Exact)]
    [InlineData("The mission was scaled up to about 2,000 soldiers, officials said.", 2_000d, Hedge.Approximate)]
    [InlineData("NATO will send up to 5,000 troops to Poland, officials said.", 5_000d, Hedge.AtMost)]
    [InlineData("The ship brought up to 600 soldiers to the island, officials said.", 600d, Hedge.AtMost)]
    public void Reads_up_to_after_a_verb_of_growing_as_its_particle(string passage, double value, Hedge hedge) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.High) == value && c.Hedge == hedge);
}
