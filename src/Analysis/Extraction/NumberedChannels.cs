namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A broadcaster named by a number: "Israel's Channel 12 reported", "Channel 2 television said" (a numbered_outlet_words word,
/// a number of one to three digits, then optionally a numbered_outlet_tails word, taken into the span only). Named "Channel 2",
/// an outlet of the country whose possessive or adjective stands right before it, else of none; a channel the gazetteer knows
/// is its entry's. Candidates of priority 3, sources wherever they are named, as the gazetteer's outlets are: a capitalised word
/// with a number after it is no everyday word, while "Channel" alone is none of them ("the English Channel").
/// </summary>
internal sealed class NumberedChannels(Lexicon lexicon, SourceGazetteer gazetteer)
{
    private readonly string[] words = [.. lexicon.Words("numbered_outlet_words")];
    private readonly WordSet tails = lexicon.WordLookup("numbered_outlet_tails", StringComparer.Ordinal);

    public void Add(string s, int start, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, List<CountryName> countries,
        List<SourceCandidate> candidates)
    {
        foreach (var word in words)
            for (var at = s.IndexOf(word, StringComparison.Ordinal); at >= 0; at = s.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (at > 0 && IsWord(s[at - 1])) continue;
                var p = at + word.Length;
                if (p >= s.Length || s[p] != ' ') continue;
                var digits = p + 1;
                var e = digits;
                while (e < s.Length && char.IsAsciiDigit(s[e])) e++;
                if (e - digits is < 1 or > 3 || e < s.Length && IsWord(s[e])) continue;
                var name = s[at..e];
                var end = e;
                if (SkipWhiteSpace(s, e) is var t && t > e && WordEnd(s, t) is var te && tails.Contains(s.AsSpan(t, te - t))) end = te;
                if (SourceFinder.IsMatched(gazetteerMatches, new TextSpan(start + at, start + e))) continue;
                var span = new TextSpan(start + at, start + end);
                if (gazetteer.TryResolveSpelling(name, out var known) && known.Kind is SourceKind.Outlet or SourceKind.StateMedia)
                {
                    candidates.Add(new(3, new SourceRef(span, known.Name, known.Kind, known.Country, CitationRole.Mentioned, "outlet", AlwaysCited: known.IsAlwaysCited)));
                    continue;
                }
                // "Israel's Channel 2", "Israeli Channel 11": the country right before it.
                string? country = null;
                foreach (var c in countries)
                    if (c is { Country: { } named } && (c.Possessive || c.IsDemonym) && c.Span.End < at && IsWhiteSpace(s, c.Span.End, at)) country = named;
                candidates.Add(new(3, new SourceRef(span, name, SourceKind.Outlet, country, CitationRole.Mentioned, "outlet")));
            }
    }
}
