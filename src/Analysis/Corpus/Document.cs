namespace Analysis.Corpus;

using Analysis.Display;

/// <summary>
/// One article. <see cref="Text"/> is the file's decoded text, unchanged: every span in the kit
/// (sentences, facts) indexes into it, so <c>Text[span]</c> is always the exact quote.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed record Document(
    string Id,
    string Path,
    string Text,
    Paragraph Headline,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<string> RelatedSources,
    DocumentMetadata Metadata)
{
    /// <summary>
    /// The manifest's title when given, else the headline (the file's first line), else (a document
    /// with no headline) its id, so that every document has something to be listed by. A run of spaces in the
    /// headline (where a Markdown file's marks were) is listed as one.
    /// </summary>
    public string Title => Metadata.Title ?? (Headline.Text.Length > 0 ? OneSpace(Headline.Text) : Id);

    private static string OneSpace(string text) =>
        text.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : text;

    /// <summary>Whether the first line was a title; false for a text that starts with its body.</summary>
    public bool HasHeadline => Headline.Text.Length > 0;

    public DateOnly? Published => Metadata.Published;

    /// <summary>Headline sentences, then body sentences, in reading order; <c>Sentences[i].Index == i</c>.</summary>
    public IReadOnlyList<Sentence> Sentences { get; } = AllSentences(Headline, Paragraphs);

    // Counted, then copied into one array of that size (by index: no enumerator per paragraph).
    private static Sentence[] AllSentences(Paragraph headline, IReadOnlyList<Paragraph> paragraphs)
    {
        var count = headline.Sentences.Count;
        for (var p = 0; p < paragraphs.Count; p++) count += paragraphs[p].Sentences.Count;
        var all = new Sentence[count];
        var at = 0;
        for (var p = -1; p < paragraphs.Count; p++)
        {
            var sentences = p < 0 ? headline.Sentences : paragraphs[p].Sentences;
            for (var s = 0; s < sentences.Count; s++) all[at++] = sentences[s];
        }
        return all;
    }

    /// <summary>The exact text of a span of this document.</summary>
    public string Quote(TextSpan span) => Text[span.Start..span.End];

    public override string ToString() => $"{Id}: {Title} ({Paragraphs.Count} paragraphs, {Sentences.Count} sentences)";
}
