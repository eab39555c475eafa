namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The dead of a clash counted with no noun: "Troops returned fire, killing 12", "the patrol engaged the militants, killing 35
/// and wounding 13". Military statements and wire copy of battles tell the enemy's dead so, after the troops' action; the number
/// counts fighters (or the troops an attack on them hit), never a toll of people where the clause names a clash with fighters.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly ClashDeadWords clashDead;

    private sealed class ClashDeadWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Verbs = AdjacentPhrases.Of(lexicon, "clash_killing_verbs", ignoreCase: false);
        public readonly PhraseMatcher Agents = PhraseMatcher.Of(lexicon, ["clash_agent_words", "troop_words"]);
        public readonly PhraseMatcher Clash = PhraseMatcher.Of(lexicon, ["enemy_troop_words", "clash_engagement_words"]);
        public readonly PhraseMatcher CivilianTargets = PhraseMatcher.Of(lexicon, ["clash_civilian_targets"]);
    }

    // Whether q, a bare number of two or more, follows a verb of killing (clash_killing_verbs) that a comma or "and" opens,
    // whose clause before names troops or who fights (clash_agent_words, troop_words) and a clash (enemy_troop_words,
    // clash_engagement_words), in a sentence that names no civilians (civilian_words: "troops fired on protesters, killing 12")
    // nor a place of theirs (clash_civilian_targets: "militants attacked a wedding near an army post, killing 25").
    private bool ClashDead(string text, int start, int end, Quantity q)
    {
        if (q.Value is < 2) return false;
        var verb = clashDead.Verbs.StartOfPhraseBefore(text, start, q.Span.Start);
        if (verb <= start) return false;
        // ", killing 12" opens a clause of its own; "and killed 12" says its own "and".
        if (!text.AsSpan(verb).StartsWith("and", StringComparison.Ordinal)
            && SourceText.SkipWhiteSpaceBack(text, verb, start) is var before && (before <= start || text[before - 1] != ',')) return false;
        return clashDead.Agents.Any(text, start, verb) && clashDead.Clash.Any(text, start, verb) && !civilianWords.Any(text, start, end)
            && !clashDead.CivilianTargets.Any(text, start, end);
    }
}
