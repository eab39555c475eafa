using System.Text;

namespace Analysis.Evaluation;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// How an extractor did on a dev set. Figures: a found troop count is right when its value, low and
/// high equal an expected figure's (each expected figure matches once). Attribution: a found figure's
/// origin is right when it names the expected origin; precision counts every origin the extractor
/// gave, recall every origin the set expects. Chains: origin and via both exactly right, over the
/// expected origins. Fields: share of matched figures whose hedge, kind, status and subject are right.
/// Sources: the set of canonical sources each passage cites.
/// </summary>
public sealed record Evaluation(
    Metric Figures,
    Metric Attribution,
    Metric Chains,
    Metric Sources,
    IReadOnlyDictionary<string, double> FieldAccuracy,
    IReadOnlyList<string> Errors)
{
    internal static Evaluation Of(DevSet set, Extractor extractor)
    {
        int figureHits = 0, figuresFound = 0, figuresExpected = 0;
        int originHits = 0, originsGiven = 0, originsExpected = 0, chainHits = 0;
        int sourceHits = 0, sourcesFound = 0, sourcesExpected = 0;
        var fields = new Dictionary<string, int> { ["hedge"] = 0, ["kind"] = 0, ["status"] = 0, ["subject"] = 0 };
        var errors = new List<string>();

        foreach (var item in set.Items)
        {
            var found = extractor.Extract(item.ToDocument());
            var counts = found.TroopCounts.ToList();
            figuresFound += counts.Count;
            figuresExpected += item.Figures.Count;
            originsGiven += counts.Count(c => c.AttributedTo is not null);
            originsExpected += item.Figures.Count(f => f.AttributedTo is not null);

            var unmatched = new List<TroopCount>(counts);
            foreach (var expected in item.Figures)
            {
                var match = unmatched.FirstOrDefault(expected.SameFigure);
                if (match is null)
                {
                    errors.Add($"{item.Id}: missed {expected}");
                    continue;
                }
                unmatched.Remove(match);
                figureHits++;
                Check("hedge", expected.Hedge, match.Hedge);
                Check("kind", expected.Kind, match.Kind);
                Check("status", expected.Status, match.Status);
                Check("subject", expected.Subject, match.Subject);
                if (expected.AttributedTo is not null && Same(expected.AttributedTo, match.AttributedTo))
                {
                    originHits++;
                    if (expected.Via.SequenceEqual(match.Via, StringComparer.OrdinalIgnoreCase)) chainHits++;
                    else errors.Add($"{item.Id}: {match.Phrase} via [{string.Join("; ", match.Via)}], expected [{string.Join("; ", expected.Via)}]");
                }
                else if (expected.AttributedTo != match.AttributedTo)
                    errors.Add($"{item.Id}: {match.Phrase} attributed to {match.AttributedTo ?? "nobody"}, expected {expected.AttributedTo ?? "nobody"}");

                void Check<T>(string field, T want, T got)
                {
                    if (EqualityComparer<T>.Default.Equals(want, got)) fields[field]++;
                    else errors.Add($"{item.Id}: {match.Phrase} {field} {got?.ToString() ?? "-"}, expected {want?.ToString() ?? "-"}");
                }
            }
            foreach (var extra in unmatched) errors.Add($"{item.Id}: extra figure \"{extra.Phrase}\" ({extra.Provenance.Quote})");

            var foundSources = found.SourceMentions.Select(m => m.Source).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var expectedSources = item.Sources.ToHashSet(StringComparer.OrdinalIgnoreCase);
            sourcesFound += foundSources.Count;
            sourcesExpected += expectedSources.Count;
            sourceHits += foundSources.Intersect(expectedSources, StringComparer.OrdinalIgnoreCase).Count();
            foreach (var s in foundSources.Except(expectedSources, StringComparer.OrdinalIgnoreCase)) errors.Add($"{item.Id}: extra source {s}");
            foreach (var s in expectedSources.Except(foundSources, StringComparer.OrdinalIgnoreCase)) errors.Add($"{item.Id}: missed source {s}");
        }

        var accuracy = fields.ToDictionary(kv => kv.Key, kv => figureHits == 0 ? 0 : (double)kv.Value / figureHits);
        return new Evaluation(
            new Metric("figures", figureHits, figuresFound, figuresExpected),
            new Metric("attribution", originHits, originsGiven, originsExpected),
            new Metric("chains", chainHits, originsExpected, originsExpected),
            new Metric("sources", sourceHits, sourcesFound, sourcesExpected),
            accuracy, errors);
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The metrics as a few lines of text; with <paramref name="errors"/>, every miss too.</summary>
    public string Describe(bool errors = false)
    {
        var text = new StringBuilder();
        foreach (var metric in new[] { Figures, Attribution, Chains, Sources }) text.AppendLine(metric.ToString());
        text.AppendLine("fields       " + string.Join("  ", FieldAccuracy.Select(kv => $"{kv.Key} {kv.Value:0.000}")));
        if (errors)
            foreach (var error in Errors) text.AppendLine("  " + error);
        return text.ToString();
    }

    public override string ToString() => Describe();
}
