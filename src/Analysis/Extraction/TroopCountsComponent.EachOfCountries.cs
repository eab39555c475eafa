namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "Niger, Burkina Faso, Togo and Senegal are each to send about 500", "Nigeria and Ghana each moved around 200 soldiers",
/// "Guinea and Ghana more than 100 each": a figure that "each" of a list of countries right before it gives is one figure per
/// country, each its own (the list is two or more names joined by commas or "and", no demonym or possessive; "each" stands
/// between the list and the number, or right after the figure: list distributive_words).
/// </summary>
internal sealed partial class TroopCountsComponent
{
    private readonly PhraseMatcher distributiveWords = PhraseMatcher.Of(lexicon, ["distributive_words"], ignoreCase: false);
    private readonly AdjacentPhrases distributiveAfter = AdjacentPhrases.Of(lexicon, "distributive_words", ignoreCase: false);

    // The most words between the list's last name and the figure ("are each to send").
    private const int EachListGapWords = 6;

    private void EachOfCountries(string text, List<TroopCount> counts, IReadOnlyList<IReadOnlyList<CountryMention>> countries)
    {
        for (var i = counts.Count - 1; i >= 0; i--)
        {
            var figure = counts[i];
            var span = figure.Provenance.Span;
            var list = ListBefore(text, span.Start, countries[figure.Provenance.Sentence]);
            if (list.Count < 2) continue;
            var gap = text.AsSpan(list[^1].Span.End, span.Start - list[^1].Span.End);
            if (!distributiveWords.Any(text, list[^1].Span.End, span.Start) && !DistributiveAfter(text, span.End)) continue;
            // (The list right before the figure owns it whatever an earlier clause lent it: "Benin 300, and Guinea and Ghana more
            // than 100 each".)
            if (figure.Subject is not null && !list.Exists(c => c.Country.Name == figure.Subject) && !gap.IsWhiteSpace()) continue;
            counts.RemoveAt(i);
            counts.InsertRange(i, list.Select(c => figure with { Subject = c.Country.Name }));
        }
    }

    // "more than 100 each": the word right after the figure, past spaces only.
    private bool DistributiveAfter(string text, int end)
    {
        while (end < text.Length && text[end] == ' ') end++;
        return end < text.Length && !char.IsWhiteSpace(text[end]) && distributiveAfter.EndOfPhraseAt(text, end, text.Length) > 0;
    }

    // The run of country names joined by ",", "and" or ", and" whose last ends at most EachListGapWords words before `at`, with
    // no clause mark between it and `at`; empty when there is none.
    private static List<CountryMention> ListBefore(string text, int at, IReadOnlyList<CountryMention> countries)
    {
        var list = new List<CountryMention>();
        for (var k = countries.Count - 1; k >= 0; k--)
        {
            var c = countries[k];
            if (c.Span.End > at) continue;
            if (list.Count == 0)
            {
                if (c.IsDemonym || c.Possessive) return list;
                var gap = text.AsSpan(c.Span.End, at - c.Span.End);
                if (gap.IndexOfAny(".;:,()\n") >= 0 || gap.Count(' ') > EachListGapWords + 1) return list;
                list.Add(c);
                continue;
            }
            if (c.Span.End > list[0].Span.Start) continue;
            if (c.IsDemonym || c.Possessive || text.AsSpan(c.Span.End, list[0].Span.Start - c.Span.End).Trim() is not ("," or "and" or ", and")) break;
            list.Insert(0, c);
        }
        return list;
    }
}
