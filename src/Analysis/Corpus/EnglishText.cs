using System.Globalization;

namespace Analysis.Corpus;

/// <summary>
/// Whether a document reads as English, the one language the kit's vocabulary and patterns are written in. A page in
/// Polish or German loads and parses, and its extraction finds almost nothing: without a word from the loader a user reads
/// "no figures" as "no figures in the article". Two signs, both cheap and both read on the text's first 1,500
/// characters: the script its letters are in, and how many of its words are the commonest English function words
/// (about one word in four of English news copy; a few in a hundred of a page in another language written in Latin letters).
/// </summary>
public static class EnglishText
{
    // Enough text to judge a language by; an article's opening says it as well as its whole.
    private const int SampleChars = 1500;
    // Fewer words than this say too little to judge (a headline, a caption, a list of names).
    private const int MinWords = 50;
    // Below this share of function words a text in Latin letters is not English: English news copy runs at about one word in
    // four, a page in another language at a few in a hundred (a handful of "in", "a", "was" and names).
    private const double MinShare = 0.07;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "said",
        "has", "have", "had", "are", "were", "be", "been", "it", "its", "their", "they", "he", "his", "which", "who", "would",
        "will", "not", "but", "this", "an", "or", "more", "than", "after", "about",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Null where the text reads as English or is too short to judge; else what a user should be told about it.</summary>
    public static string? Problem(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        int latin = 0, other = 0, words = 0, function = 0;
        var script = "";
        for (var i = 0; i < sample.Length;)
        {
            if (!char.IsLetter(sample[i])) { i++; continue; }
            var start = i;
            while (i < sample.Length && (char.IsLetter(sample[i]) || sample[i] is '\'' or '’')) i++;
            var word = sample[start..i];
            foreach (var c in word)
            {
                if (!char.IsLetter(c)) continue;
                // Basic Latin to Latin Extended-B: every letter of the languages written in Latin letters.
                if (c < '\u0250') latin++;
                else { other++; if (script.Length == 0) script = ScriptOf(c); }
            }
            words++;
            if (word.Length <= 5 && FunctionWordSpans.Contains(word)) function++;
        }
        if (other > latin)
            return $"is written mostly in {script} script, not in English; the kit reads English only, so it will find few if any of its figures and sources";
        if (words < MinWords) return null;
        var share = (double)function / words;
        return share >= MinShare ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"does not read as English ({function} of its first {words} words are common English words such as 'the', 'of', 'and', about one in four in English copy); the kit reads English only, so it will find few if any of its figures and sources");
    }

    private static string ScriptOf(char c) => c switch
    {
        >= '\u0370' and < '\u0400' => "Greek",
        >= '\u0400' and < '\u0530' => "Cyrillic",
        >= '\u0590' and < '\u0600' => "Hebrew",
        >= '\u0600' and < '\u0780' => "Arabic",
        >= '\u1100' and < '\u1200' or >= '\uAC00' and < '\uD7B0' or >= '\u3130' and < '\u3190' => "Korean",
        >= '\u3040' and < '\u3100' => "Japanese",
        >= '\u4E00' and < '\uA000' => "Chinese",
        _ => "a non-Latin",
    };
}
