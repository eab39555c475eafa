using System.Buffers;

namespace Analysis.Vocabulary;

/// <summary>
/// The characters <see cref="char.IsWhiteSpace(char)"/> reads as white space (what a pattern's \s matches), found once
/// for every rule that searches for them (the clause reader, the timeline): finding them means reading every UTF-16 code unit.
/// </summary>
internal static class WhiteSpace
{
    /// <summary>Every white-space character, in code order.</summary>
    public static readonly char[] Characters = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)];

    /// <summary>Every white-space character.</summary>
    public static readonly SearchValues<char> Any = SearchValues.Create(Characters);

    /// <summary>Every white-space character but the space.</summary>
    public static readonly SearchValues<char> ButSpace = SearchValues.Create([.. Characters.Where(c => c != ' ')]);
}
