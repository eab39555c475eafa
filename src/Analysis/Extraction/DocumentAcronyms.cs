namespace Analysis.Extraction;

using Analysis.Corpus;
using static SourceText;

/// <summary>
/// The acronyms a document gives the bodies it names, so that a later "ISPR said" or "the AFP said" is the body, by the name
/// it was given in full: a definition in brackets ("Inter-Services Public Relations (ISPR)", "the Armed Forces of the
/// Philippines (AFP)": two or more capitalised words, then the acronym, whose first letter is the name's first), or the
/// initials of a body the document cited before ("the Royal Cambodian Armed Forces said … The RCAF added"). In that document a
/// definition wins over the gazetteer's reading of the same letters (AFP the agency). One per document, filled as it is read.
/// </summary>
internal sealed class DocumentAcronyms
{
    private readonly Dictionary<string, SourceRef> byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceRef>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public DocumentAcronyms() => lookup = byAcronym.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool IsEmpty => byAcronym.Count == 0;

    /// <summary>The body an acronym of the document stands for.</summary>
    public bool TryGet(ReadOnlySpan<char> acronym, out SourceRef body) => lookup.TryGetValue(acronym, out body!);

    /// <summary>The definitions in brackets of a document's text ("… Public Relations (ISPR)"), each named as the gazetteer
    /// names it, else as written.</summary>
    public void ReadDefinitions(string text, SourceGazetteer gazetteer)
    {
        for (var open = text.IndexOf('('); open >= 0 && open + 3 < text.Length; open = text.IndexOf('(', open + 1))
        {
            var close = open + 1;
            while (close < text.Length && close - open <= 7 && char.IsAsciiLetterUpper(text[close])) close++;
            if (close >= text.Length || text[close] != ')' || close - open - 1 < 2) continue;
            var acronym = text[(open + 1)..close];
            if (NameBefore(text, open) is not { } name || name[0] != acronym[0] || byAcronym.ContainsKey(acronym)) continue;
            byAcronym[acronym] = gazetteer.TryResolveSpelling(name, out var entry)
                ? new SourceRef(default, entry.Name, entry.Kind, entry.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(entry))
                : new SourceRef(default, Normalize(name), SourceKind.Other, null, CitationRole.Mentioned, null);
        }
    }

    /// <summary>Learns the initials of the bodies a sentence cites ("Royal Cambodian Armed Forces": RCAF), for the sentences after,
    /// and the acronym in brackets right after a body it cites, whatever the body's name became ("the Philippine Department of Foreign
    /// Affairs (DFA)": the Philippine Foreign Ministry, which "the DFA said" cites again).</summary>
    public void Learn(IReadOnlyList<SourceRef> refs, string text)
    {
        Span<char> initials = stackalloc char[8];
        foreach (var r in refs)
        {
            if (!r.IsPronoun && !r.IsCredit && !r.IsPerson && BracketedAfter(text, r.Span) is { } bracketed)
                byAcronym[bracketed] = r with { Span = default, Role = CitationRole.Mentioned };
            if (r.IsPronoun || r.IsCredit || r.Name.Length < 8 || r.Name.IndexOf(' ') < 0) continue;
            var n = 0;
            var capitals = 0;
            foreach (var range in r.Name.AsSpan().SplitAny(' ', '-'))
            {
                var word = r.Name.AsSpan()[range];
                if (word.IsEmpty || !char.IsUpper(word[0])) continue;
                if (n == initials.Length) { n = 0; break; }
                initials[n++] = word[0];
                capitals++;
            }
            // A person's name ("Kim Jong Un") spells no one's acronym; a body of two words is named by a person-shaped run too.
            if (n < 2 || r.IsPerson && !r.IsGroup && capitals < 3) continue;
            byAcronym.TryAdd(new string(initials[..n]), r with { Span = default, Role = CitationRole.Mentioned });
        }
    }

    // The acronym in brackets right after a span ("… Foreign Affairs (DFA)"), when its letters are the initials of the span's words
    // in order, "of" and "the" among them ("Ministry of Foreign Affairs (MOFA)", "Ministry of National Defense (MND)"); else null.
    private static string? BracketedAfter(string text, TextSpan span)
    {
        if (span.Length < 8 || span.End + 4 > text.Length) return null;
        var open = span.End;
        while (open < text.Length && text[open] == ' ') open++;
        if (open >= text.Length || text[open] != '(') return null;
        var close = open + 1;
        while (close < text.Length && close - open <= 7 && char.IsAsciiLetterUpper(text[close])) close++;
        if (close >= text.Length || text[close] != ')' || close - open - 1 < 2) return null;
        var acronym = text.AsSpan(open + 1, close - open - 1);
        var next = 0;
        foreach (var range in text.AsSpan(span.Start, span.Length).SplitAny(' ', '-'))
        {
            var word = text.AsSpan(span.Start, span.Length)[range];
            if (next < acronym.Length && !word.IsEmpty && char.ToUpperInvariant(word[0]) == acronym[next]) next++;
        }
        return next == acronym.Length ? acronym.ToString() : null;
    }

    // The capitalised words right before a bracket ("the Armed Forces of the Philippines (": "Armed Forces of the Philippines"),
    // two or more, with "of", "the", "for", "and" between them; not a dateline's city in capitals ("NEW YORK (AP)").
    private static string? NameBefore(string text, int open)
    {
        var end = open;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        var words = 0;
        var allCaps = true;
        var at = end;
        while (at > 0)
        {
            var b = at;
            while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '-' or '\'' or '’' or '.')) b--;
            if (b == at) break;
            var word = text.AsSpan(b, at - b);
            if (char.IsUpper(word[0]))
            {
                words++;
                start = b;
                if (!IsAcronym(word.TrimEnd('.'))) allCaps = false;
            }
            else if (word is not ("of" or "the" or "for" or "and")) break;
            if (b == 0 || text[b - 1] != ' ') break;
            at = b - 1;
        }
        if (words < 2 || allCaps) return null;
        var name = text[start..end];
        return name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
    }
}
