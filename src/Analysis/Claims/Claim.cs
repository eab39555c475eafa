using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// One figure (a value or a range, with its hedge) about one force (whose troops, what they count, and
/// whether current, earlier or planned) asserted by one origin, with every report of it: the headline
/// that repeats its body, the outlets that relay it. <see cref="Origin"/> is null for an unattributed
/// figure. Mentions are in report order: by publication day, then corpus order, body before headline.
/// </summary>
public sealed record Claim(
    string Id,
    TroopKind Kind,
    EstimateStatus Status,
    string? Subject,
    double? Value,
    double? Low,
    double? High,
    Hedge Hedge,
    string? Origin,
    IReadOnlyList<ClaimMention> Mentions)
{
    public string FirstDocument => Mentions[0].Document;

    // Computed once: a claim repeated by thousands of reports is sorted and compared by these.
    /// <summary>The first day it was reported (null when no report of it is dated).</summary>
    public DateOnly? FirstPublished { get; } = Mentions is IReportSummary s ? s.FirstPublished : Mentions.Min(m => m.Published);

    public DateOnly? LastPublished { get; } = Mentions is IReportSummary s ? s.LastPublished : Mentions.Max(m => m.Published);

    /// <summary>How many documents report it.</summary>
    public int Documents { get; } = Mentions is IReportSummary s ? s.Documents : Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// Who passed it on: the voices it came through ("lawmakers", "Reuters"), then the outlets that published
    /// it (from the manifest), each once, in order of first appearance; the origin itself is not its own relay. A name written
    /// with and without a leading "The" or in another case ("The East Africa Monitor", "East Africa Monitor") is one relay.
    /// </summary>
    public IReadOnlyList<string> Relays => Mentions is IReportSummary s && s.Relays(Origin) is { } relays ? relays :
        Mentions.SelectMany(m => m.Count.Via).Concat(Mentions.Select(m => m.Outlet).OfType<string>())
            .Where(r => !OutletName.Same(r, Origin))
            .Distinct(OutletName.Comparer).ToArray();

    /// <summary>The figure as a reader says it: "~12,000", "≥ 3,000", "1,500–3,000".</summary>
    public string Figure => Figures.Label(Value, Low, High, Hedge);

    public override string ToString() =>
        $"{Id}: {Figure} {Words.Of(Kind)} ({Words.Of(Status)}{(Subject is null ? "" : ", " + Subject)}) by {Origin ?? "unattributed"}, " +
        $"{Mentions.Count} mention(s) in {Documents} document(s)";
}
