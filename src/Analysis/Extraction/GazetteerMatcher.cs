using System.Buffers;
using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Finds a gazetteer's surfaces in text: exactly the matches of one regex,
/// <c>(?&lt;![\w'’-])(?:[Tt]he\s+)?(?&lt;s&gt;ALIAS|ALIAS|…)(?![\w-]|['’]\w\w)</c> with the aliases
/// longest first (see <see cref="Pattern"/>), but fast. That regex, even compiled, stops at nearly
/// every letter of a text and tries all of its hundreds of aliases there; this matcher stops only at
/// word starts and tries only the aliases whose first letter is the letter it sees, in the same order,
/// with one compiled regex per first letter. The data is the user's (built at run time), so the regexes
/// are compiled with <see cref="RegexOptions.Compiled"/>, not source-generated.
/// </summary>
internal sealed partial class GazetteerMatcher
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // What may not come before a match (the regex's lookbehind class), for characters that are not letters or digits.
    [GeneratedRegex(@"^[\w'’-]$", RegexOptions.CultureInvariant)]
    private static partial Regex WordLike();

    // Per first letter: the regex of its aliases and what may follow the letter; one lookup per word start.
    private readonly Dictionary<char, (Regex Regex, Continuations Next)> byFirst = [];

    /// <summary>
    /// What may follow a first letter, as its aliases spell their next few characters: most word starts
    /// ("the", "and", "said", "Korean troops" where the aliases say "Korean Central") are ruled out
    /// by it without running the regex. A tree of the first <see cref="Depth"/> characters after the
    /// letter, one node per character, read as the alias regex reads them: a run of white space as one
    /// space, either apostrophe as <c>'</c>. A text can hold an alias of the bucket only if the same
    /// reading of the text after its letter walks the tree to the end of an alias or to the depth; the
    /// regex decides the rest.
    /// </summary>
    private sealed class Continuations
    {
        private const int Depth = 10;

        // The children, as two small parallel arrays: a handful each, searched (vectorized) faster than hashed.
        private char[] keys = [];
        private Continuations[] children = [];

        // An alias ends here, or goes on beyond the depth.
        private bool accepts;

        public void Add(string surface)
        {
            var s = surface.AsSpan(1);
            var node = this;
            for (int i = 0, depth = 0; i < s.Length && depth < Depth; depth++)
            {
                var c = ReadAt(s, ref i);
                var child = node.Child(c);
                if (child is null)
                {
                    child = new Continuations();
                    node.keys = [.. node.keys, c];
                    node.children = [.. node.children, child];
                }
                node = child;
            }
            node.accepts = true;
        }

        /// <summary>Whether text[q + 1..end) read as above walks to an end of the tree.</summary>
        public bool Allow(string text, int q, int end)
        {
            var s = text.AsSpan(q + 1, end - q - 1);
            var node = this;
            // Nodes at the depth all accept, so the walk stops there.
            for (var i = 0; !node.accepts; )
            {
                if (i >= s.Length || node.Child(ReadAt(s, ref i)) is not { } child) return false;
                node = child;
            }
            return true;
        }

        private Continuations? Child(char c) => keys.AsSpan().IndexOf(c) is var k and >= 0 ? children[k] : null;

        // The character at s[i] as the regex compares it, and i moved past it; aliases and text are read
        // alike, so an alias whose spelling the regex accepts in the text always reads the same.
        private static char ReadAt(ReadOnlySpan<char> s, ref int i)
        {
            var c = s[i++];
            if (char.IsWhiteSpace(c))
            {
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                return ' ';
            }
            return c == '’' ? '\'' : c;
        }
    }

    // Where a match can start: an alias's first letter, or the "T"/"t" of a leading "the".
    private readonly SearchValues<char> starts;

    /// <param name="surfaces">The aliases, already in priority order (longest first).</param>
    public GazetteerMatcher(IReadOnlyList<string> surfaces)
    {
        var buckets = new Dictionary<char, List<string>>();
        var continuations = new Dictionary<char, Continuations>();
        foreach (var surface in surfaces)
        {
            // An alias's first letter matches in either case; anything else matches itself.
            var heads = char.IsLetter(surface[0]) ? new[] { char.ToUpperInvariant(surface[0]), char.ToLowerInvariant(surface[0]) } : [surface[0]];
            foreach (var head in heads.Distinct())
            {
                if (!buckets.TryGetValue(head, out var list)) buckets[head] = list = [];
                list.Add(Alternative(surface));
                if (!continuations.TryGetValue(head, out var next)) continuations[head] = next = new Continuations();
                next.Add(surface);
            }
        }
        foreach (var (head, alternatives) in buckets)
            byFirst[head] = (new Regex(@"\G(?:" + string.Join("|", alternatives) + ")" + After, Options), continuations[head]);
        starts = SearchValues.Create([.. byFirst.Keys.Append('T').Append('t').Distinct()]);
    }

    private const string Before = @"(?<![\w'’-])";
    private const string After = @"(?![\w-]|['’]\w\w)";

    /// <summary>The one regex this matcher is equivalent to (group "s" is the surface); kept for tests.</summary>
    public static string Pattern(IEnumerable<string> surfaces) =>
        Before + @"(?:[Tt]he\s+)?(?<s>" + string.Join("|", surfaces.Select(Alternative)) + ")" + After;

    // One alias as a regex: first letter in either case, spaces as any white space, either apostrophe.
    private static string Alternative(string s)
    {
        var first = Regex.Escape(s[..1]);
        var head = char.IsLetter(s[0]) ? $"[{char.ToUpperInvariant(s[0])}{char.ToLowerInvariant(s[0])}]" : first;
        var rest = Regex.Escape(s[1..]).Replace("\\ ", @"\s+").Replace("'", "['’]");
        return head + rest;
    }

    /// <summary>The surfaces' spans in text[start..end), left to right, as the regex would find them.</summary>
    public IEnumerable<TextSpan> Find(string text, int start, int end)
    {
        var p = start;
        while (p < end)
        {
            var next = text.AsSpan(p, end - p).IndexOfAny(starts);
            if (next < 0) yield break;
            p += next;
            // As the regex does: "the " and an alias after it first, else an alias right here.
            if (FreeBefore(text, start, p) &&
                (AfterThe(text, p, end) is { } q && Match(text, start, end, q) is { } withThe ? withThe : Match(text, start, end, p)) is { } span)
            {
                yield return span;
                p = span.End;
                continue;
            }
            // No match can start after a letter or digit: skip the rest of the word.
            do p++;
            while (p < end && char.IsLetterOrDigit(text[p - 1]));
        }
    }

    // Where an alias would start after "The " / "the " at p (any run of white space), or null.
    private static int? AfterThe(string text, int p, int end)
    {
        if (p + 3 >= end || text[p] is not ('T' or 't') || text[p + 1] != 'h' || text[p + 2] != 'e' || !char.IsWhiteSpace(text[p + 3])) return null;
        var q = p + 4;
        while (q < end && char.IsWhiteSpace(text[q])) q++;
        return q < end ? q : null;
    }

    // The alias starting exactly at q, bounded by the range as the regex is (nothing outside it is seen).
    private TextSpan? Match(string text, int start, int end, int q)
    {
        if (!byFirst.TryGetValue(text[q], out var bucket) || !bucket.Next.Allow(text, q, end)) return null;
        foreach (var m in bucket.Regex.EnumerateMatches(text.AsSpan(start, end - start), q - start))
            return new TextSpan(q, q + m.Length);
        return null;
    }

    // The lookbehind: the character before p is not a word character, an apostrophe or a hyphen.
    private static bool FreeBefore(string text, int start, int p)
    {
        if (p == start) return true;
        var c = text[p - 1];
        if (char.IsLetterOrDigit(c)) return false; // letters and decimal digits are all \w
        if (c is ' ' or ',' or '.' or '(' or '"' or '“' or '\n') return true;
        return !WordLike().IsMatch(text.AsSpan(p - 1, 1));
    }
}
