namespace Analysis.Corpus;

/// <summary>A half-open character range [Start, End) in a document's <see cref="Document.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public override string ToString() => $"[{Start}, {End})";
}
