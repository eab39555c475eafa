using Analysis.Vocabulary;

namespace Analysis.Tests.Vocabulary;

public class PhraseLiteralTests
{
    [Theory]
    [InlineData("sent some troops", 5, "some", true, 9)]
    [InlineData("sent SOME troops", 5, "some", true, 9)]
    [InlineData("sent SOME troops", 5, "some", false, -1)]
    [InlineData("a force  numbering 500", 2, "force numbering", true, 18)]
    [InlineData("a force\nnumbering 500", 2, "force numbering", true, 17)]
    [InlineData("a forcenumbering 500", 2, "force numbering", true, -1)]
    [InlineData("the army’s own count", 4, "army's", true, 10)]
    [InlineData("the army's own count", 4, "army’s", true, 10)]
    [InlineData("up to", 0, "up to 500", true, -1)]
    public void It_reads_a_phrase_forward_from_where_it_starts(string text, int at, string phrase, bool ignoreCase, int end) =>
        Assert.Equal(end, PhraseLiteral.EndOf(text, at, text.Length, phrase, ignoreCase));

    [Theory]
    [InlineData("a force numbering 500", 17, "force numbering", 2)]
    [InlineData("a FORCE  Numbering 500", 18, "force numbering", 2)]
    [InlineData("a forcenumbering 500", 16, "force numbering", -1)]
    [InlineData("the army’s", 10, "army's", 4)]
    [InlineData("numbering", 9, "force numbering", -1)]
    public void It_reads_a_phrase_backward_from_where_it_ends(string text, int end, string phrase, int start) =>
        Assert.Equal(start, PhraseLiteral.StartOf(text, 0, end, phrase, ignoreCase: true));

    // IsBoundary stands for a pattern's \b (NounAfterNumber, AmountPhrase), so it must read every place as .NET's \b does:
    // word characters (letters, digits, marks, connectors), and the zero-width joiners, which \b counts as word characters
    // (an emoji sequence or a Persian or Indic word joined by them is one word), at either end of the range too.
    [Theory]
    [InlineData("500 troops")]
    [InlineData("troops.")]
    [InlineData("über-Truppen")]
    [InlineData("snake_case 3rd")]
    [InlineData("na\u0308ive cafe\u0301")]
    [InlineData("a\u200Db")]
    [InlineData("a \u200D b")]
    [InlineData("\u200Cstart end\u200C")]
    [InlineData("میرود\u200Cها")]
    [InlineData("’s - \t\u00A0x")]
    [InlineData("")]
    public void Its_boundary_is_where_a_patterns_word_boundary_is(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var boundary = new System.Text.RegularExpressions.Regex(@"\G\b");
        for (var at = 0; at <= text.Length; at++)
            Assert.True(boundary.IsMatch(text, at) == PhraseLiteral.IsBoundary(text, 0, text.Length, at), $"at {at} of \"{escaped}\"");
    }

    [Fact]
    public void A_phrase_needs_as_many_white_spaces_as_it_has_spaces()
    {
        Assert.Equal(-1, PhraseLiteral.EndOf("some 500", 0, 8, "some  500", ignoreCase: true));
        Assert.Equal(9, PhraseLiteral.EndOf("some \t500", 0, 9, "some  500", ignoreCase: true));
    }

    [Fact]
    public void Its_openers_are_every_case_of_the_phrases_first_characters_and_both_apostrophes()
    {
        var openers = PhraseLiteral.Openers(["said", "’s"], ignoreCase: true);
        Assert.All(new[] { 's', 'S', '\'', '’' }, c => Assert.True(openers.Contains(c)));
        Assert.False(openers.Contains('t'));
        Assert.False(PhraseLiteral.Openers(["said"], ignoreCase: false).Contains('S'));
    }

    [Fact]
    public void Its_case_tables_give_every_characters_invariant_upper_and_lower_case()
    {
        var (upper, lower) = (PhraseLiteral.UpperCases.Value, PhraseLiteral.LowerCases.Value);
        Assert.Equal(char.MaxValue + 1, upper.Length);
        Assert.Equal(char.MaxValue + 1, lower.Length);
        for (var c = char.MinValue; ; c++)
        {
            Assert.Equal(char.ToUpperInvariant(c), upper[c]);
            Assert.Equal(char.ToLowerInvariant(c), lower[c]);
            if (c == char.MaxValue) break;
        }
        // Characters whose case is another alphabet's letter: "ſ" (long s) and "K" (Kelvin) open a phrase that starts with s or k.
        var openers = PhraseLiteral.Openers(["said", "km"], ignoreCase: true);
        Assert.Equal(char.ToUpperInvariant('ſ') == 'S', openers.Contains('ſ'));
        Assert.Equal(char.ToLowerInvariant('\u212A') == 'k', openers.Contains('\u212A'));
    }

    [Theory]
    [InlineData("some troops", 4, true)]
    [InlineData("some troops", 5, true)]
    [InlineData("some troops", 2, false)]
    [InlineData("some troops", 11, true)]
    [InlineData("x_y", 1, false)]
    [InlineData("2,000", 1, true)]
    public void A_boundary_is_where_a_word_character_stands_on_one_side_only(string text, int at, bool boundary) =>
        Assert.Equal(boundary, PhraseLiteral.IsBoundary(text, 0, text.Length, at));
}
