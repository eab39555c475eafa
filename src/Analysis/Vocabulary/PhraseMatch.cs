namespace Analysis.Vocabulary;

using Analysis.Corpus;

/// <summary>A phrase of a word list found in a text: where it is, and the list (<see cref="Label"/>) it belongs to.</summary>
public readonly record struct PhraseMatch(TextSpan Span, string Label);
