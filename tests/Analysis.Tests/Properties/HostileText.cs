using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Tests.Properties;

/// <summary>A string built to break text code; printed escaped so a failing case can be read.</summary>
public sealed record HostileText(string Text)
{
    public override string ToString() =>
        "\"" + string.Concat(Text.Select(c => c is >= ' ' and < '\u007F' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}")) + $"\" ({Text.Length} chars)";
}

/// <summary>Hostile text dense with the words the extractors look for (figures, sources, dates).</summary>
public sealed record NewsLikeText(string Text)
{
    public override string ToString() => new HostileText(Text).ToString();
}

/// <summary>
/// FsCheck generators for <see cref="HostileText"/>: pieces that text code trips over (every kind of
/// line end, Unicode spaces, control characters, lone surrogates, runs of punctuation, quotes,
/// abbreviations, list markers, "Related Sources:" headings) mixed with words and random characters.
/// </summary>
public static class HostileArbitraries
{
    private static readonly string[] Pieces =
    [
        "\n", "\r", "\r\n", "\n\r", "\r\r\n", "\n\n", "\r\n\r\n", " ", "   ", "\t", "\u00A0", "\u2003", "\u2028", "\u2029", "\f", "\v", "\u0085",
        ".", "...", "…", "!", "?", "?!", ".\"", ".’", ".”", "”", "“", "'", "\"", "(", ")", "[", "]", "«", "»", ":", ";", ",",
        "Mr.", "Gen.", "U.S.", "U.N.", "J.", "e.g.", "1.5", "3,000", "No.", "The", "A", "It", "the", "in",
        "Related Sources:", "related  sources :", "Related Source:", "- ", "* ", "1. ", "2) ", "• ",
        "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u009C", "\uD83D\uDE9A", "\uD800", "\uDC00", "\u0301", "\u200B", "\uFEFF",
        "é", "Ж", "한국", "ﬁ", "İ",
    ];

    private static readonly Gen<string> Word =
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()), n))
            .Select(chars => new string(chars));

    private static readonly Gen<string> AnyChar = Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString());

    private static readonly Gen<string> PunctuationRun =
        Gen.Zip(Gen.Elements(".", "!", "?", "…", ". ", ".\n", "'", "”"), Gen.Choose(2, 3000))
            .Select(t => string.Concat(Enumerable.Repeat(t.Item1, t.Item2)));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Elements(Pieces)),
        (6, Word),
        (2, AnyChar),
        (1, PunctuationRun));

    // Phrases the extractors look for, so generated text reaches their code paths and not only the parser's.
    private static readonly string[] NewsPieces =
    [
        "10,000 troops", "about 3,000 soldiers", "at least 1,500", "between 2,000 and 3,000 ", "12 million", "twelve thousand soldiers",
        "1.2 million-strong army", "up to 15,000", "North Korean", "North Korea", "Russia", "Ukraine's", "Pyongyang", "Kursk",
        "Yonhap", "reported", "said", "according to", "citing", "South Korean lawmakers", "the National Intelligence Service",
        "Oct. 23", "October 2024", "on Monday", "last week", "in 2024", "the BRICS summit", "were deployed", "killed", "wounded",
        "earlier estimate of", "up from", "plans to send",
    ];

    public static Arbitrary<HostileText> Hostile() =>
        Arb.From(Gen.ListOf(Piece).Select(pieces => new HostileText(string.Concat(pieces))), Shrink);

    public static Arbitrary<NewsLikeText> NewsLike() =>
        Arb.From(
            Gen.ListOf(Gen.Frequency((5, Gen.Elements(NewsPieces)), (5, Piece), (3, Gen.Constant(" ")))).Select(pieces => new NewsLikeText(string.Concat(pieces))),
            value => Shrink(new HostileText(value.Text)).Select(h => new NewsLikeText(h.Text)));

    // Smaller texts that may still fail: halves, then each piece of up to 40 chars cut out.
    private static IEnumerable<HostileText> Shrink(HostileText value)
    {
        var text = value.Text;
        if (text.Length < 2) yield break;
        yield return new HostileText(text[..(text.Length / 2)]);
        yield return new HostileText(text[(text.Length / 2)..]);
        var step = Math.Max(1, text.Length / 40);
        for (var i = 0; i < text.Length; i += step)
            yield return new HostileText(text.Remove(i, Math.Min(step, text.Length - i)));
    }
}
