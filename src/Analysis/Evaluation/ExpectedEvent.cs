namespace Analysis.Evaluation;

/// <summary>
/// An event a dated dev-set passage should yield: the sentence that reports it, found by words of it
/// (<see cref="Anchor"/>), and its date or bound (null when the annotator left it undated).
/// </summary>
public sealed record ExpectedEvent(string Anchor, ExpectedDate? Date)
{
    public override string ToString() => $"\"{Anchor}\" {Date?.ToString() ?? "undated"}";
}
