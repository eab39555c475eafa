namespace Analysis.Vocabulary;

/// <summary>
/// A named regular expression that composes other entries by name: <c>{troop_nouns}</c> stands for the word list
/// (its phrases as alternatives, longest first) and <c>{hedge}</c> for another pattern, as Recognizers-Text's
/// nested regexes do. Quantifiers such as <c>{0,60}</c> are not names: a name starts with a letter.
/// </summary>
public sealed record PatternEntry(string Name, string Text, LexiconOrigin Origin);
