namespace Analysis.Tests.Extraction.Figures;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>One sentence, one figure: each pattern of the issue, with its value, bounds and hedge.</summary>
public class TroopCountTests
{
    [Theory]
    [InlineData("Approximately 10,000 soldiers are in Russia.", 10_000d, null, null, Hedge.Approximate)]
    [InlineData("Pyongyang has sent 3,000 troops.", 3_000d, null, null, Hedge.Exact)]
    [InlineData("The army has 1,500 personnel on the border.", 1_500d, null, null, Hedge.Exact)]
    [InlineData("Some 10 000 soldiers crossed the border.", 10_000d, null, null, Hedge.Approximate)]
    [InlineData("Around 10k troops are waiting in Primorsky.", 10_000d, null, null, Hedge.Approximate)]
    [InlineData("Ten thousand troops arrived in Kursk.", 10_000d, null, null, Hedge.Exact)]
    [InlineData("It has deployed 11,000 to 12,000 troops.", null, 11_000d, 12_000d, Hedge.Range)]
    [InlineData("It has deployed 11,000-12,000 troops.", null, 11_000d, 12_000d, Hedge.Range)]
    [InlineData("It sent between 3,000 and 5,000 soldiers.", null, 3_000d, 5_000d, Hedge.Range)]
    [InlineData("It sent ten to twelve thousand soldiers.", null, 10_000d, 12_000d, Hedge.Range)]
    [InlineData("More than 1,000 soldiers were killed.", 1_000d, 1_000d, null, Hedge.AtLeast)]
    [InlineData("It could send up to 100,000 troops.", 100_000d, null, 100_000d, Hedge.AtMost)]
    [InlineData("As many as 15,000 troops may follow.", 15_000d, null, 15_000d, Hedge.AtMost)]
    [InlineData("Several thousand troops are training there.", null, 2_000d, 9_000d, Hedge.Vague)]
    [InlineData("Tens of thousands of soldiers could follow.", null, 20_000d, 90_000d, Hedge.Vague)]
    [InlineData("The army counts about 1.5 million soldiers.", 1_500_000d, null, null, Hedge.Approximate)]
    [InlineData("It has a roster of potentially 12 million soldiers.", 12_000_000d, null, null, Hedge.Possible)]
    [InlineData("A 10,000-strong contingent is in Kursk.", 10_000d, null, null, Hedge.Exact)]
    [InlineData("It has sent 5,000 or more troops.", 5_000d, 5_000d, null, Hedge.AtLeast)]
    public void Reads_value_bounds_and_hedge(string sentence, double? value, double? low, double? high, Hedge hedge)
    {
        var count = Assert.Single(Counts(sentence));
        Assert.Equal((value, low, high, hedge), (count.Value, count.Low, count.High, count.Hedge));
    }

    [Theory]
    [InlineData("North Korea sent 10,000 troops to Russia.", TroopKind.Deployment)]
    [InlineData("About 3,000 North Korean soldiers have been killed or wounded.", TroopKind.Casualties)]
    [InlineData("Ukraine captured 200 North Korean soldiers.", TroopKind.Casualties)]
    [InlineData("North Korea has an army of 1.2 million.", TroopKind.ArmySize)]
    [InlineData("Its roster lists 12 million soldiers.", TroopKind.ArmySize)]
    [InlineData("About 500 North Korean soldiers marched in the parade.", TroopKind.Other)]
    // Where the troops were is no kind when a word says what happened to them.
    [InlineData("Estonian snipers shot dead four Russian soldiers in the Narva district.", TroopKind.Casualties)]
    [InlineData("Armenian losses in the Syunik region had reached 40.", TroopKind.Casualties)]
    [InlineData("Minsk moved 3,000 soldiers to the Hrodna region.", TroopKind.Deployment)]
    // A speaker that is an army cites the figure; it does not say what the figure counts.
    [InlineData("Hungary has sent 400 soldiers to Chad, the army said.", TroopKind.Deployment)]
    [InlineData("About 1,500 Belarusian soldiers are now in the Gomel region, the army said.", TroopKind.Deployment)]
    [InlineData("Roughly 900 Estonian troops remain near Narva, the Estonian army said on Tuesday.", TroopKind.Deployment)]
    [InlineData("The Ukrainian army said 3,000 North Korean soldiers were in Kursk.", TroopKind.Deployment)]
    [InlineData("Some 600 Kenyan police officers are now in Haiti, said the army.", TroopKind.Deployment)]
    [InlineData("About 2,000 Indian soldiers remain in South Sudan, an army spokesman told reporters.", TroopKind.Deployment)]
    [InlineData("About 700 troops crossed into the province on Sunday, the Kenyan army said in a statement.", TroopKind.Deployment)]
    [InlineData("The army said on Friday that 2,500 soldiers had been deployed along the border.", TroopKind.Deployment)]
    [InlineData("According to the army, some 1,200 marines arrived at the base last week.", TroopKind.Deployment)]
    // The army the figure measures stays one.
    [InlineData("Poland aims to build an army of 300,000 soldiers by 2035, the defense ministry said.", TroopKind.ArmySize)]
    [InlineData("The army of 250,000 soldiers is the largest in the region, the army said.", TroopKind.ArmySize)]
    [InlineData("Among other units, there were 2,000 troops near Narva.", TroopKind.Deployment)]
    [InlineData("The drills were among the largest; 2,000 soldiers took part near Narva.", TroopKind.Deployment)]
    public void Reads_the_kind(string sentence, TroopKind kind) => Assert.Equal(kind, Assert.Single(Counts(sentence)).Kind);

