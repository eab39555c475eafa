namespace Analysis.Tests.Report;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Report;
using Analysis.Timeline;

/// <summary>Findings built by hand, so report and chart tests do not depend on the extractors.</summary>
internal static class SampleFindings
{
    public static Findings Make(string title = "Drills near the border", string quote = "Officials said 2,000 soldiers moved east.")
    {
        var text = title + "\n" + quote + "\n";
        var document = CorpusLoader.FromText(text, "sample");
        var sentence = document.Sentences[1];
        var provenance = Provenance.Of(document, sentence, sentence.Span);
        var count = new TroopCount("2,000 soldiers", 2000, null, null, Hedge.Exact, TroopKind.Deployment, EstimateStatus.Current,
            "North Korea", "Officials", [], provenance);
        var army = new TroopCount("1.2 million", 1_200_000, null, null, Hedge.Approximate, TroopKind.ArmySize, EstimateStatus.Current,
            "North Korea", null, [], provenance);
        var mention = new SourceMention("Officials", "Officials", SourceKind.Government, null, provenance);
        var source = new CitedSource("Officials", SourceKind.Government, null, 1, 1, 1);
        var dated = new TimelineEvent(1, "deployment", ["Officials"], "Soldiers moved east",
            new EventDate(new DateOnly(2024, 10, 22), new DateOnly(2024, 10, 24), DatePrecision.Interval, "the summit"), [count], provenance);
        var undated = dated with { Order = 2, Summary = "Nothing dated", Date = EventDate.Unknown };
        var corpus = new Corpus("/tmp/sample", [document], [new LoadProblem("/tmp/sample/bad.txt", null, "is empty", ProblemAction.Skipped)]);
        return new Findings(corpus, [count, army], [mention], [source], [dated, undated]);
    }
}
