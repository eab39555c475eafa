namespace Analysis.Vocabulary;

/// <summary>A named list of phrases ("troop_nouns": troops, soldiers, servicemen, …), matched as whole words.</summary>
public sealed record WordList(string Name, IReadOnlyList<string> Phrases, LexiconOrigin Origin);