    [Fact]
    public void A_figure_joined_to_a_part_of_the_force_is_another_part()
    {
        var counts = Counts("The Belarusian battalion of some 600 soldiers includes about 40 officers and 25 snipers.");
        Assert.Equal([TroopKind.Deployment, TroopKind.Subset, TroopKind.Subset], counts.Select(c => c.Kind));
    }

    [Theory]
    // A clause that opens with "among" and ends with a verb right before the figure names a part of the force.
    [InlineData("Hungary sent 900 soldiers to Chad. Among them were some 400 officers.", TroopKind.Subset)]
    [InlineData("Minsk moved 3,000 soldiers north; among those deployed are 300 combat engineers.", TroopKind.Subset)]
    [InlineData("Hungary sent 900 soldiers to Chad. Among the reasons was a request; 400 officers went too.", TroopKind.Deployment)]
    public void An_inverted_among_clause_names_a_part(string passage, TroopKind second) =>
        Assert.Equal([TroopKind.Deployment, second], Counts(passage).Select(c => c.Kind));

    [Theory]
    [InlineData("North Korea has sent 10,000 troops.", EstimateStatus.Current)]
    [InlineData("North Korea plans to send 5,000 troops next year.", EstimateStatus.Planned)]
    [InlineData("Another 2,000 soldiers will be sent in spring.", EstimateStatus.Planned)]
    [InlineData("Some 2,000 Belarusian soldiers will enter the exercise area next week.", EstimateStatus.Planned)]
    [InlineData("The ministry intended to move as many as 40,000 troops to the border.", EstimateStatus.Planned)]
    [InlineData("The garrison could fall to about 1,000 soldiers after the rotation.", EstimateStatus.Planned)]
    [InlineData("The earlier estimate was 3,000 troops.", EstimateStatus.Earlier)]
    // A target, goal, ceiling, cap or requirement is a number still to reach.
    [InlineData("Chad's peacekeeping contingent keeps growing: the target is about 2,400 soldiers.", EstimateStatus.Planned)]
    [InlineData("Parliament set a ceiling of 15,000 troops for the mission.", EstimateStatus.Planned)]
    [InlineData("The army says the goal is to reach 3,000 reservists by autumn.", EstimateStatus.Planned)]
    [InlineData("The mission's requirement of 6,000 peacekeepers was set in March.", EstimateStatus.Planned)]
    [InlineData("The soldiers hit the target; 300 troops remain near Narva.", EstimateStatus.Current)]
    [InlineData("Its goalkeeper trained with 300 soldiers near Narva.", EstimateStatus.Current)]
    public void Reads_the_status(string sentence, EstimateStatus status) => Assert.Equal(status, Assert.Single(Counts(sentence)).Status);

