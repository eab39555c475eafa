namespace Analysis.Extraction;

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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> modifiers = lexicon.WordLookup("group_modifiers", StringComparer.OrdinalIgnoreCase);
    // The members' nouns, the pattern's required words: most sentences hold none, and the pattern is not run.
    private readonly string[] members = lexicon.Words("bloc_members").Select(m => m.Split(' ')[^1]).Distinct().ToArray();

    public void Add(string s, int start, List<SourceCandidate> candidates)
    {
        if (!Array.Exists(members, m => s.Contains(m, StringComparison.Ordinal))) return;
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
}
