namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// A list of phrases split by the character of a text they can start at, in their order: where a rule tries each
/// phrase of a list at one place (<see cref="PhraseLiteral.EndOf"/>, case ignored), it tries only those that can start
/// with the text's character there. ASCII characters have their own lists; any other character gets the whole list.
/// </summary>
internal sealed class PhrasesByFirstCharacter
{
    private readonly string[] all;
    private readonly string[][] ascii = new string[128][];

    public PhrasesByFirstCharacter(IEnumerable<string> phrases)
    {
        all = [.. phrases];
        for (var c = 0; c < ascii.Length; c++)
        {
            var text = ((char)c).ToString();
            // A phrase that opens with a space needs white space there: it is kept for every character, as it cannot
            // be told apart by one.
            ascii[c] = [.. all.Where(p => p.Length > 0 && (p[0] == ' ' || PhraseLiteral.EndOf(text, 0, 1, p[..1], ignoreCase: true) == 1))];
        }
    }

    /// <summary>The phrases, in their order, that may start at a text's character <paramref name="c"/>.</summary>
    public string[] At(char c) => c < 128 ? ascii[c] : all;
}
