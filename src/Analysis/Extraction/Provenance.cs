namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Where a fact came from: its document, sentence, character span and exact words, and the whole sentence
/// (<see cref="SentenceText"/>) so that a table row can be read without its document.
/// </summary>
public sealed record Provenance(string Document, int Sentence, TextSpan Span, string Quote)
{
    /// <summary>The text of the sentence the fact is in (empty when the provenance was made without it).</summary>
    public string SentenceText { get; init; } = "";

    public static Provenance Of(Document document, Sentence sentence, TextSpan span) =>
        new(document.Id, sentence.Index, span, document.Quote(span)) { SentenceText = sentence.Text };

    public override string ToString() => $"{Document}#{Sentence} {Span}: \"{Quote}\"";
}
