namespace Analysis.Evaluation;

using Analysis.Corpus;

/// <summary>
/// One hand-annotated passage of a development set: its text (paragraphs separated by blank lines),
/// the style it imitates (wire, headline, live_blog, translated, think_tank, official), the troop counts
/// it should yield and the canonical names of the sources it cites. When <see cref="HasHeadline"/>, the
/// text's first line is the headline; otherwise the passage is all body, under a neutral headline.
/// <see cref="Split"/> says whether it is tuned on ("dev") or kept aside ("heldout"); <see cref="Story"/>
/// is the troop story it belongs to; <see cref="Published"/>, the date a manifest would give it.
/// </summary>
public sealed record DevSetItem(string Id, string Style, string Text, IReadOnlyList<ExpectedFigure> Figures, IReadOnlyList<string> Sources, bool HasHeadline = false)
{
    public string Story { get; init; } = "";

    public string Split { get; init; } = DevSet.Dev;

    public DateOnly? Published { get; init; }

    /// <summary>The shapes that make the passage's sources hard to find ("dateline", "relay"…).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<ExpectedEvent> Events { get; init; } = [];

    /// <summary>The passage as an article's text: its own first line as headline, or a neutral one.</summary>
    public string DocumentText => HasHeadline ? Text : "Development passage\n\n" + Text;

    public Document ToDocument() =>
        CorpusLoader.FromText(DocumentText, Id, Published is null ? null : new DocumentMetadata(Published: Published));
}
