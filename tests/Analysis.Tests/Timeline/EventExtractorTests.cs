namespace Analysis.Tests.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>Events from sentences written for these tests, in one made-up article per case.</summary>
public class EventExtractorTests
{
    private static readonly DateOnly Friday = new(2024, 10, 25);

    private static IReadOnlyList<TimelineEvent> EventsOf(string body, DateOnly? published = null)
    {
        var document = CorpusLoader.FromText("A made-up headline about drills\n" + body, "made-up", new DocumentMetadata(Published: published));
        return Extractor.Default.Extract(document).Events;
    }

    [Theory]
    [InlineData("Seoul's spy agency said on Tuesday that about 3,000 soldiers had been sent east.", EventKinds.Estimate)]
    [InlineData("Ukrainian military intelligence intercepted radio traffic between two Russian units.", EventKinds.Intercept)]
    [InlineData("Pyongyang banned foreign broadcasts in border towns to stop word of the transfers spreading.", EventKinds.SecurityMeasure)]
    [InlineData("Instructors drilled the new arrivals on drones and artillery spotting.", EventKinds.Training)]
    [InlineData("The Kremlin denied that any foreign units were fighting on its soil.", EventKinds.Statement)]
    [InlineData("The two foreign ministers met in Moscow to sign a new cooperation pact.", EventKinds.Diplomacy)]
    [InlineData("Rumours of the postings spread through garrison towns.", EventKinds.Unrest)]
    [InlineData("Pyongyang dispatched a second group of engineers by rail.", EventKinds.Deployment)]
    public void Classifies_each_kind(string sentence, string kind)
    {
        var e = Assert.Single(EventsOf(sentence, Friday));
        Assert.Equal(kind, e.Kind);
    }

    // What happened outranks how it was told; a denial, a negation or a topic ("talks about sending") is no deployment.
    [Theory]
    [InlineData("Several conscripts died of their wounds in a field hospital, the regional governor said.", EventKinds.Casualties)]
    [InlineData("Some 40 of the newly arrived marines were killed in a drone strike overnight, the governor said.", EventKinds.Casualties)]
    [InlineData("Border guards clashed with a patrol near the river crossing on Sunday.", EventKinds.Combat)]
    [InlineData("Officials said the volunteers had helped retake two villages north of the city.", EventKinds.Combat)]
    [InlineData("The defence ministry said it will send 600 engineers to the border next spring.", EventKinds.Deployment)]
    [InlineData("A second battalion arrived at the port by ferry, state television reported.", EventKinds.Deployment)]
    [InlineData("The defence ministry denied that its paratroopers had ever fought abroad.", EventKinds.Statement)]
    [InlineData("The government said it would not send troops to the region.", EventKinds.Statement)]
    [InlineData("Observers said the new brigade could change the course of the fighting.", EventKinds.Statement)]
    [InlineData("A UN security mission took over the port, the spokesman said.", EventKinds.Statement)]
    [InlineData("The two presidents held talks about sending more instructors.", EventKinds.Diplomacy)]
    [InlineData("Rumours spread among soldiers who fear being sent abroad.", EventKinds.Unrest)]
    [InlineData("The president today ordered another 1,200 paratroopers to the island.", EventKinds.Deployment)]
    [InlineData("Marines came ashore at the northern beaches before dawn.", EventKinds.Deployment)]
    [InlineData("An armoured column swept into the capital from the south.", EventKinds.Deployment)]
    [InlineData("Rebel units seized the airport road overnight.", EventKinds.Combat)]
    [InlineData("Veterans marked the anniversary of the landing at a ceremony in the port.", EventKinds.Statement)]
    [InlineData("The Security Council voted to extend the mission for a year.", EventKinds.Diplomacy)]
    public void Kinds_follow_what_happened_not_how_it_was_told(string sentence, string kind) =>
        Assert.Equal(kind, Assert.Single(EventsOf(sentence, Friday)).Kind);

    [Fact]
    public void A_corpus_lexicon_adds_cue_words_countries_and_people_to_the_timeline()
    {
        const string sentence = "Ruritanian marines embarked for the islands on Tuesday, Rassendyll said.";
        var document = CorpusLoader.FromText("A made-up headline\n" + sentence, "made-up", new DocumentMetadata(Published: Friday));
        Assert.DoesNotContain(Extractor.Default.Extract(document).Events, e => e.Kind == EventKinds.Deployment);
        var lexicon = Analysis.Vocabulary.Lexicon.Default.Merge(Analysis.Vocabulary.Lexicon.Parse("""
            {
              "words": { "event_deployment_cues": ["embarked"] },
              "countries": [ { "name": "Ruritania", "demonyms": ["Ruritanian"], "aliases": ["Strelsau"] } ],
              "actors": [ { "name": "Rudolf Rassendyll", "aliases": ["Rassendyll"] } ]
            }
            """));
        var e = Assert.Single(Extractor.For(lexicon).Extract(document).Events);
        Assert.Equal(EventKinds.Deployment, e.Kind);
        Assert.Equal(new[] { "Ruritania", "Rudolf Rassendyll" }, e.Actors);
        Assert.Equal(new DateOnly(2024, 10, 22), e.Date.Earliest);
    }

