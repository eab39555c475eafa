namespace Analysis.Extraction;

using static SourceText;

/// <summary>
/// An envoy's post after the envoy's title: "Poland's ambassador to Lithuania said", "the Chilean envoy to the United Nations
/// told reporters". The post is part of the office, so the verb after it is the envoy's, as it is right after the title.
/// </summary>
internal sealed partial class CitationRoles
{
    // Where the post after a name ending in an envoy's title (posted_envoy_titles) ends: "to", perhaps "the", then up to four
    // capitalised words (with "of" or "of the" inside a place's name: "the Democratic Republic of Congo"); else 0; -1 where a
    // holder's name follows the post.
    private int EnvoyPostLength(ReadOnlySpan<char> name, ReadOnlySpan<char> after, int afterStart, List<CountryName> countries)
    {
        var last = name.TrimEnd();
        // A lower-case title only: a capitalised one ("the U.S. Deputy Ambassador to the United Nations") is a title a finder
        // reads as a name of its own, not an unnamed envoy.
        if (last.LastIndexOf(' ') is var sp && last[(sp + 1)..] is var title && (!postedEnvoyTitles.Contains(title) || !char.IsLower(title[0]))) return 0;
        var p = SkipSpaces(after, 0);
        if (p == 0 || !after[p..].StartsWith("to ", StringComparison.Ordinal)) return 0;
        p = SkipSpaces(after, p + 2);
        if (after[p..].StartsWith("the ", StringComparison.Ordinal)) p = SkipSpaces(after, p + 3);
        var end = 0;
        // A country's name is the whole post ("to Mali Ivan Petrov said": Mali, then the holder).
        var country = false;
        foreach (var c in countries)
            if (c.Span.Start == afterStart + p && c.Span.End > c.Span.Start) (end, country) = (c.Span.End - afterStart, true);
        for (var words = 0; !country && words < 4 && p < after.Length && char.IsUpper(after[p]); words++)
        {
            var (wordStart, e) = (p, p);
            while (e < after.Length && (char.IsLetterOrDigit(after[e]) || after[e] is '.' or '-' or '\'' or '’')) e++;
            end = e;
            p = SkipSpaces(after, e);
            // "to the UN Mike Waltz said", "to NATO": an acronym is a whole body's name; what follows it is the holder.
            if (p == e || IsDottedAcronym(after[wordStart..e])) break;
            // "of" and "the" inside the place's name, before another capitalised word.
            if (after[p..].StartsWith("of ", StringComparison.Ordinal) && SkipSpaces(after, p + 2) is var q && q < after.Length)
            {
                if (after[q..].StartsWith("the ", StringComparison.Ordinal)) q = SkipSpaces(after, q + 3);
                if (q < after.Length && char.IsUpper(after[q])) p = q;
            }
        }
        // "Russia's ambassador to Mali, Ivan Petrov, said", "the envoy to Haiti Ana Costa said": the holder named after the post
        // speaks; the office is only his title (-1).
        var next = SkipSpaces(after, end);
        if (end > 0 && next < after.Length && after[next] == ',') next = SkipSpaces(after, next + 1);
        if (end > 0 && next < after.Length && char.IsUpper(after[next])) return -1;
        return end;
    }

    // Whether the name whose text before it is `before` is an envoy's post: "<envoy title> to [the]" then at most four capitalised
    // words, "of" or "the" ("the Chilean ambassador to the Democratic Republic of Congo told reporters": Congo does not speak).
    private bool IsEnvoyPost(ReadOnlySpan<char> before)
    {
        var rest = before.TrimEnd();
        for (var words = 0; words < 5; words++)
        {
            var sp = rest.LastIndexOf(' ');
            var word = rest[(sp + 1)..];
            if (word is "to") return WordBefore(rest, sp < 0 ? 0 : sp, out _) is var title && postedEnvoyTitles.Contains(title);
            if (word.IsEmpty || !(char.IsUpper(word[0]) || word is "of" or "the") || sp < 0) return false;
            rest = rest[..sp].TrimEnd();
        }
        return false;
    }

    // "UN", "U.N.", "NATO": capitals and dots only, two characters or more (SourceText.IsAcronym allows no dots).
    private static bool IsDottedAcronym(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !word.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ.") && word.ContainsAnyExcept(".");

    private static int SkipSpaces(ReadOnlySpan<char> s, int at)
    {
        while (at < s.Length && s[at] == ' ') at++;
        return at;
    }
}
