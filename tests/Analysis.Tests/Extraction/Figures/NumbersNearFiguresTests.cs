namespace Analysis.Tests.Extraction.Figures;

using System.Globalization;
using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The numbers that stand near a troop figure. A year or a span of
/// years is a date, never a figure nor a range end, while counts of the same size stay figures; "by N to M" after a verb of
/// change is the change and the level it reaches, not a range.
/// </summary>
public class NumbersNearFiguresTests
{
    // Each figure as "value hedge" or "low-high hedge", in text order.
    private static string Read(string sentence) => string.Join("; ", Counts(sentence).Select(c =>
        (c.Value is { } v ? N(v) : $"{N(c.Low)}-{N(c.High)}") + " " + c.Hedge.ToString().ToLowerInvariant()));

    private static string N(double? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "";

    // A span of years (from/between/until, a dash, "during ... to") is a date: the troop figure beside it is the only figure.
    [Theory]
    [InlineData("Russia kept 4,000 troops in the enclave from 2014 to 2020.", "4000 exact")]
    [InlineData("Russia kept 4,000 troops in the enclave between 2014 and 2020.", "4000 exact")]
    [InlineData("Russia kept 4,000 troops in the enclave in 2014-2020.", "4000 exact")]
    [InlineData("Russia kept 4,000 troops in the enclave from 2014 until 2020.", "4000 exact")]
    [InlineData("Russia kept 4,000 troops in the enclave in 2014-15.", "4000 exact")]
    [InlineData("Russia has kept 4,000 troops in the enclave since 2014.", "4000 exact")]
    [InlineData("Some 1,200 soldiers served there from 2003 to 2011.", "1200 approximate")]
    [InlineData("The force grew from 2,000 to 4,000 troops between 2015 and 2017.", "2000 exact; 4000 exact")]
    [InlineData("Nearly 1,999 soldiers were killed from 2014 to 2016.", "1999 approximate")]
    [InlineData("The alliance kept 5,000 troops there during 2014 to 2016.", "5000 exact")]
    [InlineData("Some 3,000 soldiers were killed in 2014-2016, the ministry said.", "3000 approximate")]
    [InlineData("From 2015 to 2018, France kept 3,000 troops in Mali.", "3000 exact")]
    [InlineData("The mission, which ran from 2001 until 2014, involved 9,800 US troops.", "9800 exact")]
    public void A_span_of_years_is_no_figure(string sentence, string figures) => Assert.Equal(figures, Read(sentence));

    // A plain year after a word of time, then "to" and a count with a thousands comma: the date a toll runs from and the level
    // it reaches, not a range.
    [Theory]
    [InlineData("A mine killed three soldiers on Sunday, bringing the toll since 2013 to 2,178.", "3 exact; 2178 exact")]
    [InlineData("The ministry counted 412 soldiers killed last year, raising the total since June of 2011 to 3,065.", "412 exact; 3065 exact")]
    // near misses: no word of time before the first number, or a round one after "of": a range of counts
    [InlineData("The army keeps 1500 to 2,000 soldiers in the valley.", "1500-2000 range")]
    [InlineData("A force of 2000 to 3,000 soldiers will stay.", "2000-3000 range")]
    public void A_year_then_a_level_is_no_range(string sentence, string figures) => Assert.Equal(figures, Read(sentence));

    // A year or a span of years before a troop noun, after a word that leads dates: still a date.
    [Theory]
    [InlineData("From 2014 to 2020 troops were stationed in the enclave, with about 4,000 there at the peak.", "4000 approximate")]
    [InlineData("Between 2015 and 2019 soldiers from Canada led the battlegroup of 1,200 troops.", "1200 exact")]
    [InlineData("The 2014-2020 troop presence peaked at 4,500 soldiers.", "4500 exact")]
    [InlineData("By 2020 troops numbered 4,000.", "4000 exact")]
    [InlineData("In the summer of 2014 soldiers crossed the border, and 4,000 troops stayed.", "4000 exact")]
    [InlineData("In 2014 Russia sent 4,000 troops to the enclave.", "4000 exact")]
    [InlineData("In 2019 and 2020 troops from Germany led the battlegroup of 1,000 soldiers.", "1000 exact")]
    [InlineData("In 2014, 2015 or 2016 soldiers were sent there, and 1,500 troops stayed.", "1500 exact")]
    [InlineData("Between 2019 and 2021 troops rotated every six months; about 1,100 are there now.", "1100 approximate")]
    [InlineData("The 2022 deployment of 3,000 troops ended in 2023.", "3000 exact")]
    public void A_year_before_a_troop_noun_after_a_date_lead_is_no_figure(string sentence, string figures) =>
        Assert.Equal(figures, Read(sentence));

    // Counts of the size of a year stay figures: separators, round counts, ranges of counts, "by" and "of" before round ones.
    [Theory]
    [InlineData("About 2,000 troops were sent to the region in 2019.", "2000 approximate")]
    [InlineData("Germany sent 2000 soldiers to Lithuania.", "2000 exact")]
    [InlineData("Between 1,500 and 2,000 troops will be deployed, officials said.", "1500-2000 range")]
    [InlineData("Turkey deployed 2000-2100 soldiers to the border.", "2000-2100 range")]
    [InlineData("Turkey deployed 2,000-3,000 soldiers in 2016.", "2000-3000 range")]
    [InlineData("Russia had between 2,000 and 3,000 troops there in 2015.", "2000-3000 range")]
    [InlineData("A force of 2000 soldiers arrived on Monday.", "2000 exact")]
    [InlineData("The Army will cut by 2000 troops its presence in Europe.", "2000 exact")]
    [InlineData("The army has 2,020 soldiers in the region.", "2020 exact")]
    [InlineData("The force grew to 1,000 and 2000 soldiers were added.", "1000 exact; 2000 exact")]
    [InlineData("The brigade had 2,015 soldiers.", "2015 exact")]
    [InlineData("US troop levels fell from 2,000 in 2019 to 900 in 2021.", "2000 exact; 900 exact")]
    [InlineData("Russia deployed up to 2,000 troops in 2014 and 2015.", "2000 atmost")]
    public void Counts_the_size_of_a_year_stay_figures(string sentence, string figures) =>
        Assert.Equal(figures, Read(sentence));

    // "by N to M" after a verb of change: the change and the level it reaches, when the level is more than twice the change.
    [Theory]
    [InlineData("Troops will be increased by 2,000 to 12,000.", "2000 exact; 12000 exact")]
    [InlineData("The US will cut its troops in Germany by 9,500 to 25,000.", "9500 exact; 25000 exact")]
    [InlineData("Troops rose by 500 to 3,500 last month.", "500 exact; 3500 exact")]
    [InlineData("The US plans to reduce its forces by about 1,000 to 8,000 troops.", "1000 approximate; 8000 exact")]
    [InlineData("Troops will be increased by 2,000 to 12,000, up from 10,000.", "2000 exact; 12000 exact; 10000 exact")]
    public void By_a_change_to_a_level_is_two_figures(string sentence, string figures) => Assert.Equal(figures, Read(sentence));

    // Ranges of the change itself, and changes from a level to another, stay as they were.
    [Theory]
    [InlineData("Russia could reinforce its troops in the region by 5,000 to 10,000 soldiers, the analyst said.", "5000-10000 range")]
    [InlineData("The US plans to cut its forces by about 12,000 to 24,000 troops.", "12000-24000 range")]
    [InlineData("The garrison was reduced by 3,000 to 4,500 soldiers last year.", "3000-4500 range")]
    [InlineData("The contingent went up from 8,000 to 10,000.", "8000 exact; 10000 exact")]
    [InlineData("The force was reduced from 12,000 to 9,000 troops.", "12000 exact; 9000 exact")]
    [InlineData("Numbers went up from 8,000 to 10,000 troops, up from 6,000 a year ago.", "8000 exact; 10000 exact; 6000 exact")]
    [InlineData("The ministry will send 3,000 to 5,000 more troops.", "3000-5000 range")]
    public void Ranges_of_a_change_and_changes_from_a_level_stay(string sentence, string figures) => Assert.Equal(figures, Read(sentence));

    // A force split up: each share is a figure, parts of the whole when they add up to it.
    [Theory]
    [InlineData("The 4,000 troops are split between 3,000 in Vilnius and 1,000 in Kaunas.", "4000 exact; 3000 exact; 1000 exact")]
    [InlineData("The 4,000 troops are divided among 3,000 in Vilnius and about 1,000 in Kaunas.", "4000 exact; 3000 exact; 1000 approximate")]
    [InlineData("The 4,000 troops are split into 3,000 in Vilnius and 1,000 in Kaunas.", "4000 exact; 3000 exact; 1000 exact")]
    [InlineData("The troops are split between 3,000 in Vilnius and 1,000 in Kaunas.", "3000 exact; 1000 exact")]
    [InlineData("Some 82,000 troops were sent; 41,000 of them are fighting.", "82000 approximate; 41000 exact")]
    [InlineData("Russia has mobilised 300,000 reservists. Some 82,000 were sent; 41,000 of them are fighting.", "300000 exact; 82000 approximate; 41000 exact")]
    public void Each_share_of_a_split_force_is_a_figure(string sentence, string figures) => Assert.Equal(figures, Read(sentence));

    [Theory]
    [InlineData("The aid was split between 3,000 families in Vilnius and 1,000 in Kaunas.")]
    [InlineData("The troops are divided into 12 companies.")]
    public void Shares_of_other_things_are_no_figures(string sentence) => Assert.Empty(Counts(sentence));

    [Fact]
    public void The_shares_that_add_up_to_the_force_are_its_parts() =>
        Assert.All(Counts("The 4,000 troops are split between 3,000 in Vilnius and 1,000 in Kaunas.").Skip(1),
            c => Assert.Equal(TroopKind.Subset, c.Kind));
}
