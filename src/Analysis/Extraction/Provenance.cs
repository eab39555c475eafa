namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>Where a fact came from: its document, sentence, character span and exact words.</summary>
public sealed record Provenance(string Document, int Sentence, TextSpan Span, string Quote)
{
    public static Provenance Of(Document document, Sentence sentence, TextSpan span) =>
        new(document.Id, sentence.Index, span, document.Quote(span));

    public override string ToString() => $"{Document}#{Sentence} {Span}: \"{Quote}\"";
}
