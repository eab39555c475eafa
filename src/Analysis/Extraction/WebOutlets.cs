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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> endings =
        lexicon.Words("web_outlet_domains").ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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
            if (from == dot || from > 0 && s[from - 1] is '@' or '/' or '.' && !IsWww(s, from)) continue;
            // "U.S.": a dot of initials is no address (the word before it is one letter).
            if (dot - from < 2) continue;
            candidates.Add(new(3, new SourceRef(new TextSpan(start + from, start + end), s[from..end], SourceKind.Outlet, null, CitationRole.Mentioned,
                "outlet", AlwaysCited: true)));
        }
    }

    // Whether "www." comes right before `at` (the name starts after it).
    private static bool IsWww(string s, int at) => at >= 4 && s.AsSpan(at - 4, 4).Equals("www.", StringComparison.OrdinalIgnoreCase);
}
