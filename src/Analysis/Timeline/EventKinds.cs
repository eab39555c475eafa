using System.Runtime.CompilerServices;

namespace Analysis.Timeline;

using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// The kinds of event a sentence can report, spelled as the exported tables spell them, and the rule that picks one
/// from the cue words of the lexicon (<c>event_*_cues</c> in Data/lexicon/events.json). A sentence with none of the
/// cue words, and no troop figure, is commentary, not an event.
/// </summary>
public sealed class EventKinds
{
    public const string Intercept = "intercept";
    public const string Estimate = "estimate";
    public const string SecurityMeasure = "security_measure";
    public const string Training = "training";
    public const string Statement = "statement";
    public const string Diplomacy = "diplomacy";
    public const string Unrest = "unrest";
    public const string Deployment = "deployment";

    /// <summary>Every kind, most specific first: the first whose cue a sentence has is its kind.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Intercept, Estimate, SecurityMeasure, Training, Statement, Diplomacy, Unrest, Deployment];

    // The word list of each kind's cues; a cue right after a word of PointingBack does not count.
    private static readonly (string Kind, string List)[] Cues =
    [
        (Intercept, "event_intercept_cues"), (SecurityMeasure, "event_security_cues"), (Training, "event_training_cues"),
        (Statement, "event_statement_cues"), (Diplomacy, "event_diplomacy_cues"), (Unrest, "event_unrest_cues"),
        (Deployment, "event_deployment_cues"),
    ];

    private const string PointingBack = "event_pointing_back";

    private static readonly ConditionalWeakTable<Lexicon, EventKinds> ByLexicon = new();

    private readonly PhraseMatcher cues;

    private EventKinds(Lexicon lexicon) =>
        cues = PhraseMatcher.Of(lexicon, Cues.Select(c => c.List).Append(PointingBack).Where(lexicon.WordListNames.Contains));

    /// <summary>The rules of the kit's lexicon.</summary>
    public static EventKinds Default => For(Lexicon.Default);

    /// <summary>The rules with the cue words of <paramref name="lexicon"/>, built once per lexicon.</summary>
    public static EventKinds For(Lexicon lexicon) => ByLexicon.GetValue(lexicon, l => new EventKinds(l));

    /// <summary>
    /// The kind of event <paramref name="sentence"/> reports, or null when it reports none. What happened to the
    /// troops (an intercept, a figure, a measure, training) outranks the act of saying it, and saying outranks the
    /// setting (a summit): "Putin said at the summit" is a statement. A cue word that points back ("despite this
    /// training") does not count.
    /// </summary>
    public string? Classify(string sentence, IReadOnlyList<TroopCount>? facts = null) => Classify(sentence, 0, sentence.Length, facts);

    /// <summary>The kind of event text[start..end) reports (one pass of the phrase matcher), or null.</summary>
    public string? Classify(string text, int start, int end, IReadOnlyList<TroopCount>? facts = null)
    {
        var hits = cues.Find(text, start, end);
        // Which cue lists have a word that does not point back.
        var lists = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < hits.Count; i++)
            if (hits[i].Label != PointingBack && !PointsBack(text, hits, i)) lists.Add(hits[i].Label);
        var estimate = facts?.Any(f => f.Kind is TroopKind.Deployment or TroopKind.Casualties && f.Status is not EstimateStatus.Planned) == true;
        if (lists.Count == 0) return estimate ? Estimate : null;
        if (lists.Contains(Cues[0].List)) return Intercept;
        if (estimate) return Estimate;
        foreach (var (kind, list) in Cues.AsSpan(1))
            if (lists.Contains(list)) return kind;
        return null;
    }

    // The hit before the cue (or before its other labels at the same place) is a pointing-back word with only
    // white space between them.
    private static bool PointsBack(string text, IReadOnlyList<PhraseMatch> hits, int cue)
    {
        var at = hits[cue].Span.Start;
        var before = cue - 1;
        while (before >= 0 && hits[before].Span.Start == at) before--;
        if (before < 0 || hits[before].Label != PointingBack || hits[before].Span.End >= at) return false;
        for (var i = hits[before].Span.End; i < at; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
