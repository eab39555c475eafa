using System.Text;

namespace Analysis.Evaluation;

using Analysis.Timeline;

using Analysis.Corpus;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// How an extractor did on a dev set. Figures: a found troop count is right when its value, low and
/// high equal an expected figure's (each expected figure matches once). Attribution: a found figure's
/// origin is right when it names the expected origin; precision counts every origin the extractor
/// gave, recall every origin the set expects. Chains: origin and via both exactly right, over the
/// expected origins. Origin of found: the origin right, over the found figures that expect one (what
/// the issue's "attribution (origin right)" measures). Kind and status: confusion tables over the matched figures; fields: share of
/// matched figures whose hedge, kind, status and subject are right. Sources: the set of canonical
/// sources each passage cites. By tag: the same per phrasing shape. Dates: see <see cref="DateScores"/>.
/// </summary>
public sealed partial record Evaluation(
    int Passages,
    Metric Figures,
    Metric Attribution,
    Metric OriginOfFound,
    Metric Chains,
    Metric Sources,
    Confusion<TroopKind> Kind,
    Confusion<EstimateStatus> Status,
    IReadOnlyDictionary<string, double> FieldAccuracy,
    IReadOnlyList<TagScore> FigureTags,
    IReadOnlyList<Metric> SourceTags,
    DateScores Dates,
    OriginErrors OriginErrors,
    IReadOnlyList<string> Errors)
{
    /// <summary>The passages a step of the extraction failed on (each scored as finding nothing): a bug in the kit each.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    internal static Evaluation Of(DevSet set, Func<Document, DocumentFindings> extract)
    {
        var tally = new Tally();
        foreach (var item in set.Items)
        {
            var document = item.ToDocument();
            var found = extract(document);
            var matches = tally.Figures(item, found.TroopCounts);
            var sources = tally.Sources(item, found.SourceMentions);
            tally.Origins(item, matches, found.SourceMentions, sources);
            if (item.Published is not null || item.Events.Count > 0) tally.Dates(item, document, found, matches);
        }
        return tally.Result(set.Items.Count);
    }

    /// <summary>The counts of one evaluation as they accumulate over the passages.</summary>
    private sealed class Tally
    {
        private int figureHits, figuresFound, figuresExpected;
        private int originHits, originsGiven, originsExpected, chainHits, foundExpectingOrigin;
        private int sourceHits, sourcesFound, sourcesExpected;
        private int datedFigures, datedFound, asOfRight, asOfWithin, asOfNoDate, targets, targetsFound, targetsRight, events, eventsFound, eventsDated, eventsRight;
        private bool asOfProduced, targetProduced;
        private readonly Confusion<TroopKind> kind = new("kind");
        private readonly Confusion<EstimateStatus> status = new("status");
        private readonly Dictionary<string, int> fields = new() { ["hedge"] = 0, ["kind"] = 0, ["status"] = 0, ["subject"] = 0 };
        private readonly SortedDictionary<string, int[]> figureTags = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, int[]> sourceTags = new(StringComparer.Ordinal);
        private readonly List<string> errors = [];
        private OriginErrors origins = OriginErrors.Empty;

        /// <summary>Matches the expected figures of a passage to the found ones and scores each match; returns the matches.</summary>
        public Dictionary<ExpectedFigure, TroopCount> Figures(DevSetItem item, IReadOnlyList<TroopCount> counts)
        {
            figuresFound += counts.Count;
            figuresExpected += item.Figures.Count;
            originsGiven += counts.Count(c => c.AttributedTo is not null);
            originsExpected += item.Figures.Count(f => f.AttributedTo is not null);

            var matches = new Dictionary<ExpectedFigure, TroopCount>(ReferenceEqualityComparer.Instance);
            var unmatched = new List<TroopCount>(counts);
            foreach (var expected in item.Figures)
            {
                var match = unmatched.FirstOrDefault(expected.SameFigure);
                var tagCounts = expected.Tags.Select(t => figureTags.TryGetValue(t, out var c) ? c : figureTags[t] = new int[6]).ToArray();
                foreach (var c in tagCounts) c[0]++;
                if (match is null)
                {
                    errors.Add($"{item.Id}: missed {expected}");
                    continue;
                }
                unmatched.Remove(match);
                matches[expected] = match;
                figureHits++;
                kind.Add(expected.Kind, match.Kind);
                status.Add(expected.Status, match.Status);
                Check("hedge", expected.Hedge, match.Hedge);
                Check("kind", expected.Kind, match.Kind);
                Check("status", expected.Status, match.Status);
                Check("subject", expected.Subject, match.Subject);
                var originRight = expected.AttributedTo is not null && Same(expected.AttributedTo, match.AttributedTo);
                if (expected.AttributedTo is not null) foundExpectingOrigin++;
                foreach (var c in tagCounts)
                {
                    c[1]++;
                    if (expected.Kind == match.Kind) c[2]++;
                    if (expected.Status == match.Status) c[3]++;
                    if (expected.AttributedTo is not null) c[4]++;
                    if (originRight) c[5]++;
                }
                if (originRight)
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
            return matches;
        }

        /// <summary>Scores the sources a passage cites; returns the canonical sources the kit found in it.</summary>
        public HashSet<string> Sources(DevSetItem item, IReadOnlyList<SourceMention> mentions)
        {
            var found = mentions.Select(m => m.Source).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var expected = item.Sources.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var hits = found.Intersect(expected, StringComparer.OrdinalIgnoreCase).Count();
            sourcesFound += found.Count;
            sourcesExpected += expected.Count;
            sourceHits += hits;
            foreach (var tag in item.Tags)
            {
                var c = sourceTags.TryGetValue(tag, out var existing) ? existing : sourceTags[tag] = new int[3];
                c[0] += hits;
                c[1] += found.Count;
                c[2] += expected.Count;
            }
            foreach (var s in found.Except(expected, StringComparer.OrdinalIgnoreCase)) errors.Add($"{item.Id}: extra source {s}");
            foreach (var s in expected.Except(found, StringComparer.OrdinalIgnoreCase)) errors.Add($"{item.Id}: missed source {s}");
            return found;
        }

        public void Origins(DevSetItem item, Dictionary<ExpectedFigure, TroopCount> matches, IReadOnlyList<SourceMention> mentions, HashSet<string> found)
        {
            foreach (var (expected, match) in matches)
            {
                var sentence = mentions.Where(m => m.Provenance.Sentence == match.Provenance.Sentence).ToList();
                var inSentence = sentence.Select(m => m.Source).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var nearest = sentence.MinBy(m => Math.Abs(m.Provenance.Span.Start - match.Provenance.Span.Start))?.Source;
                origins = origins.Add(expected, match.AttributedTo, item.Sources, found, inSentence, nearest);
            }
        }

        public void Dates(DevSetItem item, Document document, DocumentFindings found, Dictionary<ExpectedFigure, TroopCount> matches)
        {
            asOfProduced |= found.TroopCounts.Any(c => c.AsOf.IsKnown);
            targetProduced |= found.TroopCounts.Any(c => c.Target.IsKnown);
            foreach (var expected in item.Figures)
            {
                var match = matches.GetValueOrDefault(expected);
                if (expected.Target is { } target)
                {
                    targets++;
                    if (match is not null)
                    {
                        targetsFound++;
                        if (target.Matches(match.Target)) targetsRight++;
                        else errors.Add($"{item.Id}: {match.Phrase} target {ExpectedDate.Describe(match.Target)}, expected {target}");
                    }
                }
                if (expected.AsOf is not { } asOf) continue;
                datedFigures++;
                if (match is null) continue;
                datedFound++;
                var date = match.AsOf;
                if (!date.IsKnown) asOfNoDate++;
                if (asOf.Matches(date)) asOfRight++;
                if (asOf.IsWithin(date, 3)) asOfWithin++;
                if (!asOf.Matches(date)) errors.Add($"{item.Id}: {match.Phrase} as of {ExpectedDate.Describe(date)}, expected as of {asOf}");
            }
            foreach (var expected in item.Events)
            {
                events++;
                var match = found.Events.FirstOrDefault(e =>
                    document.Sentences[e.Provenance.Sentence].Text.Contains(expected.Anchor, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    errors.Add($"{item.Id}: missed event {expected}");
                    continue;
                }
                eventsFound++;
                var dated = match.Date.Earliest is not null || match.Date.Latest is not null;
                if (dated) eventsDated++;
                if (dated && expected.Date is { } date && date.Matches(match.Date)) eventsRight++;
                else errors.Add($"{item.Id}: event {expected} dated {ExpectedDate.Describe(match.Date)}");
            }
        }

        public Evaluation Result(int passages) => new(
            passages,
            new Metric("figures", figureHits, figuresFound, figuresExpected),
            new Metric("attribution", originHits, originsGiven, originsExpected),
            new Metric("origin|found", originHits, foundExpectingOrigin, foundExpectingOrigin),
            new Metric("chains", chainHits, originsExpected, originsExpected),
            new Metric("sources", sourceHits, sourcesFound, sourcesExpected),
            kind, status,
            fields.ToDictionary(kv => kv.Key, kv => figureHits == 0 ? 0 : (double)kv.Value / figureHits),
            figureTags.Select(kv => new TagScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4], kv.Value[5])).ToArray(),
            sourceTags.Select(kv => new Metric(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToArray(),
            new DateScores(datedFigures, datedFound, asOfRight, asOfWithin, asOfNoDate, targets, targetsFound, targetsRight, events, eventsFound, eventsDated, eventsRight,
                asOfProduced, targetProduced),
            origins,
            errors);
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
