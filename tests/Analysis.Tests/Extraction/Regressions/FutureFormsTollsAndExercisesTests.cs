namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of the future-form, toll, posture and exercise rules, each beside the shape its rule was written for: both
/// must hold. The sentences are ours, in the shapes real reporting uses.
/// </summary>
public class FutureFormsTollsAndExercisesTests
{
    private static TroopCount At(string passage, double value) => Assert.Single(Counts(passage), c => c.Value == value);

    private static IEnumerable<string> EventKinds(string passage) => Extractor.Default.Extract(TestData.Passage(passage)).Events.Select(e => e.Kind);

    [Theory]
    // The figure's troops as the subject of a future form (the rule's own cases).
    [InlineData("Roughly 2,000 Lithuanian conscripts will guard the eastern frontier from May.", 2000)]
    [InlineData("About 1,500 Dutch soldiers would take part in the drills next spring, the minister said.", 1500)]
    [InlineData("Some 800 Kenyan police officers are to patrol the capital under the plan.", 800)]
    public void Troops_as_subject_of_a_future_form_are_planned(string passage, double value) =>
        Assert.Equal(EstimateStatus.Planned, At(passage, value).Status);

    [Theory]
    // A reporting verb or a pronoun between the figure and the modal: a new subject (review16 r1 #1).
    [InlineData("Some 1,500 reservists from the navy said they would stop volunteering for drills.", 1500)]
    [InlineData("Some 3,000 conscripts in the northern garrison said they would not sign new contracts.", 3000)]
    // A verb that moves no one: a refusal, a cost (review16 r1 #1-2).
    [InlineData("Roughly 1,200 reservists in the air force would refuse further call-ups, their union warned.", 1200)]
    [InlineData("Keeping 3,500 Guard members on the border will cost $90 million a month, the governor said.", 3500)]
    [InlineData("Some 600 pilots from the reserve wing will quit flying if the law passes.", 600)]
    public void Future_form_of_another_subject_or_no_move_is_not_planned(string passage, double value) =>
        Assert.NotEqual(EstimateStatus.Planned, At(passage, value).Status);

    [Theory]
    // "N of them" right after the toll, an ellipsis of its verb: a part of that toll (the rule's own cases).
    [InlineData("The attack left 40 soldiers wounded, 12 of them seriously.", 12)]
    [InlineData("Ukraine said 500 North Korean soldiers had been killed, 70 of them officers.", 70)]
    public void Of_them_after_a_toll_is_a_part(string passage, double value) =>
        Assert.Equal(TroopKind.Subset, At(passage, value).Kind);

    [Theory]
    // A casualty verb of its own before "N of them": another toll (review16 r1 #3).
    [InlineData("Kyiv said its forces killed about 200 Russian paratroopers near the river and captured 5 of them.", 5)]
    [InlineData("The drones killed some 90 soldiers at the depot and wounded 30 of them, the army said.", 30)]
    public void Of_them_after_its_own_casualty_verb_is_a_toll(string passage, double value) =>
        Assert.Equal(TroopKind.Casualties, At(passage, value).Kind);

    [Theory]
    // "posture" as a stance is no deployment: an army's size stays (review16 r1 #4).
    [InlineData("Brazil's army of 220,000 soldiers has kept a cautious posture for decades.", 220000, TroopKind.ArmySize)]
    [InlineData("Pakistan's army of 650,000 troops maintained a defensive posture for years.", 650000, TroopKind.ArmySize)]
    public void Posture_as_a_stance_is_no_deployment(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, At(passage, value).Kind);

    [Theory]
    // The verb "exercise" is no drill held (review16 r1 #5).
    [InlineData("Pyongyang said it would exercise its right to self-defence after 3,000 troops crossed the line.")]
    [InlineData("The ministry urged both sides to exercise restraint as 2,000 soldiers gathered at the border.")]
    public void Exercise_the_verb_is_no_training(string passage) =>
        Assert.DoesNotContain("training", EventKinds(passage));

    [Theory]
    // The noun is (the cue's own cases).
    [InlineData("Polish and Lithuanian troops took part in the exercise near the Baltic coast.")]
    [InlineData("Finnish soldiers joined a large exercise in the north last week.")]
    public void Exercise_the_noun_is_training(string passage) =>
        Assert.Contains("training", EventKinds(passage));

    [Theory]
    // Civilians as the mover: no troop movement (review16 r1 #6).
    [InlineData("About 3,000 villagers have been evacuated from the valley.")]
    [InlineData("Thousands of people had left the city for the coast by Friday.")]
    public void Civilians_moving_is_no_deployment(string passage) =>
        Assert.DoesNotContain("deployment", EventKinds(passage));

    [Theory]
    // Troops moving, or moving civilians, still are; a force named for its people too.
    [InlineData("The last French soldiers left the base on Friday.")]
    [InlineData("Soldiers evacuated residents from the valley.")]
    [InlineData("The People's Liberation Army deployed more units to the border.")]
    public void Troops_moving_is_a_deployment(string passage) =>
        Assert.Contains("deployment", EventKinds(passage));
}
