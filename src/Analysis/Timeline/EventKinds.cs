using System.Text.RegularExpressions;

namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>
/// The kinds of event a sentence can report, spelled as the exported tables spell them, and the rule
/// that picks one. A sentence with none of the cue words is commentary, not an event.
/// </summary>
public static partial class EventKinds
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

    /// <summary>
    /// The kind of event <paramref name="sentence"/> reports, or null when it reports none. What happened
    /// to the troops (an intercept, a figure, a measure, training) outranks the act of saying it, and
    /// saying outranks the setting (a summit): "Putin said at the summit" is a statement. A cue word that
    /// points back ("despite this training") does not count.
    /// </summary>
    public static string? Classify(string sentence, IReadOnlyList<TroopCount>? facts = null)
    {
        if (InterceptWord().IsMatch(sentence) && InterceptCue().IsMatch(sentence)) return Intercept;
        if (facts?.Any(f => f.Kind is TroopKind.Deployment or TroopKind.Casualties && f.Status is not EstimateStatus.Planned) == true) return Estimate;
        if (SecurityWord().IsMatch(sentence) && SecurityCue().IsMatch(sentence)) return SecurityMeasure;
        if (TrainingWord().IsMatch(sentence) && TrainingCue().IsMatch(sentence)) return Training;
        if (StatementCue().IsMatch(sentence)) return Statement;
        if (DiplomacyCue().IsMatch(sentence)) return Diplomacy;
        if (UnrestWord().IsMatch(sentence) && UnrestCue().IsMatch(sentence)) return Unrest;
        if (DeploymentCue().IsMatch(sentence)) return Deployment;
        return null;
    }

    private const string NotBack = @"(?<!\b(?:this|that|these|those|such|the\s+same)\s+)";

    // Each cue that must not point back is its pattern without the look-behind (NotBack + XWords), and
    // XWords alone is tried first: a look-behind at the front keeps the regex from searching for the
    // words, and without it a match is still a match of XWords, so a sentence without one is skipped.
    private const string InterceptWords = @"\b(?:intercept(?:s|ed|ion|ions)?|wiretap\w*|eavesdropp\w*|radio\s+chatter)\b";
    private const string SecurityWords = @"\b(?:security|restrict(?:s|ed|ion|ions)?|bann?(?:ed|s)?|crack(?:ed|s)?\s+down|crackdown|surveillance|censor\w*|tighten(?:s|ed)?|confiscat\w*|curfew|quarantin\w*)\b";
    private const string TrainingWords = @"\b(?:train(?:s|ed|ing)?|taught|teach(?:es|ing)?|drill(?:s|ed|ing)?|instruct(?:s|ed|ing|ion)?)\b";
    private const string UnrestWords = @"\b(?:rumou?rs?|unrest|protest(?:s|ed)?|defect(?:s|ed|ion)|desert(?:s|ed|ion))\b";

    [GeneratedRegex(NotBack + InterceptWords, RegexOptions.IgnoreCase)]
    internal static partial Regex InterceptCue();

    [GeneratedRegex(InterceptWords, RegexOptions.IgnoreCase)]
    internal static partial Regex InterceptWord();

    [GeneratedRegex(NotBack + SecurityWords, RegexOptions.IgnoreCase)]
    internal static partial Regex SecurityCue();

    [GeneratedRegex(SecurityWords, RegexOptions.IgnoreCase)]
    internal static partial Regex SecurityWord();

    [GeneratedRegex(NotBack + TrainingWords, RegexOptions.IgnoreCase)]
    internal static partial Regex TrainingCue();

    [GeneratedRegex(TrainingWords, RegexOptions.IgnoreCase)]
    internal static partial Regex TrainingWord();

    [GeneratedRegex(@"\b(?:said|says|say|stated|statements?|claim(?:s|ed)?|announc(?:e|es|ed|ement)|confirm(?:s|ed)?|den(?:y|ies|ied)|acknowledg(?:e|es|ed)|hint(?:s|ed)?|told|tells|warn(?:s|ed)?|reveal(?:s|ed)?|mention(?:s|ed)?|indicat(?:e|es|ed)|report(?:s|ed)?|downplay(?:s|ed)?|insist(?:s|ed)?|vow(?:s|ed)?|pledg(?:e|es|ed)|accus(?:e|es|ed)|condemn(?:s|ed)?|estimat(?:e|es|ed)|assess(?:es|ed)?|briefed|disclos(?:e|es|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatementCue();

    [GeneratedRegex(@"\b(?:visit(?:s|ed|ing)?|summit|talks|met|meet(?:s|ing)?|travel(?:s|ed|led|ing)?\s+to|treaty|diplomat\w*|foreign\s+minister|ambassador|envoy|strategic\s+(?:relationship|partnership)|negotiat\w+|discussions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiplomacyCue();

    [GeneratedRegex(NotBack + UnrestWords, RegexOptions.IgnoreCase)]
    internal static partial Regex UnrestCue();

    [GeneratedRegex(UnrestWords, RegexOptions.IgnoreCase)]
    internal static partial Regex UnrestWord();

    [GeneratedRegex(@"\b(?:deploy(?:s|ed|ing)?|send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?|arriv(?:e|es|ed|ing)|transferr?(?:ed|ing)?|stationed|mobiliz(?:e|es|ed|ing)|fought|fighting|moved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeploymentCue();
}
