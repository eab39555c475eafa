namespace Analysis.Tests.Extraction.Figures;

using Analysis.Corpus;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures missed in unseen stories (issue 14): a number whose noun is understood from a troop figure of its
/// sentence ("Chad around 300 instead of 1,000", "and the one in Abidjan 950", "including over 5,000 in the Sahel", "the 900
/// announced", "put the total above 6,000"), nouns of translated copy and of other shapes ("2.000 of its militaries", "a further
/// 3,000 reinforcements", "1,000 deminers", "600 fallen", "150 Chinese are serving"), a decimal comma ("4,5 million") and a
/// headline's bare demonym in one of the war's places. Each shape has rows where the same words count something else. Our own
/// sentences, after the real reporting of RealReporting.md (rows 770-781).
/// </summary>
public class UnderstoodNounFigureTests
{
    [Theory]
    [InlineData("Italy would keep about 200 soldiers in Niger instead of 400, Chad about 150 instead of 500, the officials said.", new[] { 200d, 400d, 150d, 500d })]
    [InlineData("The camps at Gao and Kidal each housed 400 Dutch troops last year and the one in Bamako 1,100.", new[] { 400d, 1_100d })]
    [InlineData("Spain had more than 3,000 troops abroad, including some 600 in Lebanon.", new[] { 3_000d, 600d })]
    [InlineData("Canada has 2,000 troops abroad — about 1,000 in Latvia, 400 in Kuwait and 150 in Iraq.", new[] { 2_000d, 1_000d, 400d, 150d })]
    [InlineData("About 1,800 soldiers are now posted there, nearly double the 1,200 announced in March.", new[] { 1_800d, 1_200d })]
    [InlineData("Of the 9,000 troops Minsk sent, some 2,000 had been wounded by May, and Lithuanian intelligence put the total above 3,500.", new[] { 9_000d, 2_000d, 3_500d })]
    public void A_number_whose_noun_is_the_troop_figure_of_its_sentence_is_a_figure(string sentence, double[] values) =>
        Assert.Equal(values, Values(sentence));

    [Fact]
    public void A_verb_of_estimating_reaches_past_the_nationals_it_counts() =>
        Assert.Equal([170d], Values("Some foreigners end up in the army. Kyiv had put the number of Nepali nationals involved in the war at no fewer than 170."));

    [Theory]
    [InlineData("Russia has 30,000 troops near the town, and in the region of Kherson 2,000 families have fled.", new[] { 30_000d })]
    [InlineData("The U.S. has 2,500 troops in Iraq, and on Highway 401 300 cars were stopped.", new[] { 2_500d })]
    [InlineData("Kenya has sent 400 police officers, and the mission in Haiti 2025 plans a larger force.", new[] { 400d })]
    [InlineData("Ukraine's army has 20,000 soldiers there, and the governor put the number of civilians killed in the strikes at 300.", new[] { 20_000d })]
    [InlineData("Russia sent 10,000 troops; the 900 announced job cuts at the plant came later.", new[] { 10_000d })]
    [InlineData("The mission has 2,500 troops from 12 countries, including 10 African nations.", new[] { 2_500d })]
    [InlineData("The Chinese in Moscow number about 30,000, and Russia keeps 5,000 troops in the region.", new[] { 5_000d })]
    [InlineData("Russia keeps 5,000 troops in the region, 2024 in Kursk having been the worst year.", new[] { 5_000d })]
    public void A_number_beside_a_troop_figure_is_not_one_without_the_shape(string sentence, double[] values) =>
        Assert.Equal(values, Values(sentence));

    [Theory]
    [InlineData("The ministry admitted that about 3.000 of its militaries are stationed in Mali.", 3_000d)]
    [InlineData("Some 1.500 militaries french remain deployed in Chad.", 1_500d)]
    [InlineData("Seoul said Pyongyang had sent a further 2,000 reinforcements to the front in March.", 2_000d)]
    [InlineData("Moscow said Minsk sent about 800 deminers to the border region.", 800d)]
    [InlineData("The 1,100 newcomers doubled the U.S. military presence at the base.", 1_100d)]
    [InlineData("He further summoned 3,2 million reservists to the barracks.", 3_200_000d)]
    public void Nouns_of_translated_copy_and_of_other_shapes_count_troops(string sentence, double value) =>
        Assert.Equal([value], Values(sentence));

    [Theory]
    [InlineData("The two militaries held joint drills off the coast, the ministry said.")]
    [InlineData("Officials from 32 militaries met in Brussels on Tuesday.")]
    [InlineData("Some 1,000 deminers from the charity have cleared fields since 2022.")]
    [InlineData("The town registered 1,100 newcomers last year.")]
    [InlineData("The fund raised 4,5 million euros for the families of the fallen.")]
    public void The_same_nouns_count_other_things(string sentence) => Assert.Empty(Counts(sentence));

    [Fact]
    public void Headline_casualties_may_have_fallen() =>
        Assert.Equal([900d, 3_000d], Values("Belarusian soldiers abroad: 900 fallen and over 3.000 wounded"));

    // A headline reads against the sentence after it.
    private static double[] HeadlineValues(string headline, string lead) =>
        Extractor.Default.Extract(CorpusLoader.FromText(headline + "\n\n" + lead, "h")).TroopCounts.Select(c => c.Value ?? c.Low ?? -1).ToArray();

    [Theory]
    [InlineData("Minsk brings its instructors home from Mali, admits 14 deaths", "Belarus said on Friday that its troops had trained Malian units for a year.", 14d)]
    [InlineData("Lukashenko: more than 400 Belarusians killed or wounded near Kherson", "The president said the count came from a report by his army chief.", 400d)]
    public void A_headline_counts_casualties_when_the_lead_speaks_of_soldiers(string headline, string lead, double value) =>
        Assert.Equal([value], HeadlineValues(headline, lead));

    [Theory]
    [InlineData("Flood in the north: 14 deaths", "Belarus said on Friday that its troops had trained Malian units for a year.")]
    [InlineData("Minsk brings its instructors home from Mali, admits 14 deaths", "The president said on Friday that the trip had been a success.")]
    public void A_headline_counts_no_casualties_without_the_shape_or_a_lead_about_soldiers(string headline, string lead) =>
        Assert.Empty(HeadlineValues(headline, lead));

    [Theory]
    [InlineData("Kyiv believes as many as 200 Chinese are serving in Russian assault units.", 200d)]
    [InlineData("Ukraine says 90 Senegalese fighting for Russia were captured this year.", 90d)]
    [InlineData("Syrskyi: 12,000 North Koreans now in Kursk", 12_000d)]
    public void People_of_a_country_whose_demonym_is_its_own_plural_or_who_are_in_the_war_are_troops(string sentence, double value) =>
        Assert.Equal([value], Values(sentence));

    [Theory]
    [InlineData("About 150 Chinese companies are serving the Russian market.")]
    [InlineData("Some 2,000 Chinese visited Crimea last year.")]
    [InlineData("About 150 Japanese were evacuated from the city on Monday.")]
    [InlineData("About 3 million Ukrainians now in Poland want to go home.")]
    [InlineData("Some 2,000 Chinese now in Moscow work on building sites.")]
    public void People_of_a_country_not_said_to_serve_are_not_troops(string sentence) => Assert.Empty(Counts(sentence));

    [Fact]
    public void People_of_a_country_who_work_in_a_war_place_beside_a_troop_figure_are_not_troops() =>
        Assert.Equal([20_000d], Values("Some 2,000 Chinese in Crimea work on the bridge, and Russia keeps 20,000 troops there."));
}
