namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>
/// What must hold for any parsed document, whatever its text: used by the hostile-corpus tests and
/// the property tests. Every assertion names the rule it checks.
/// </summary>
internal static class DocumentInvariants
{
    public static void Check(Document d)
    {
        var all = new[] { d.Headline }.Concat(d.Paragraphs).ToArray();

        // Spans inside the text, each text the exact slice, sentences inside their paragraph.
        foreach (var p in all)
        {
            Assert.InRange(p.Span.Start, 0, d.Text.Length);
            Assert.InRange(p.Span.End, p.Span.Start, d.Text.Length);
            Assert.Equal(d.Text[p.Span.Start..p.Span.End], p.Text);
            foreach (var s in p.Sentences)
            {
                Assert.True(p.Span.Contains(s.Span), $"sentence {s.Span} outside its paragraph {p.Span}");
                Assert.Equal(p.Index, s.Paragraph);
                Assert.Equal(d.Text[s.Start..s.End], s.Text);
                Assert.Equal(s.Text, d.Quote(s.Span));
                Assert.True(s.Text.Length > 0, "empty sentence");
                Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]), $"sentence not trimmed: '{s.Text}'");
            }
        }

        // Sentences in reading order, numbered 0.., never overlapping; paragraphs likewise.
        Assert.Equal(Enumerable.Range(0, d.Sentences.Count), d.Sentences.Select(s => s.Index));
        Assert.Equal(Enumerable.Range(1, d.Paragraphs.Count), d.Paragraphs.Select(p => p.Index));
        for (var i = 1; i < d.Sentences.Count; i++)
            Assert.True(d.Sentences[i - 1].End <= d.Sentences[i].Start, $"sentences {i - 1} and {i} overlap or are out of order");
        for (var i = 1; i < all.Length; i++)
            if (all[i - 1].Text.Length > 0)
                Assert.True(all[i - 1].Span.End <= all[i].Span.Start, $"paragraphs {i - 1} and {i} overlap or are out of order");

        NothingDropped(d);
    }

    /// <summary>
    /// Every non-blank character of the text is in the headline or a body paragraph, except for a
    /// related-sources section after the last paragraph; and every non-blank character of a
    /// paragraph is in one of its sentences.
    /// </summary>
    public static void NothingDropped(Document d)
    {
        var covered = new bool[d.Text.Length];
        foreach (var p in new[] { d.Headline }.Concat(d.Paragraphs))
        {
            for (var i = p.Span.Start; i < p.Span.End; i++) covered[i] = true;
            var inSentence = new bool[p.Span.Length];
            foreach (var s in p.Sentences)
                for (var i = s.Start; i < s.End; i++) inSentence[i - p.Span.Start] = true;
            for (var i = 0; i < inSentence.Length; i++)
                Assert.True(inSentence[i] || char.IsWhiteSpace(p.Text[i]), $"paragraph {p.Index}: character {p.Span.Start + i} is in no sentence");
        }

        var firstUncovered = -1;
        for (var i = 0; i < d.Text.Length && firstUncovered < 0; i++)
            if (!covered[i] && !char.IsWhiteSpace(d.Text[i])) firstUncovered = i;
        if (firstUncovered < 0) return;
        // The only text allowed outside paragraphs: "Related Sources:" and what follows it, at the end.
        Assert.Matches(new System.Text.RegularExpressions.Regex(@"^related\s+sources?\s*:", System.Text.RegularExpressions.RegexOptions.IgnoreCase), d.Text[firstUncovered..Math.Min(d.Text.Length, firstUncovered + 200)]);
        var lastParagraphEnd = d.Paragraphs.Count > 0 ? d.Paragraphs[^1].Span.End : d.Headline.Span.End;
        Assert.True(firstUncovered >= lastParagraphEnd, $"text at {firstUncovered} dropped before the end of the last paragraph");
    }
}
