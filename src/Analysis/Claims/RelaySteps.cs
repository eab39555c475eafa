using Analysis.Pipeline;

namespace Analysis.Claims;

/// <summary>
/// A figure's relays (<c>TroopCount.Via</c>, nearest to the origin first) as the steps they passed it on in: voices an
/// article names as a pair ("lawmakers Lee and Park", "Reuters and AP") were told together and pass a figure on side by
/// side, so they are one step ("Lee Seong-kweun and Park Sun-won"), not the one told by the other. A pair is two source
/// mentions of one sentence with only "and" or "&amp;" between them; a comma is none ("according to the NIS, Yonhap
/// reported" is a chain). <c>RelaySteps.Of(findings).Of(count.Via)</c>; the citation network draws these steps.
/// </summary>
public sealed class RelaySteps
{
    // The longest gap between two mentions that can hold only "and" or "&" with a space or two round it; longer gaps are
    // skipped before their text is cut and compared.
    private const int JoinGap = 6;

    private readonly HashSet<(string, string)> together;

    private RelaySteps(HashSet<(string, string)> together) => this.together = together;

    /// <summary>The pairs of voices the findings' articles name together.</summary>
    public static RelaySteps Of(Findings findings)
    {
        var pairs = new HashSet<(string, string)>();
        var texts = new Dictionary<string, string>();
        foreach (var document in findings.Corpus.Documents) texts.TryAdd(document.Id, document.Text);
        foreach (var sentence in findings.SourceMentions.GroupBy(m => (m.Provenance.Document, m.Provenance.Sentence)))
        {
            if (!texts.TryGetValue(sentence.Key.Document, out var text)) continue;
            var ordered = sentence.OrderBy(m => m.Provenance.Span.Start).ToArray();
            for (var i = 0; i + 1 < ordered.Length; i++)
            {
                var (a, b) = (ordered[i].Provenance.Span, ordered[i + 1].Provenance.Span);
                if (b.Start < a.End || b.Start - a.End > JoinGap) continue;
                if (text[a.End..b.Start].Trim() is "and" or "&" && ordered[i].Source != ordered[i + 1].Source)
                    pairs.Add((ordered[i].Source, ordered[i + 1].Source));
            }
        }
        return new RelaySteps(pairs);
    }

    /// <summary>The steps of <paramref name="via"/>: consecutive voices named together are one, "A and B" ("A, B and C").</summary>
    public IReadOnlyList<string> Of(IReadOnlyList<string> via)
    {
        var steps = new List<string>();
        var run = new List<string>();
        foreach (var voice in via)
        {
            if (run.Count > 0 && !together.Contains((run[^1], voice)) && !together.Contains((voice, run[^1])))
            {
                steps.Add(Joined(run));
                run.Clear();
            }
            run.Add(voice);
        }
        if (run.Count > 0) steps.Add(Joined(run));
        return steps;

        static string Joined(List<string> names) =>
            names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }
}
