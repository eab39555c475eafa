namespace Analysis.Corpus;

/// <summary>
/// A block of text. Index 0 is the headline; body paragraphs count from 1, in reading order.
/// </summary>
public sealed record Paragraph(int Index, TextSpan Span, string Text, IReadOnlyList<Sentence> Sentences)
{
    public bool IsHeadline => Index == 0;
}
