namespace Analysis.Tests.Timeline;

using Analysis.Extraction;
using Analysis.Timeline;

public class KnownEventsTests
{
    [Fact]
    public void The_shipped_gazetteer_has_the_Kazan_summit()
    {
        var kazan = Assert.Single(KnownEvents.Default.Events, e => e.Aliases.Contains("BRICS summit"));
        Assert.Equal((new DateOnly(2024, 10, 22), new DateOnly(2024, 10, 24)), (kazan.Start, kazan.End));
        Assert.All(KnownEvents.Default.Events, e => Assert.True(e.Start <= e.End));
    }

    [Fact]
    public void Adding_returns_a_new_gazetteer_and_leaves_the_default_alone()
    {
        var before = KnownEvents.Default.Events.Count;
        var extended = KnownEvents.Default
            .Add("Party congress", new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 4), "party congress")
            .AddActor("Wagner Group", "Wagner");
        Assert.Equal(before, KnownEvents.Default.Events.Count);
        Assert.Equal(before + 1, extended.Events.Count);
        Assert.Equal(new[] { "Wagner Group" }, extended.FindActors("Wagner fighters left.").Select(a => a.Actor));
        Assert.Empty(KnownEvents.Default.FindActors("Wagner fighters left."));
    }

    [Theory]
    [InlineData("North Korean troops crossed the river.", "North Korea")]
    [InlineData("Officials in Pyongyang stayed silent.", "North Korea")]
    [InlineData("U.S. officials gave no figure.", "United States")]
    [InlineData("The U.S. said so.", "United States")]
    [InlineData("Two Russian service members and Ukrainian border guards were seen.", "Russia, Ukraine")]
    [InlineData("Finnish-built trucks carried Belarusian special forces-led columns.", "Belarus")]
    [InlineData("The soldiers learned basic Russian commands.", "")]
    [InlineData("The leaders spoke to us about the plan.", "")]
    public void Actors_by_name_and_by_demonym_before_people_or_institutions(string text, string expected) =>
        Assert.Equal(expected, string.Join(", ", KnownEvents.Default.FindActors(text).Select(a => a.Actor)));

    // The events read a sentence's actors in its own string (whose tokens the matchers before have read), with spans moved
    // to the document's: the same actors and spans as reading the document there, a demonym's noun cut off at the
    // sentence's end included.
    [Theory]
    [InlineData("North Korean troops crossed. Russian officials met South Korean", 0)]
    [InlineData("North Korean troops crossed. Russian officials met South Korean", 1)]
    [InlineData("Seoul said so. Ukrainian border guards and Russian officials were seen near Kursk.", 1)]
    public void A_sentence_read_in_its_own_string_gives_the_document_spans(string document, int sentence)
    {
        var parts = document.Split(". ");
        var start = parts.Take(sentence).Sum(p => p.Length + 2);
        var text = sentence < parts.Length - 1 ? parts[sentence] + "." : parts[sentence];
        var inDocument = KnownEvents.Default.FindActors(document, start, start + text.Length);
        Assert.NotEmpty(inDocument);
        Assert.Equal(inDocument, KnownEvents.Default.FindActors(text, 0, text.Length, start));
    }

    [Fact]
    public void Parses_the_lexicon_format_and_refuses_bad_dates()
    {
        var events = KnownEvents.Parse("""
            { "events": [ { "name": "Test drill", "start": "2025-03-01", "aliases": ["test drill"] } ],
              "countries": [ { "name": "Testland", "demonyms": ["Testish"], "aliases": ["Testville"] } ],
              "actors": [ { "name": "Tess Tester", "aliases": ["Tester"] } ] }
            """);
        var drill = Assert.Single(events.Events);
        Assert.Equal(drill.Start, drill.End);
        Assert.Equal(DatePrecision.Day, drill.Date("test drill").Precision);
        Assert.Equal("Testland", Assert.Single(events.FindActors("Testish troops")).Actor);
        Assert.Empty(events.FindActors("Testish cheese"));
        Assert.Equal(new[] { "Tess Tester", "Testland" }, events.FindActors("Tester flew to Testville.").Select(a => a.Actor));
        Assert.Throws<Analysis.Vocabulary.LexiconException>(() => KnownEvents.Parse("""{ "events": [ { "name": "X", "start": "March 2025" } ] }"""));
        Assert.Throws<ArgumentException>(() => KnownEvents.Empty.Add("Backwards", new DateOnly(2025, 2, 2), new DateOnly(2025, 2, 1), "x"));
    }

    // Each event found, by the day it starts.
    [Theory]
    [InlineData("Leaders gathered at the BRICS summit in Kazan on Wednesday.", "2024-10-22")]
    [InlineData("At the bRiCs   SUMMIT, the host spoke first.", "2024-10-22")]
    [InlineData("Before Putin’s visit to Pyongyang, officials prepared a deal.", "2024-06-19")]
    [InlineData("Reporters covered the Kazan\nsummit and the Vostochny summit.", "2024-10-22, 2023-09-13")]
    [InlineData("PUTIN'S TRIP TO PYONGYANG drew attention.", "2024-06-19")]
    [InlineData("A summitry of bricsy kazanian style is not an event.", "")]
    public void Known_events_are_found_in_any_case_apostrophe_and_spacing(string text, string expected) =>
        Assert.Equal(expected, string.Join(", ", KnownEvents.Default.FindEvents(text).Select(e => $"{e.Event.Start:yyyy-MM-dd}")));

    [Fact]
    public void Country_actors_are_the_lexicon_s_countries_and_a_corpus_lexicon_adds_its_own()
    {
        var lexicon = Analysis.Vocabulary.Lexicon.Default.Merge(Analysis.Vocabulary.Lexicon.Parse("""
            { "countries": [ { "name": "Ruritania", "demonyms": ["Ruritanian"], "aliases": ["Strelsau"] } ],
              "actors": [ { "name": "Rudolf Rassendyll", "aliases": ["Rassendyll"] } ] }
            """));
        var known = KnownEvents.For(lexicon);
        Assert.Same(known, KnownEvents.For(lexicon));
        Assert.Equal(new[] { "Rudolf Rassendyll", "Ruritania", "Japan" },
            known.FindActors("Rassendyll said Ruritanian border troops met Japanese officials in Strelsau.").Select(a => a.Actor).Distinct());
        Assert.Equal(new[] { "Japan" }, KnownEvents.Default.FindActors("Rassendyll said Ruritanian border troops met Japanese officials in Strelsau.").Select(a => a.Actor));
    }
}
