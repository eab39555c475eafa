namespace Analysis.Tests.ChartImages;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// Hand-made findings over three short articles (our own sentences), with every kind of figure,
/// hedge, status, source kind and date precision, so charts and the browser test have something to draw.
/// Linked into the browser test project as well.
/// </summary>
public static class RichFindings
{
    public static Findings Make(string? hostile = null)
    {
        var a = CorpusLoader.FromText(
            (hostile ?? "Spy agency says the first soldiers have left") + "\n" +
            "The spy agency told lawmakers that about 1,500 soldiers had left by ship last week. " +
            "A second group is expected within weeks, an official added.\n", "briefing-a", new DocumentMetadata(Published: new DateOnly(2024, 10, 18)));
        var b = CorpusLoader.FromText(
            "Lawmakers raise the figure after a new briefing\n" +
            "Lawmakers said on Wednesday that roughly 3,000 soldiers were now training at bases in the east. " +
            "The defence ministry said at least 10,000 could follow by December.\n" +
            (hostile is null ? "" : hostile + " said 2,000 more were ready.\n"), "briefing-b", new DocumentMetadata(Published: new DateOnly(2024, 10, 23)));
        var c = CorpusLoader.FromText(
            "Estimate climbs as units reach the front\n" +
            "The agency now puts the number sent at between 10,000 and 12,000 soldiers, up from its earlier figure of 3,000. " +
            "A regional governor said up to 500 were wounded in the first clashes. " +
            "The army of the North counts about 1.2 million active soldiers, a think tank said.\n", "update-c", new DocumentMetadata(Published: new DateOnly(2024, 11, 4)));

        TroopCount Count(Document d, int sentence, string phrase, double? value, double? low, double? high, Hedge hedge, TroopKind kind,
            EstimateStatus status, string source, params string[] via) =>
            new(phrase, value, low, high, hedge, kind, status, "North Korea", source, via, At(d, sentence, phrase));

        // Each figure is current in its own article; only the one the text calls earlier is "earlier".
        var first = Count(a, 1, "about 1,500 soldiers", 1500, null, null, Hedge.Approximate, TroopKind.Deployment, EstimateStatus.Current, "National Intelligence Service", "lawmakers");
        var training = Count(b, 1, "roughly 3,000 soldiers", 3000, null, null, Hedge.Approximate, TroopKind.Deployment, EstimateStatus.Current, "Lawmakers");
        var follow = Count(b, 2, "at least 10,000", 10000, null, null, Hedge.AtLeast, TroopKind.Deployment, EstimateStatus.Planned, "Defence ministry");
        var range = Count(c, 1, "between 10,000 and 12,000 soldiers", null, 10000, 12000, Hedge.Range, TroopKind.Deployment, EstimateStatus.Current, "National Intelligence Service");
        var before = Count(c, 1, "3,000", 3000, null, null, Hedge.Exact, TroopKind.Deployment, EstimateStatus.Earlier, "National Intelligence Service");
        var wounded = Count(c, 2, "up to 500", 500, null, null, Hedge.AtMost, TroopKind.Casualties, EstimateStatus.Current, "Regional governor");
        var army = Count(c, 3, "about 1.2 million active soldiers", 1_200_000, null, null, Hedge.Approximate, TroopKind.ArmySize, EstimateStatus.Current, "Think tank");
        var counts = hostile is null ? new[] { first, training, follow, range, before, wounded, army }
            : [first, training, follow, range, before, wounded, army, Count(b, 3, "2,000", 2000, null, null, Hedge.Exact, TroopKind.Deployment, EstimateStatus.Current, hostile)];

        var mentions = new List<SourceMention>
        {
            new("The spy agency", "National Intelligence Service", SourceKind.Intelligence, "South Korea", At(a, 1, "The spy agency")),
            new("lawmakers", "Lawmakers", SourceKind.Official, "South Korea", At(a, 1, "lawmakers")),
            new("an official", "Unnamed official", SourceKind.Official, null, At(a, 2, "an official")),
            new("Lawmakers", "Lawmakers", SourceKind.Official, "South Korea", At(b, 1, "Lawmakers")),
            new("The defence ministry", "Defence ministry", SourceKind.Government, "South Korea", At(b, 2, "The defence ministry")),
            new("The agency", "National Intelligence Service", SourceKind.Intelligence, "South Korea", At(c, 1, "The agency")),
            new("A regional governor", "Regional governor", SourceKind.Official, "Russia", At(c, 2, "A regional governor")),
            new("a think tank", "Think tank", SourceKind.Other, null, At(c, 3, "a think tank")),
        };
        var sources = new List<CitedSource>
        {
            new("National Intelligence Service", SourceKind.Intelligence, "South Korea", 2, 2, 3),
            new("Lawmakers", SourceKind.Official, "South Korea", 2, 2, 1),
            new("Defence ministry", SourceKind.Government, "South Korea", 1, 1, 1),
            new("Regional governor", SourceKind.Official, "Russia", 1, 1, 1),
            new("Think tank", SourceKind.Other, null, 1, 1, 1),
            new("Unnamed official", SourceKind.Official, null, 1, 1, 0),
        };
        if (hostile is not null)
        {
            mentions.Add(new(hostile, hostile, SourceKind.Outlet, null, At(b, 3, hostile)));
            sources.Add(new(hostile, SourceKind.Outlet, null, 1, 1, 1));
        }

        static EventDate Day(int m, int d) => new(new DateOnly(2024, m, d), new DateOnly(2024, m, d), DatePrecision.Day, null);
        var events = new List<TimelineEvent>
        {
            new(1, "deployment", ["North Korea"], "First group leaves by ship",
                new EventDate(new DateOnly(2024, 10, 7), new DateOnly(2024, 10, 13), DatePrecision.Interval, "last week"), [first], At(a, 1, "about 1,500 soldiers had left by ship last week")),
            new(2, "statement", ["Unnamed official"], "A second group is expected", EventDate.Unknown, [], At(a, 2, "A second group is expected within weeks")),
            new(3, "briefing", ["Lawmakers"], "Lawmakers report troops training in the east", Day(10, 23) with { Expression = "on Wednesday" }, [training],
                At(b, 1, "Lawmakers said on Wednesday that roughly 3,000 soldiers were now training at bases in the east.")),
            new(4, "statement", ["Defence ministry"], "Ministry expects more to follow",
                new EventDate(new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 31), DatePrecision.Month, "by December"), [follow], At(b, 2, "at least 10,000 could follow by December")),
            new(5, "deployment", ["North Korea"], "Units reach the front", new EventDate(new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30), DatePrecision.Month, null), [range, before],
                At(c, 1, "The agency now puts the number sent at between 10,000 and 12,000 soldiers, up from its earlier figure of 3,000.")),
            new(6, "clash", ["Regional governor"], "First clashes, wounded reported", Day(11, 4), [wounded], At(c, 2, "up to 500 were wounded in the first clashes")),
        };
        var corpus = new Corpus("/tmp/rich", [a, b, c], []);
        return new Findings(corpus, counts, mentions, sources, events);
    }

    // The provenance of the first occurrence of `words` in a sentence of the document.
    private static Provenance At(Document document, int sentence, string words)
    {
        var s = document.Sentences[sentence];
        var start = document.Text.IndexOf(words, s.Span.Start, StringComparison.Ordinal);
        if (start < 0 || start + words.Length > s.Span.End) throw new ArgumentException($"\"{words}\" is not in sentence {sentence} of {document.Id}");
        return Provenance.Of(document, s, new TextSpan(start, start + words.Length));
    }
}
