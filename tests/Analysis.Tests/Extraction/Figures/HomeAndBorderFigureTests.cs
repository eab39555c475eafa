namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures as stories of build-ups near a border and of troops sent to a country's own cities write them (issue 14:
/// Ladakh, the Kosovo boundary, Guard deployments to US cities, US forces in Korea and Germany; RealReporting.md rows
/// 799-812): "of its own" and possessives between a number and its noun, the Guard's nouns, a number whose noun is
/// understood from the troops before it ("160 came from Tennessee", "the 36,000 stationed in Germany"). Each shape has
/// rows where the same words must not make a figure: years, money, vehicles, residents.
/// </summary>
public class HomeAndBorderFigureTests
{
    [Theory]
    [InlineData("New Delhi has moved tens of thousands of its own soldiers up to the passes.", 20_000d, 90_000d)]
    [InlineData("Both armies keep tens of thousands of troops on the plateau through the winter.", 20_000d, 90_000d)]
    [InlineData("A few thousand of the country's reservists have reported to their units.", 2_000d, 9_000d)]
    public void Vague_amounts_keep_their_bounds_past_own_and_possessives(string sentence, double low, double high)
    {
        var count = Assert.Single(Counts(sentence));
        Assert.Equal((null, low, high, Hedge.Vague), (count.Value, count.Low, count.High, count.Hedge));
    }

    [Theory]
    [InlineData("About 300 guard personnel stayed on in the city through September.", 300d)]
    [InlineData("Some 300 of the state's guard troops were put under federal command on Monday.", 300d)]
    [InlineData("The defense secretary sent home 2,000 National Guards on Tuesday.", 2_000d)]
    [InlineData("Around 650 of Virginia's Guardsmen will join them on Wednesday night.", 650d)]
    [InlineData("The governor's office said 1,000 of the state’s soldiers were on duty at the border crossings.", 1_000d)]
    public void Counts_the_guard_and_troops_named_through_a_possessive(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Counts(sentence)).Value);

    [Theory]
    [InlineData("Besides the 800 Guardsmen from the capital, 160 came from Tennessee.", 160d)]
    [InlineData("The Pentagon will pull nearly 12,000 troops, or about a third of the 36,000 stationed in Germany.", 36_000d)]
    [InlineData("The army keeps 4,500 soldiers at the boundary, and another 2,000 based further north.", 2_000d)]
    public void A_number_whose_noun_is_the_troops_before_it_counts_them(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value);

    [Theory]
    [InlineData("The base opened in 1953 and the soldiers there are aged 19 to 22.")]
    [InlineData("In 2020 troops were sent to the border for the first time.")]
    [InlineData("Since 2014 soldiers have rotated through the camp every nine months.")]
    [InlineData("Seoul pays about $1 billion a year toward the cost of the troops.")]
    [InlineData("The state's guard convoy included 200 military vehicles and 40 of the army's trucks.")]
    [InlineData("Some 30,000 of the region's residents were moved away from the border.")]
    [InlineData("Besides the Guardsmen on the bridge, about 500 came out to protest against the deployment.")]
    [InlineData("The Guardsmen said 400 came to the rally, most of them students.")]
    public void Years_money_vehicles_and_civilians_are_not_troop_figures(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("A force of 2000 soldiers guarded the pass.", 2_000d)]
    public void A_number_like_a_year_still_counts_where_no_time_word_leads_it(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Counts(sentence)).Value);
    // "20 Indian and four Chinese soldiers were killed": the first number's noun is read across the second, and the verb after
    // the noun is both numbers'.
    [Theory]
    [InlineData("Twenty Indian and four Chinese soldiers were killed in the valley.", 20d, 4d)]
    [InlineData("In the clash 20 Indian and four Chinese soldiers were killed, the army said.", 20d, 4d)]
    public void Two_numbers_share_the_noun_after_the_second(string sentence, double first, double second)
    {
        var counts = Counts(sentence);
        Assert.Equal([first, second], counts.Select(c => c.Value!.Value).Order().Reverse());
        Assert.Single(counts.Select(c => c.Kind).Distinct());
    }

    [Theory]
    [InlineData("The fire killed 20 civilians and four soldiers near the pass.", 4d)]
    [InlineData("The convoy carried 200 trucks and 40 soldiers to the front.", 40d)]
    // ("About 1,000 Serbian and 300 Hungarian troops" gives both figures: see ModifierListsAndNearbyNonTroopsTests.)
    public void A_number_whose_own_noun_is_not_troops_is_not_joined_to_the_next(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Counts(sentence)).Value);

    // Contributors with their numbers in brackets, after one with a troop noun (KFOR's and UN missions' tables in prose).
    [Theory]
    [InlineData("The largest contributors are Italy (852 soldiers), Turkey (780) and Greece (679).", "Turkey", 780d)]
    [InlineData("Pakistan (8,500 troops), Bangladesh (7,200) and Ghana (3,300) had the largest forces deployed.", "Ghana", 3_300d)]
    public void Numbers_in_brackets_after_countries_are_their_troops(string sentence, string subject, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value && c.Subject == subject);

    [Theory]
    [InlineData("Exports went to Italy (852 tonnes), Turkey (780) and Greece (679).")]
    [InlineData("The war began in Syria (2011) and spread to Iraq (2014), the report said.")]
    [InlineData("Kenya (56 million people), Uganda (48) and Rwanda (14) signed the pact.")]
    public void Numbers_in_brackets_elsewhere_are_not(string sentence) => Assert.Empty(Counts(sentence));
}
