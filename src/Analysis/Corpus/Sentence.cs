namespace Analysis.Corpus;

/// <summary>
/// One sentence. <see cref="Index"/> counts from 0 across the whole document, headline first,
/// so (document, sentence index) names a sentence; <see cref="Span"/> locates its exact text.
/// </summary>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, string Text)
{
    public int Start => Span.Start;
    public int End => Span.End;
}
