namespace Analysis.Tests.Extraction.Regressions;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of web endings, health ministries, "scores", plural scales and ages, in sentences of our own. Each
/// theory has rows where the rule must fire and rows where the same shape must not.
/// </summary>
public class WebEndingsScalesAndAgesTests
{
    [Theory]
    [InlineData("Some 4,500 troops could be withdrawn, Censor.NET reports.", "Censor.NET", true)]
    [InlineData("Some 4,500 troops could be withdrawn, Gazeta.Ru reports.", "Gazeta.Ru", true)]
    // A sentence run on without its space after the full stop names no site.
    [InlineData("About 300 soldiers were wounded, he told reporters.By Friday, 2,000 troops had left.", "reporters.By", false)]
    [InlineData("About 300 soldiers were killed, according to officials.In all, 2,000 troops remain.", "officials.In", false)]
    [InlineData("About 300 soldiers were wounded, the army said.It added that 2,000 troops had left.", "said.It", false)]
    public void A_web_ending_in_capitals_names_a_site_not_a_run_on_sentence(string text, string source, bool named) =>
        Assert.Equal(named, Mentions(text).Any(m => m.Source == source));

    [Theory]
    [InlineData("Thai soldiers were killed in the clashes. About 1,500 were wounded, Thailand's health ministry said.", "Thai Health Ministry", true)]
    [InlineData("Polish troops are guarding the border. About 5,000 more will be sent, the Ministry of National Defence said.", "Polish Defense Ministry", true)]
    // A health ministry with no country counts the other side's dead as often as not: the document's country is no guess for it.
    [InlineData("Israeli troops killed 30 people in the raid in Jenin, the Ministry of Health said.", "Israeli Health Ministry", false)]
    [InlineData("Thai soldiers were killed in the clashes. About 1,500 were wounded, the Ministry of Public Health said.", "Thai Health Ministry", false)]
    public void A_health_ministry_takes_only_its_own_country(string text, string source, bool named) =>
        Assert.Equal(named, Mentions(text).Any(m => m.Source == source));

    [Theory]
    [InlineData("Scores of soldiers were killed in the attack on the base, officials said.", true)]
    [InlineData("Scores of troops were wounded, officials said.", true)]
    [InlineData("The regiment scores soldiers on fitness every spring, the officer said.", false)]
    [InlineData("The ministry scores soldiers on fitness, and 300 troops failed, officials said.", false)]
    public void Scores_is_an_amount_only_before_of(string text, bool counted) =>
        Assert.Equal(counted, Counts(text).Any(c => c.Low == 40 && c.High == 180));

    [Theory]
    [InlineData("Moscow sent 15 thousands soldiers to the border, Kyiv said.", 15_000d, true)]
    [InlineData("Moscow has moved some 2 thousands of troops to the border, Kyiv said.", 2_000d, true)]
    // A day, a phase, a date: digits a label or a slash holds are no count to scale.
    [InlineData("On day 3 thousands of soldiers crossed the border, officials said.", 3_000d, false)]
    [InlineData("In phase 2 thousands of reservists were called up, officials said.", 2_000d, false)]
    [InlineData("Since 9/11 thousands of troops have served in Afghanistan, officials said.", 11_000d, false)]
    [InlineData("After 24/7 thousands of troops were on alert, officials said.", 7_000d, false)]
    public void A_plural_scale_scales_only_a_count(string text, double value, bool counted) =>
        Assert.Equal(counted, Counts(text).Any(c => c.Value == value));

    [Theory]
    [InlineData("The remaining troops, about 600, will leave next month, officials said.", 600d, true)]
    [InlineData("The Indian military personnel, 88 in all, will be withdrawn, officials said.", 88d, true)]
    [InlineData("The soldiers, 1,200, will leave next month, officials said.", 1_200d, true)]
    // ... or in brackets
    [InlineData("Rabat flew in troops (about 1,500 people) on Sunday, the agency said.", 1_500d, true)]
    [InlineData("The two sergeants (24 and 26) were flown home on Sunday.", 24d, false)]
    [InlineData("The private (22) was flown home on Sunday.", 22d, false)]
    // A person's age, set off as copy sets it off.
    [InlineData("The soldier, 21, was killed by a drone near the border, the army said.", 21d, false)]
    [InlineData("The conscript, 19, died in hospital on Monday, officials said.", 19d, false)]
    public void A_number_set_off_after_troops_is_their_count_not_an_age(string text, double value, bool counted) =>
        Assert.Equal(counted, Counts(text).Any(c => c.Value == value));
}