    [Theory]
    [InlineData("This shift could reshape the balance on the front.")]
    [InlineData("Such a move would be without precedent in recent decades.")]
    [InlineData("Despite this training, language remains a serious obstacle.")]
    public void Commentary_is_not_an_event(string sentence) => Assert.Empty(EventsOf(sentence, Friday));

    [Fact]
    public void Dates_events_against_the_published_date()
    {
        var events = EventsOf(
            "The defence ministry said on Tuesday that the first convoy had crossed the border.\n" +
            "Officials confirmed the arrival of a second convoy on Oct. 2.\n" +
            "Pyongyang banned travel between provinces last month.\n" +
            "Drills with live fire followed.", Friday);
        Assert.Equal(4, events.Count);
        Assert.Equal((new DateOnly(2024, 10, 22), DatePrecision.Day), (events[0].Date.Earliest!.Value, events[0].Date.Precision));
        Assert.Equal((new DateOnly(2024, 10, 2), DatePrecision.Day), (events[1].Date.Earliest!.Value, events[1].Date.Precision));
        Assert.Equal((new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 30), DatePrecision.Month), (events[2].Date.Earliest!.Value, events[2].Date.Latest!.Value, events[2].Date.Precision));
        // Undated in the text: it happened by the day its article was published, no earlier day is made up.
        Assert.Equal((null, Friday, DatePrecision.OnOrBefore), (events[3].Date.Earliest, events[3].Date.Latest, events[3].Date.Precision));
        Assert.StartsWith("reported by 2024-10-25, the day its article was published", events[3].Date.Expression);
    }

    // Friday 2024-10-25 is the published day: Tuesday is the 22nd, "next month" November, "by 2026" the year 2026.
    [Theory]
    [InlineData("The navy is preparing to move two more battalions to the islands next month, the ministry said on Tuesday.", "2024-10-22", "2024-10-22")]
    [InlineData("The government plans to call up 5,000 reservists by 2026, the minister told parliament on Tuesday.", "2024-10-22", "2024-10-22")]
    [InlineData("The alliance intends to deploy two more brigades in the north by 2026.", null, "2024-10-25")] // no statement: bounded by publication
    [InlineData("The coalition expects a further 900 engineers to arrive next month.", null, "2024-10-25")]
    [InlineData("The first transport ship will dock at the port next month, the ministry said on Tuesday.", "2024-11-01", "2024-11-30")] // the act itself is to come
    [InlineData("The navy had planned to move two battalions there on Oct. 2, 2024, the ministry said on Tuesday.", "2024-10-02", "2024-10-02")] // a plan's date gone by dates it
    public void A_plans_date_still_to_come_is_its_target_not_the_events_date(string sentence, string? earliest, string latest)
    {
        var e = Assert.Single(EventsOf(sentence, Friday));
        Assert.Equal((earliest is null ? null : DateOnly.Parse(earliest), DateOnly.Parse(latest)), (e.Date.Earliest, e.Date.Latest));
    }

    [Theory]
    [InlineData("OSLO (Reuters) - About 700 Norwegian engineers landed at the port on Tuesday.", "2024-10-22", "2024-10-22")]
    [InlineData("RIGA, Latvia - Some 300 Danish soldiers crossed into the country on Wednesday, the army said.", "2024-10-23", "2024-10-23")]
    [InlineData("VILNIUS - The first 150 German troops arrived in the capital yesterday.", "2024-10-24", "2024-10-24")]
    [InlineData("TALLINN, Oct. 21 (AP) - Two companies of British infantry arrived at the base.", "2024-10-21", "2024-10-21")] // only the dateline dates it
    [InlineData("TALLINN, Oct. 21 (AP) - Two companies of British infantry reached the base on Sunday.", "2024-10-20", "2024-10-20")] // the clause's own day first
    public void A_datelines_place_is_no_clause_that_leaves_the_event_undated(string sentence, string earliest, string latest)
    {
        var e = Assert.Single(EventsOf(sentence, Friday));
        Assert.Equal((DateOnly.Parse(earliest), DateOnly.Parse(latest)), (e.Date.Earliest, e.Date.Latest));
    }

    [Theory]
    [InlineData("The rear guard of the Polish contingent, about 240 soldiers, flew home on Wednesday.", "2024-10-23")]
    [InlineData("Two Dutch sappers, both sergeants, were hurt by a mine near the airfield on Monday.", "2024-10-21")]
    [InlineData("The camp, which once held 2,000 troops, closed on Thursday after eleven years.", "2024-10-24")]
    public void An_undated_clause_before_the_date_leaves_the_sentence_to_its_date(string sentence, string day)
    {
        var e = Assert.Single(EventsOf(sentence, Friday));
        Assert.Equal((DateOnly.Parse(day), DateOnly.Parse(day)), (e.Date.Earliest, e.Date.Latest));
    }

    [Fact]
    public void A_statements_date_still_comes_before_a_later_clauses_date()
    {
        var e = Assert.Single(EventsOf("About 300 engineers are at the base, the ministry said on Tuesday, and more arrived in September.", Friday));
        Assert.Equal((new DateOnly(2024, 10, 22), new DateOnly(2024, 10, 22)), (e.Date.Earliest, e.Date.Latest));
    }

    [Fact]
    public void Without_a_published_date_a_weekday_stays_unknown_but_keeps_its_words()
    {
        var e = Assert.Single(EventsOf("The defence ministry said on Tuesday that the first convoy had crossed the border."));
        Assert.Equal(DatePrecision.Unknown, e.Date.Precision);
        Assert.Null(e.Date.Earliest);
        Assert.Equal("on Tuesday", e.Date.Expression);
    }

    [Fact]
    public void Actors_are_canonical_sources_then_countries_and_people()
    {
        var e = Assert.Single(EventsOf("Kim Jong-un visited the departing units with Russian officers, according to Yonhap.", Friday));
        Assert.Equal(new[] { "Kim Jong Un", "Russia", "Yonhap" }, e.Actors);
    }

    [Fact]
    public void A_sentence_that_goes_on_about_the_last_event_continues_it()
    {
        var events = EventsOf("Ukrainian military intelligence intercepted radio traffic between two Russian units. They mocked the newcomers and complained about rations.", Friday);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(EventKinds.Intercept, e.Kind));
    }

    [Theory]
    [InlineData("However, in a briefing to parliament on Friday, the spy agency said that roughly 1,500 special forces had already reached Vladivostok by ship.", "The spy agency said roughly 1,500 special forces had already reached Vladivostok")]
    [InlineData("Meanwhile, the foreign minister, who arrived late on Sunday, met her counterpart to discuss the pact, which both sides called historic.", "The foreign minister met her counterpart to discuss the pact")]
    [InlineData("According to the Pentagon, about 8,000 troops have moved to the border region, raising fears of a wider war.", "Pentagon: about 8,000 troops have moved to the border region")]
    [InlineData("Lawmakers Kim Min-jun and Lee Ha-eun, citing the agency, told reporters that recruits are currently being taught to fly drones.", "Lawmakers told reporters recruits are being taught to fly drones")]
    // Commas inside figures are not the commas of an aside; "at least" is not a phrase to drop; a long line loses its
    // closing attribution (the actors keep it) and a trailing "up from" before its predicate.
    [InlineData("The North Korean units, which number some 9,000 men, include about 400 officers, the agency said.", "The North Korean units include about 400 officers, the agency said")]
    [InlineData("Rebels said on Monday they had killed at least 60 foreign fighters and 12 local soldiers in an ambush near the border crossing.", "Rebels said on Monday they had killed at least 60 foreign fighters and…")]
    [InlineData("About 2,500 marines are expected to reach the eastern ports within days, a senior defence official told reporters on Friday.", "About 2,500 marines are expected to reach the eastern ports within days")]
    [InlineData("The ministry counts about 6,500 foreign soldiers in the border region, up from 4,000 in March, two officials said.", "The ministry counts about 6,500 foreign soldiers in the border region")]
    [InlineData("The president warned on Sunday that the neighbouring army intended to move as many as 40,000 troops to the frontier.", "The president warned the neighbouring army intended to move as many as 40,000…")]
    // A long line loses its last phrases first ("May" is no modal), then a phrase of its subject, never a participle's.
    [InlineData("The number of foreign troops in the border region rose to about 6,500 by the end of May last year.", "The number of foreign troops in the border region rose to about 6,500")]
    [InlineData("The number of foreign troops in the border region has reached at least 7,500, according to a think tank.", "The number of foreign troops has reached at least 7,500")]
    [InlineData("Two wounded soldiers captured near the border crossing in the north are being questioned by the security service.", "Two wounded soldiers captured near the border crossing are being questioned")]
    public void Summaries_are_cut_from_the_sentence(string sentence, string summary) =>
        Assert.Equal(summary, EventSummarizer.Default.Summarize(sentence));

    [Theory]
    [InlineData("Officials in the capital, speaking on condition of anonymity because they were not authorised to discuss intelligence matters, said the units had left their barracks in the north of the country and were heading towards the port.")]
    [InlineData("The agency reported that the soldiers, most of them in their early twenties and drawn from elite units of the army, were being moved in small groups by air and by rail to training grounds in the far east of Russia.")]
    public void Long_sentences_become_short_lines_of_their_own_words(string sentence)
    {
        var summary = EventSummarizer.Default.Summarize(sentence);
        Assert.InRange(summary.Split(' ').Length, 3, EventSummarizer.MaxWords + 1);
        var words = summary.TrimEnd('…').Split(' ');
        Assert.All(words, w => Assert.Contains(w, sentence, StringComparison.OrdinalIgnoreCase));
    }
}
