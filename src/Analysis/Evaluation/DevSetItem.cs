namespace Analysis.Evaluation;

using Analysis.Corpus;

/// <summary>
/// One hand-annotated passage of the development set: its text (paragraphs separated by blank
/// lines), the style it imitates (wire, think_tank, official), the troop counts it should yield and
/// the canonical names of the sources it cites. When <see cref="HasHeadline"/>, the text's first line
/// is the headline; otherwise the passage is all body, under a neutral headline.
/// </summary>
public sealed record DevSetItem(string Id, string Style, string Text, IReadOnlyList<ExpectedFigure> Figures, IReadOnlyList<string> Sources, bool HasHeadline = false)
{
    public Document ToDocument() => CorpusLoader.FromText(HasHeadline ? Text : "Development passage\n\n" + Text, Id);
}
