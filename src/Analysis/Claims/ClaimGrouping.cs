using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// Groups reports of figures into claims, in report order. A report joins the claim its origin last made
/// about the same force (subject, kind, status) when it gives the same figure; a different figure opens a
/// new claim, and the old one can no longer be joined (the origin moved on). Within a document the body is
/// read before the headline: a headline figure that repeats its body joins the body's claim, whoever the
/// headline credits. An unattributed report joins only a claim its own document already made with the same
/// figure; otherwise it is a claim of its own.
/// </summary>
internal static class ClaimGrouping
{
    private sealed class Builder(ClaimMention first)
    {
        public readonly ClaimMention First = first;
        public readonly List<ClaimMention> Mentions = [first];

        public bool Matches(ClaimMention m) =>
            m.Count.Kind == First.Count.Kind && m.Count.Status == First.Count.Status
            && (m.Count.Subject is null || string.Equals(m.Count.Subject, First.Count.Subject, StringComparison.Ordinal))
            && Figures.Same(m.Count.Value, m.Count.Low, m.Count.High, First.Count.Value, First.Count.Low, First.Count.High);
    }

    private readonly record struct Force(string Origin, string? Subject, TroopKind Kind, EstimateStatus Status);

    public static IReadOnlyList<Claim> Group(IEnumerable<ClaimMention> mentions)
    {
        var ordered = mentions
            .OrderBy(m => m.Published ?? DateOnly.MaxValue)
            .ThenBy(m => m.DocumentIndex)
            .ThenBy(m => m.InHeadline ? 1 : 0)
            .ThenBy(m => m.Count.Provenance.Sentence)
            .ThenBy(m => m.Count.Provenance.Span.Start)
            .ToList();

        var claims = new List<Builder>();
        var open = new Dictionary<Force, Builder>();
        var inDocument = new List<Builder>(); // claims the current document has reported, in reading order
        var document = -1;
        foreach (var m in ordered)
        {
            if (m.DocumentIndex != document) (document, inDocument) = (m.DocumentIndex, []);
            var origin = m.Origin;
            // The document ties a headline, or an unattributed report, to a claim it has already made.
            if ((m.InHeadline || origin is null)
                && (inDocument.FirstOrDefault(c => c.Matches(m) && c.First.Origin == origin) ?? inDocument.FirstOrDefault(c => c.Matches(m))) is { } tied)
            {
                Join(tied, m, inDocument);
                continue;
            }
            if (origin is null)
            {
                var alone = new Builder(m);
                claims.Add(alone);
                inDocument.Add(alone);
                continue;
            }
            var force = new Force(origin, m.Count.Subject, m.Count.Kind, m.Count.Status);
            if (open.TryGetValue(force, out var current) && current.Matches(m))
            {
                Join(current, m, inDocument);
                continue;
            }
            var claim = new Builder(m);
            claims.Add(claim);
            open[force] = claim;
            inDocument.Add(claim);
        }
        return claims.Select((c, i) => Build($"C{i + 1}", c)).ToArray();
    }

    private static void Join(Builder claim, ClaimMention m, List<Builder> inDocument)
    {
        claim.Mentions.Add(m);
        if (!inDocument.Contains(claim)) inDocument.Add(claim);
    }

    // The claim's figure is its first report's in a body (a headline rounds and drops hedges).
    private static Claim Build(string id, Builder b)
    {
        var figure = b.Mentions.FirstOrDefault(m => !m.InHeadline) ?? b.First;
        var c = figure.Count;
        var subject = b.Mentions.Select(m => m.Count.Subject).FirstOrDefault(s => s is not null);
        return new Claim(id, c.Kind, c.Status, subject, c.Value, c.Low, c.High, c.Hedge, b.First.Origin, b.Mentions);
    }
}
