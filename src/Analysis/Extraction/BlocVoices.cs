namespace Analysis.Extraction;

using System.Buffers;
using System.Text.RegularExpressions;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Unnamed voices placed among a bloc's members: "Security experts of several NATO states say", "officials from three Western
/// countries said", "diplomats in several European capitals believe". They are the bloc's voices, named as "Western diplomats"
/// are (the bloc's word, the voice's kind words, its noun: "NATO security experts"), and the whole phrase is the candidate, so
/// that the verb after it is read as its own. Candidates of priority 1, as the gazetteer's names inside them are.
/// </summary>
internal sealed class BlocVoices(Lexicon lexicon)
{
    private readonly Regex pattern = lexicon.Regex("bloc_voice", RegexOptions.None);
    // The voice's kind words before its noun ("security experts", "military analysts"): up to two of group_modifiers.
    private readonly WordSet modifiers = lexicon.WordLookup("group_modifiers", StringComparer.OrdinalIgnoreCase);
    // The members' nouns, the pattern's required words: most sentences hold none, and the pattern is not run.
    private readonly SearchValues<string> members = SearchValues.Create(lexicon.Words("bloc_members").Select(m => m.Split(' ')[^1]).Distinct().ToArray(), StringComparison.Ordinal);
    // The bloc's words, required too and matched in their case: "states" and "countries" are in many sentences that name no
    // bloc ("the two countries"), and the pattern, an unanchored search, would be tried at each of them. Null (no gate) where
    // the lexicon's pattern is not the one whose bloc is those words in their case.
    private readonly SearchValues<string>? blocs = BlocWords(lexicon);

    /// <summary>Whether the gate reads the bloc's words (the lexicon's pattern is the one it was written for).</summary>
    public bool ReadsBlocs => blocs is not null;

    /// <summary>Whether text holds a member's noun and, where the pattern's bloc is known, a bloc's word: false only where the
    /// pattern cannot match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => text.IndexOfAny(members) >= 0 && (blocs is null || text.IndexOfAny(blocs) >= 0);

    // A bloc's states cited as one voice ("Western governments say", "according to the West"; bloc_states), matched in their case.
    private readonly Regex states = lexicon.Regex("bloc_states", RegexOptions.None);
    // The pattern's required words: its nouns, and the bloc's names for "the West" (most sentences hold neither).
    private readonly SearchValues<string> stateWords = SearchValues.Create(lexicon.Words("bloc_state_nouns").Concat(lexicon.Words("bloc_state_names")).ToArray(), StringComparison.Ordinal);

    public void Add(string s, int start, List<SourceCandidate> candidates)
    {
        AddStates(s, start, candidates);
        if (!MayMatch(s)) return;
        foreach (Match m in pattern.Matches(s))
        {
            var from = m.Index;
            for (var words = 0; words < 2 && SourceText.WordStartBefore(s, from) is >= 0 and var w && modifiers.Contains(s.AsSpan(w, from - w).TrimEnd()); words++)
                from = w;
            var mods = s[from..m.Index].Trim().ToLowerInvariant();
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            var kind = mods.Contains("military", StringComparison.Ordinal) || mods.Contains("defen", StringComparison.Ordinal) || noun is "officers" or "commanders"
                ? SourceKind.Military : mods.Contains("intelligence", StringComparison.Ordinal) ? SourceKind.Intelligence
                : noun is "experts" or "analysts" ? SourceKind.Other : SourceKind.Government;
            var name = string.Join(' ', new[] { m.Groups["bloc"].Value, mods, noun }.Where(p => p.Length > 0));
            candidates.Add(new(1, new SourceRef(new TextSpan(start + from, start + m.Index + m.Length), name, kind, null, CitationRole.Mentioned,
                SourceNouns.Singular(noun), IsGroup: true)) { CitedOnly = true });
        }
    }

    // "Western governments", "NATO allies", "the West": the bloc's states as one voice, named by the bloc's word (capitalised, as
    // copy that writes "western" means the same West) and the noun, or the bloc's name ("West"). Cited only where the text cites them.
    private void AddStates(string s, int start, List<SourceCandidate> candidates)
    {
        if (s.AsSpan().IndexOfAny(stateWords) < 0) return;
        foreach (Match m in states.Matches(s))
        {
            var west = m.Groups["west"];
            var name = west.Success ? west.Value : $"{InitialCapital.Of(m.Groups["bloc"].Value)} {m.Groups["noun"].Value}";
            candidates.Add(new(1, new SourceRef(new TextSpan(start + m.Index, start + m.Index + m.Length), name, SourceKind.Government, null,
                CitationRole.Mentioned, west.Success ? west.Value : m.Groups["noun"].Value, IsGroup: true)) { CitedOnly = true });
        }
    }

    // Each bloc phrase's first word up to an apostrophe (which the pattern reads as either one), as the pattern must find it:
    // after "(?<bloc>", as an alternation of the list, with no (?i) to read it in any case. Null otherwise, or where a phrase
    // opens with no such word.
    private static SearchValues<string>? BlocWords(Lexicon lexicon)
    {
        var words = lexicon.Words("bloc_words");
        var pattern = lexicon.Pattern("bloc_voice");
        if (words.Count == 0 || pattern.Contains("(?i)", StringComparison.Ordinal) || !pattern.Contains("(?<bloc>" + Lexicon.Alternation(words) + ")", StringComparison.Ordinal))
            return null;
        var firsts = words.Select(w => w.Split(' ')[0].Split('\'', '’')[0]).Distinct().ToArray();
        return firsts.Any(f => f.Length == 0) ? null : SearchValues.Create(firsts, StringComparison.Ordinal);
    }
}
