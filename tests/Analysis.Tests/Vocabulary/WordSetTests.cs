using Analysis.Vocabulary;

namespace Analysis.Tests.Vocabulary;

/// <summary>
/// A <see cref="WordSet"/> answers as the framework's span look-up of a string set with the same comparer: on every word of
/// the lexicon's lists, in other cases, cut and extended, and on text past ASCII.
/// </summary>
public class WordSetTests
{
    private static readonly StringComparer[] Comparers = [StringComparer.Ordinal, StringComparer.OrdinalIgnoreCase];

    // ſ, ı, İ and the Kelvin sign have an ASCII letter as their upper or lower case; the rest are near misses.
    private static readonly string[] Tricky =
        ["said", "SAID", "ſaid", "saıd", "Said", "kursk", "Kursk", "\u212Aursk", "istanbul", "İstanbul", "Istanbul", "ıstanbul",
         "d’Ivoire", "d'Ivoire", "Жук", "жук", "ЖУК", "😀", "", "a", "A", "@", "`", "[", "{", "é", "É", "straße", "STRASSE",
         "a-b", "A-B", "1st", "1ST", "x y", "X Y", new string('a', 70), new string('A', 70), new string('a', 69)];

    [Fact]
    public void It_answers_as_a_string_set_does_for_every_word_of_the_lexicon_and_its_near_misses()
    {
        var lexicon = Lexicon.Default;
        // Each list is probed with its own words and their variants, the tricky words and every 40th word of the lexicon.
        var others = lexicon.WordListNames.SelectMany(lexicon.Words).Distinct().Where((_, i) => i % 40 == 0).Concat(Tricky).SelectMany(Variants).ToArray();
        foreach (var comparer in Comparers)
            foreach (var name in lexicon.WordListNames.Append(""))
            {
                var words = name.Length == 0 ? Tricky : lexicon.Words(name).ToArray();
                var expected = words.ToHashSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
                var set = words.ToWordSet(comparer);
                foreach (var probe in words.SelectMany(Variants).Concat(others))
                    Assert.True(expected.Contains(probe) == set.Contains(probe), $"{name}, {(comparer == StringComparer.Ordinal ? "ordinal" : "any case")}: '{probe}'");
            }
    }

    [Fact]
    public void A_set_made_from_a_string_set_keeps_its_comparer_and_none_other_is_taken()
    {
        Assert.True(new HashSet<string>(["Troops"], StringComparer.OrdinalIgnoreCase).ToWordSet().Contains("TROOPS"));
        Assert.False(new HashSet<string>(["Troops"], StringComparer.Ordinal).ToWordSet().Contains("TROOPS"));
        Assert.False(new HashSet<string>(["Troops"]).ToWordSet().Contains("troops"));
        Assert.True(new HashSet<string>(["Troops"]).ToWordSet().Contains("Troops"));
        Assert.Throws<ArgumentException>(() => new HashSet<string>(["Troops"], StringComparer.InvariantCultureIgnoreCase).ToWordSet());
        Assert.Throws<ArgumentException>(() => new WordSet(["Troops"], StringComparer.CurrentCulture));
    }

    [Fact]
    public void In_any_case_no_character_past_ASCII_equals_one_inside_it()
    {
        // WordSet's hash counts every character past ASCII alike: it is right only while none equals an ASCII one in any case.
        for (var c = 128; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            var wide = ((char)c).ToString();
            for (var a = 0; a < 128; a++)
                Assert.False(string.Equals(wide, ((char)a).ToString(), StringComparison.OrdinalIgnoreCase), $"U+{c:X4} and U+{a:X4}");
        }
    }

    private static IEnumerable<string> Variants(string word)
    {
        yield return word;
        yield return word.ToUpperInvariant();
        yield return word.ToLowerInvariant();
        if (word.Length > 0)
        {
            yield return char.ToUpperInvariant(word[0]) + word[1..];
            yield return word[..^1];
            yield return word[1..];
        }
        yield return word + "s";
        yield return word.Replace('i', 'ı').Replace('s', 'ſ').Replace('k', '\u212A').Replace('I', 'İ');
    }
}
