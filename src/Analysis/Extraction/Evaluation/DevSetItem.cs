namespace Analysis;

/// <summary>
/// One hand-annotated passage of the development set: its text (paragraphs separated by blank
/// lines), the style it imitates (wire, think_tank, official), the troop counts it should yield and
/// the canonical names of the sources it cites.
/// </summary>
public sealed record DevSetItem(string Id, string Style, string Text, IReadOnlyList<ExpectedFigure> Figures, IReadOnlyList<string> Sources)
{
    /// <summary>The passage as a document: a neutral headline line, then the text as its body.</summary>
    public Document ToDocument() => CorpusLoader.FromText("Development passage\n\n" + Text, Id);
}
