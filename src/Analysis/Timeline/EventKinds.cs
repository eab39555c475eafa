using System.Runtime.CompilerServices;

namespace Analysis.Timeline;

using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// The kinds of event a sentence can report, spelled as the exported tables spell them, and the rule that picks one
/// from the sentence's troop figures and the cue words of the lexicon (<c>event_*_cues</c> in Data/lexicon/events.json).
/// A sentence with none of the cue words, and no troop figure, is commentary, not an event.
/// </summary>
public sealed class EventKinds
{
    public const string Intercept = "intercept";
    public const string Casualties = "casualties";
    public const string Estimate = "estimate";
    public const string SecurityMeasure = "security_measure";
    public const string Training = "training";
    public const string Deployment = "deployment";
    public const string Combat = "combat";
    public const string Statement = "statement";
    public const string Diplomacy = "diplomacy";
    public const string Unrest = "unrest";

    /// <summary>Every kind, most specific first: the first whose cue (or figure) a sentence has is its kind.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Intercept, Casualties, Estimate, SecurityMeasure, Training, Deployment, Combat, Statement, Diplomacy, Unrest];

    // The word list of each kind's cues, in the order they are tried after the figures and denials (see Classify).
    private static readonly KindCues[] Cues =
    [
        new(Casualties, "event_casualty_cues"), new(SecurityMeasure, "event_security_cues"), new(Training, "event_training_cues"),
        new(Deployment, "event_deployment_cues"), new(Combat, "event_combat_cues"), new(Statement, "event_statement_cues"),
        new(Diplomacy, "event_diplomacy_cues"), new(Unrest, "event_unrest_cues"),
    ];

    // A kind with the word list of its cues: a record, not a value tuple, so that the LINQ over Cues runs the framework's
    // shared code, which ReadyToRun precompiles (over a tuple it is JIT-compiled at each start).
    private sealed record KindCues(string Kind, string List);

    private const string InterceptCues = "event_intercept_cues";
    private const string DenialCues = "event_denial_cues";
    private const string PointingBack = "event_pointing_back";
    private const string NotCues = "event_not_cues";
    private const string Negations = "event_negations";
    private const string TopicMarkers = "event_topic_markers";
    private const string CivilianMovers = "event_civilian_movers";

    // The kinds whose cues a negation ("will not send") or a topic marker ("talks about sending") undoes: a statement,
    // a denial or a loss is still told.
    private static readonly string[] Negatable = ["event_deployment_cues", "event_combat_cues"];

    private static readonly ConditionalWeakTable<Lexicon, EventKinds> ByLexicon = new();

    private readonly PhraseMatcher cues;

    private EventKinds(Lexicon lexicon) =>
        cues = PhraseMatcher.Of(lexicon, Cues.Select(c => c.List).Concat([InterceptCues, DenialCues, PointingBack, NotCues, Negations, TopicMarkers, CivilianMovers]).Where(lexicon.WordListNames.Contains));

    /// <summary>The rules of the kit's lexicon.</summary>
    public static EventKinds Default => For(Lexicon.Default);

    /// <summary>The rules with the cue words of <paramref name="lexicon"/>, built once per lexicon.</summary>
    public static EventKinds For(Lexicon lexicon) => ByLexicon.GetValue(lexicon, l => new EventKinds(l));

    /// <summary>
    /// The kind of event <paramref name="sentence"/> reports, or null when it reports none. What happened to the
    /// troops outranks the act of saying it, and saying outranks the setting (a summit): an intercept first, then a
    /// figure the sentence holds (a casualty count, else a deployment figure: an estimate), then a denial ("denied that
    /// troops were fighting" is a statement, not combat), then casualties, a measure, training, a deployment, combat,
    /// and only then a statement, diplomacy, unrest. A planned figure is no estimate: "will send 800 soldiers" is a
    /// deployment. A cue word that points back ("despite this training") does not count.
    /// </summary>
    public string? Classify(string sentence, IReadOnlyList<TroopCount>? facts = null) => Classify(sentence, 0, sentence.Length, facts);

