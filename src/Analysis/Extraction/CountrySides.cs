namespace Analysis.Extraction;

using System.Runtime.CompilerServices;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "The North has sent 1,500 more soldiers", "the North's troop deployment", "the nuclear-armed North": in a document that
/// names one side of a divided country, "the North" and "the South" name the sides. The sides come from the lexicon's
/// countries: a compass word and a name ("North Korea", "South Korea"; "Sudan", "South Sudan") where at least two of
/// "X", "North X" and "South X" are countries; "South Africa" alone has no other side. Found only in documents that name
/// such a country, so other documents pay one look-up per country mention.
/// </summary>
internal sealed class CountrySides
{
    private static readonly ConditionalWeakTable<Lexicon, CountrySides> Cache = new();
    private static readonly string[] Compass = ["North", "South"];

    // The countries that are a side or the whole of a divided country (a handful: compared by reference, no hashing per
    // mention), each with its divided name ("Korea"), and the side each compass word names there.
    private readonly List<(CountryEntry Country, string Divided)> divided = [];
    private readonly Dictionary<(string Compass, string Divided), CountryEntry> sides = new();

    private CountrySides(Lexicon lexicon)
    {
        var byName = new Dictionary<string, CountryEntry>(StringComparer.Ordinal);
        foreach (var c in lexicon.Countries) byName[c.Name] = c;
        foreach (var c in lexicon.Countries)
            foreach (var compass in Compass)
            {
                if (!c.Name.StartsWith(compass + " ", StringComparison.Ordinal)) continue;
                var whole = c.Name[(compass.Length + 1)..];
                var others = Compass.Count(o => byName.ContainsKey(o + " " + whole)) + (byName.ContainsKey(whole) ? 1 : 0);
                if (others < 2) continue;
                sides[(compass, whole)] = c;
                foreach (var name in (string[])[whole, "North " + whole, "South " + whole])
                    if (byName.TryGetValue(name, out var part) && !this.divided.Any(d => ReferenceEquals(d.Country, part)))
                        this.divided.Add((part, whole));
            }
    }

    public static CountrySides For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new CountrySides(l));

    /// <summary>
    /// Adds to <paramref name="mentions"/> (one list per sentence, in text order) "the North" and "the South" wherever the
    /// document names one divided country (and only one): not "the North Atlantic", "the South China Sea" (a capitalized
    /// word after), nor "the north" (lower case).
    /// </summary>
    public void Add(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<CountryMention>[] mentions)
    {
        string? named = null;
        for (var s = 0; s < mentions.Length; s++)
            for (var i = 0; i < mentions[s].Count; i++)
                for (var d = 0; d < divided.Count; d++)
                    if (ReferenceEquals(mentions[s][i].Country, divided[d].Country))
                    {
                        if (named is not null && named != divided[d].Divided) return;
                        named = divided[d].Divided;
                    }
        if (named is null) return;
        var north = sides.GetValueOrDefault((Compass[0], named));
        var south = sides.GetValueOrDefault((Compass[1], named));
        for (var s = 0; s < sentences.Count; s++)
        {
            List<CountryMention>? added = null;
            for (var k = 0; k < Compass.Length; k++)
            {
                var (compass, country) = (Compass[k], k == 0 ? north : south);
                if (country is null) continue;
                for (var at = text.IndexOf(compass, sentences[s].Start, sentences[s].End - sentences[s].Start, StringComparison.Ordinal);
                     at >= 0; at = text.IndexOf(compass, at + 1, sentences[s].End - at - 1, StringComparison.Ordinal))
                    if (Side(text, sentences[s].Start, sentences[s].End, at, compass.Length) is { } span)
                        (added ??= [.. mentions[s]]).Add(new CountryMention(new TextSpan(at, at + compass.Length), span, country, false));
            }
            if (added is null) continue;
            added.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            mentions[s] = added;
        }
    }

    // "the North", "the North's", "the nuclear-armed North": "the" right before the word, or one lower-case word between;
    // no letter right before or after it, and no capitalized word (or "Korean") after it. The span, with a possessive.
    private static TextSpan? Side(string text, int start, int end, int at, int length)
    {
        var after = at + length;
        if ((at > start && char.IsLetterOrDigit(text[at - 1])) || (after < end && char.IsLetterOrDigit(text[after]))) return null;
        var spanEnd = after;
        if (after + 1 < end && text[after] is '\'' or '\u2019' && text[after + 1] == 's') spanEnd = after + 2;
        else
        {
            var next = after;
            while (next < end && text[next] == ' ') next++;
            if (next > after && next < end && char.IsUpper(text[next])) return null;
            if (next == after && next < end && text[next] == '-') return null;
        }
        var word = PreviousWord(text, start, at);
        if (word is not { } w) return null;
        if (!Is(text, w, "the") && !Is(text, w, "The"))
        {
            if (!char.IsLower(text[w.Start]) || PreviousWord(text, start, w.Start) is not { } the || !(Is(text, the, "the") || Is(text, the, "The"))) return null;
        }
        return new TextSpan(at, spanEnd);
    }

    // The word (letters and hyphens) ending one space before text[at], or null.
    private static TextSpan? PreviousWord(string text, int start, int at)
    {
        if (at - 1 <= start || text[at - 1] != ' ') return null;
        var e = at - 1;
        var b = e;
        while (b > start && (char.IsLetter(text[b - 1]) || text[b - 1] == '-')) b--;
        return b < e ? new TextSpan(b, e) : null;
    }

    private static bool Is(string text, TextSpan word, string value) =>
        word.End - word.Start == value.Length && string.CompareOrdinal(text, word.Start, value, 0, value.Length) == 0;
}
