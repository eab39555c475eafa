namespace Analysis.Corpus;

/// <summary>
/// A block of text. Index 0 is the headline; body paragraphs count from 1, in reading order.
/// </summary>
public sealed record Paragraph(int Index, TextSpan Span, string Text, IReadOnlyList<Sentence> Sentences)
{
    // A parsed paragraph's text is cut from its document's only when read: extraction reads sentences,
    // and copying every paragraph too cost two bytes per byte of corpus.
    private string? text = Text;
    private readonly string? document;

    internal Paragraph(int index, TextSpan span, IReadOnlyList<Sentence> sentences, string document) : this(index, span, null!, sentences) =>
        this.document = document;

    public string Text
    {
        get => text ??= document![Span.Start..Span.End];
        init => text = value;
    }

    public bool IsHeadline => Index == 0;

    public bool Equals(Paragraph? other) =>
        other is not null && Index == other.Index && Span == other.Span && Text == other.Text && EqualityComparer<IReadOnlyList<Sentence>>.Default.Equals(Sentences, other.Sentences);

    public override int GetHashCode() => HashCode.Combine(Index, Span, Text, Sentences);
}