    [Theory]
    // A headline's infinitive announces a plan; the same words in a body sentence are read as they stand.
    [InlineData("Budapest to deploy 200 soldiers to Chad\n\nThe government confirmed the plan on Monday.", EstimateStatus.Planned)]
    [InlineData("Chad mission\n\nTrucks were used to deploy 200 soldiers to the border on Monday.", EstimateStatus.Current)]
    public void A_headline_infinitive_is_planned(string text, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Extractor.Default.Extract(CorpusLoader.FromText(text, "t")).TroopCounts).Status);

    [Fact]
    public void Change_from_one_figure_to_another_is_an_earlier_and_a_current_estimate()
    {
        var counts = Counts("The number of North Korean troops rose from 3,000 to 10,000.");
        Assert.Equal([(3_000d, EstimateStatus.Earlier), (10_000d, EstimateStatus.Current)], counts.Select(c => (c.Value!.Value, c.Status)));
    }

    [Theory]
    [InlineData("About 10,000 North Korean troops are in Kursk.", "North Korea")]
    [InlineData("Russia has lost 600,000 soldiers, Ukraine says.", "Russia")]
    [InlineData("Troops from North Korea, about 10,000 soldiers, are in Kursk.", "North Korea")]
    [InlineData("Ukrainian officials said 3,000 Russian soldiers died.", "Russia")]
    [InlineData("American soldiers rotating through Poland number about 4,500.", "United States")]
    public void Reads_whose_troops(string sentence, string subject) => Assert.Equal(subject, Assert.Single(Counts(sentence)).Subject);

    [Theory]
    [InlineData("In 2024, North Korean troops arrived in Russia.")]
    [InlineData("On Oct. 23, North Korean soldiers crossed the border.")]
    [InlineData("About 40 percent of the soldiers have no experience.")]
    [InlineData("About 40% of the troops are conscripts.")]
    [InlineData("Russia pays $2,000 per soldier each month.")]
    [InlineData("Russia pays 2,000 dollars per soldier each month.")]
    [InlineData("North Korea has about 26 million people and a large army.")]
    [InlineData("Food shortages affect 12 million people, while soldiers go abroad.")]
    [InlineData("Putin spoke at the 16th BRICS summit.")]
    [InlineData("The 2nd Army Corps has been sent, officials said.")]
    [InlineData("One soldier said the unit was short of food.")]
    [InlineData("One in ten soldiers has been wounded.")]
    [InlineData("Conscripts serve for up to ten years in the army.")]
    [InlineData("The soldiers, aged 18 to 24, arrived by train.")]
    [InlineData("The troops travelled 1,000 km by train.")]
    [InlineData("The firm has 2,000 regular customers in Narva.")]
    [InlineData("The ministry hired 300 contractors to repair the roads.")]
    public void Ignores_numbers_that_do_not_count_soldiers(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("Moscow sent 2,000 Russian regulars to the border.", 2_000d)]
    [InlineData("Some 1,500 military contractors guard the mines.", 1_500d)]
    [InlineData("The junta hired about 1,000 private military contractors last year.", 1_000d)]
    public void Regulars_and_military_contractors_are_troops(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Counts(sentence)).Value);

    [Theory]
    [InlineData("Ukraine's tally of North Korean troops keeps rising. Kyiv believes around 12,000 are already involved.", 12_000d)]
    [InlineData("The rebels, who number some 8,000 people, hold the north.", 8_000d)]
    [InlineData("Mercenaries numbering roughly 1,500 have been flown into the capital.", 1_500d)]
    public void A_number_with_no_troop_noun_beside_it_counts_the_troops_its_context_names(string passage, double value) =>
        Assert.Equal(value, Assert.Single(Counts(passage)).Value);

    [Theory]
    [InlineData("The talks lasted for hours. Kyiv believes around 12,000 are already involved.")]
    [InlineData("The villagers, who number some 8,000 people, hold the north.")]
    public void A_number_with_no_troop_noun_and_no_troops_in_its_context_is_not_a_troop_count(string passage) => Assert.Empty(Counts(passage));

    [Fact]
    public void A_figure_in_the_headline_is_a_fact()
    {
        var document = CorpusLoader.FromText("North Korea Sends 10,000 Troops to Russia\n\nThe deployment was confirmed on Friday.");
        var count = Assert.Single(Extractor.Default.Extract(document).TroopCounts);
        Assert.Equal((10_000d, 0), (count.Value!.Value, count.Provenance.Sentence));
    }

    [Fact]
    public void Phrase_and_quote_are_the_exact_words()
    {
        var document = TestData.Passage("Officials said approximately 10,000 North Korean troops are training.");
        var count = Assert.Single(Extractor.Default.Extract(document).TroopCounts);
        Assert.Equal("approximately 10,000", count.Phrase);
        Assert.Equal("approximately 10,000 North Korean troops", count.Provenance.Quote);
        Assert.Equal(count.Provenance.Quote, document.Quote(count.Provenance.Span));
    }
}