    /// <summary>The kind of event text[start..end) reports (one pass of the phrase matcher), or null.</summary>
    public string? Classify(string text, int start, int end, IReadOnlyList<TroopCount>? facts = null)
    {
        var hits = cues.Find(text, start, end);
        // Which cue lists have a word that does not point back, as bits of ListBit.
        var lists = 0;
        for (var i = 0; i < hits.Count; i++)
            if (ListBit.GetValueOrDefault(hits[i].Label) is var bit and not 0 && (lists & bit) == 0 && !PointsBack(text, hits, i) &&
                !((bit & NegatableBits) != 0 && (After(text, hits, i, Negations, words: 2) || After(text, hits, i, TopicMarkers, words: 0)))
                && !(bit == DeploymentBit && MovedByCivilians(text, hits, i)))
                lists |= bit;
        if ((lists & InterceptBit) != 0) return Intercept;
        if (facts is { Count: > 0 })
        {
            for (var i = 0; i < facts.Count; i++)
                if (facts[i] is { Kind: TroopKind.Casualties, Status: not EstimateStatus.Planned }) return Casualties;
            for (var i = 0; i < facts.Count; i++)
                if (facts[i] is { Kind: TroopKind.Deployment, Status: not EstimateStatus.Planned }) return Estimate;
        }
        if (lists == 0) return null;
        if ((lists & DenialBit) != 0) return Statement;
        for (var k = 0; k < Cues.Length; k++)
            if ((lists & (1 << k)) != 0) return Cues[k].Kind;
        return null;
    }

    // A bit for each list whose words count (Cues in their order, then the intercepts and the denials); the lists that
    // only qualify another's words (pointing back, not, negations, topic markers) have none.
    private static readonly Dictionary<string, int> ListBit = ListBits();

    // Built by a loop, not LINQ over (list, bit) tuples, which ReadyToRun cannot precompile.
    private static Dictionary<string, int> ListBits()
    {
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < Cues.Length; k++) bits.Add(Cues[k].List, 1 << k);
        bits.Add(InterceptCues, 1 << Cues.Length);
        bits.Add(DenialCues, 1 << (Cues.Length + 1));
        return bits;
    }
    private static readonly int InterceptBit = ListBit[InterceptCues], DenialBit = ListBit[DenialCues], DeploymentBit = ListBit["event_deployment_cues"];
    private static readonly int NegatableBits = Negatable.Aggregate(0, (bits, list) => bits | ListBit[list]);

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

    // "About 4,000 residents have been evacuated", "200,000 people had left": the cue's mover, the nearest cue word before it
    // (at most two words between, no comma), is a civilian (event_civilian_movers): people fleeing, no troops moved. Not when
    // another cue stands between ("residents said troops left").
    private static bool MovedByCivilians(string text, IReadOnlyList<PhraseMatch> hits, int cue)
    {
        var at = hits[cue].Span.Start;
        var i = cue - 1;
        while (i >= 0 && hits[i].Span.End > at) i--;
        return i >= 0 && hits[i].Label == CivilianMovers && After(text, hits, cue, CivilianMovers, words: 2);
    }

    // A phrase of <paramref name="list"/> ends at most <paramref name="words"/> words before the cue, with no comma or
    // semicolon between them.
    private static bool After(string text, IReadOnlyList<PhraseMatch> hits, int cue, string list, int words)
    {
        var at = hits[cue].Span.Start;
        for (var i = cue - 1; i >= 0; i--)
        {
            if (hits[i].Label != list || hits[i].Span.End > at) continue;
            var between = 0;
            for (var j = hits[i].Span.End; j < at; j++)
            {
                if (text[j] is ',' or ';') return false;
                if (!char.IsWhiteSpace(text[j]) && char.IsWhiteSpace(text[j - 1])) between++;
            }
            return between <= words;
        }
        return false;
    }
}
