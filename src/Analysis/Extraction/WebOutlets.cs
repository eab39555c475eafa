namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// An outlet named by its web address: "a communiqué relayed by levenementniger.com", "news portal Edition.mv reported"
/// (a word of letters, digits and hyphens, a dot, a web_outlet_domains ending, then no further letter). Copy cites news
/// sites so when they have no other name, and a web address in a story's text names nothing but a site. Not an e-mail
/// ("press@army.mil") nor a path ("https://x.com/a"). Candidates of priority 3, sources wherever they are named, as outlets
/// are; the name as written, without "www.".
/// </summary>
internal sealed class WebOutlets(Lexicon lexicon)
{
    // In any case: sites sign with their ending in capitals too ("Censor.NET", "Gazeta.Ru").
    private readonly WordSet endings =
        lexicon.Words("web_outlet_domains").ToWordSet(StringComparer.OrdinalIgnoreCase);

    private readonly string[] cuesBefore = [.. lexicon.Words("web_outlet_cues_before"), .. lexicon.Words("outlet_nouns")];
    private readonly string[] cuesAfter = [.. lexicon.Words("web_outlet_cues_after")];
    private readonly string[] prefixes = [.. lexicon.Words("web_address_prefixes")];

    public void Add(string s, int start, List<SourceCandidate> candidates)
    {
        for (var dot = s.IndexOf('.'); dot > 0 && dot < s.Length - 2; dot = s.IndexOf('.', dot + 1))
        {
            if (!char.IsLetterOrDigit(s[dot - 1]) || !char.IsLetter(s[dot + 1])) continue;
            var end = dot + 1;
            while (end < s.Length && char.IsLetter(s[end])) end++;
            if (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] is '/' or '@' or '-')) continue;
            if (!endings.Contains(s.AsSpan(dot + 1, end - dot - 1))) continue;
            var from = dot;
            while (from > 0 && (char.IsLetterOrDigit(s[from - 1]) || s[from - 1] == '-')) from--;
            // "told reporters.By Friday", "according to officials.In all": an ending in title case after a lower-case word is the
            // next sentence run on without its space, not an address; a site capitalises its own name too ("Gazeta.Ru").
            if (char.IsUpper(s[dot + 1]) && !AllUpper(s.AsSpan(dot + 1, end - dot - 1)) && !char.IsUpper(s[from])) continue;
            var prefix = PrefixBefore(s, from);
            if (from == dot || from > 0 && s[from - 1] is '@' or '/' or '.' && prefix == 0) continue;
            // "U.S.": a dot of initials is no address (the word before it is one letter).
            if (dot - from < 2) continue;
            // "register at lobbyx.ua": a bare address names a site; only a reporting cue or a sign-off makes it an outlet.
            if (!Cued(s, from - prefix, end)) continue;
            candidates.Add(new(3, new SourceRef(new TextSpan(start + from, start + end), s[from..end], SourceKind.Outlet, null, CitationRole.Mentioned,
                "outlet", AlwaysCited: true)));
        }
    }

    // Whether a cue word ends the words before s[from..end) or opens those after it, or the address stands alone after a dash
    // or opening the sentence with nothing but punctuation after it ("- maliweb.net").
    private bool Cued(string s, int from, int end)
    {
        var before = s.AsSpan(0, from).TrimEnd();
        var after = s.AsSpan(end).TrimStart();
        foreach (var cue in cuesBefore)
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)])))
                return true;
        foreach (var cue in cuesAfter)
            if (after.StartsWith(cue, StringComparison.Ordinal) && (after.Length == cue.Length || !char.IsLetter(after[cue.Length])))
                return true;
        var alone = after.TrimStart(".!?\"'”)]").IsEmpty;
        return alone && (before.IsEmpty || before[^1] is '-' or '–' or '—' or '|' or '(');
    }

    private static bool AllUpper(ReadOnlySpan<char> word) => !word.ContainsAnyInRange('a', 'z');

    // The length of the prefix of web_address_prefixes ("www.") right before `at` (the name starts after it), 0 when none is.
    private int PrefixBefore(string s, int at)
    {
        foreach (var prefix in prefixes)
            if (at >= prefix.Length && s.AsSpan(at - prefix.Length, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase)) return prefix.Length;
        return 0;
    }
}
