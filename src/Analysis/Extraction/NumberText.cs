using System.Globalization;

namespace Analysis.Extraction;

/// <summary>
/// Reads one number written the ways news text writes them: "10,000", "10 000", "1.5 million",
/// "10k", "2 lakh", "ten thousand", "twelve million", "a thousand", "one hundred and fifty".
/// </summary>
public static class NumberText
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["k"] = 1e3, ["mln"] = 1e6, ["bn"] = 1e9,
        // South Asian English: "2 lakh soldiers" is 200,000, "1.5 crore" 15 million.
        ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
        // Spanish and Portuguese copy: "12 mil soldiers" is 12,000.
        ["mil"] = 1e3,
        // Translated copy's plural calque: "15 thousands soldiers".
        ["thousands"] = 1e3, ["millions"] = 1e6,
        // Russian and Ukrainian copy's abbreviation ("тыс."), kept in translation: "about 11 thous. soldiers".
        ["thous"] = 1e3,
    };

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    // Group separators: a comma, spaces, and the apostrophe of Swiss copy ("3'000", "3’000").
    private const string Separators = ",\u00A0\u202F\u2009 '\u2019";

    /// <summary>Whether a number word ends with a scale word ("hundred", "a thousand", "million").</summary>
    public static bool IsScaleWord(ReadOnlySpan<char> word)
    {
        var last = word[(word.LastIndexOf(' ') + 1)..];
        return last.Equals("hundred", StringComparison.OrdinalIgnoreCase) || ScaleLookup.ContainsKey(last);
    }

    /// <summary>The number <paramref name="text"/> spells, or false when it is not one number.</summary>
    public static bool TryParse(string? text, out double value) => TryParse(text.AsSpan(), out value);

    /// <summary>The number <paramref name="text"/> spells, or false when it is not one number; digits are read without a copy.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty) return false;
        return char.IsDigit(trimmed[0]) ? TryParseDigits(trimmed, out value) : TryParseWords(trimmed.ToString(), out value);
    }

    // "10,000", "10 000", "1.5 million", "10k": digits in groups of three, a decimal part, then a scale word.
    private static bool TryParseDigits(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = Digits(text, 0);
        if (LakhGroups(text, i) is var lakh and > 0) i = lakh;
        else if (i <= 3)
            while (i < text.Length && Separators.Contains(text[i]) && Digits(text, i + 1) - (i + 1) == 3) i += 4;
        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1])) i = Digits(text, i + 1);
        var rest = text[i..].TrimStart();
        if (rest.StartsWith("-")) rest = rest[1..].TrimStart();
        var scale = 1.0;
        // Japanese and Korean copy: "1万1000" is 11,000 (man, ten thousand, then the rest in digits).
        var tail = 0.0;
        if (rest.Length > 0 && rest[0] == '万')
        {
            // NumberStyles.None: ASCII digits only, no sign, point or separator.
            if (rest.Length > 1 && !double.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out tail)) return false;
            scale = 1e4;
            rest = [];
        }
        if (rest.Length > 0 && !ScaleLookup.TryGetValue(rest, out scale)) return false;
        // The number without its group separators.
        Span<char> buffer = i <= 128 ? stackalloc char[i] : new char[i];
        var length = 0;
        foreach (var c in text[..i])
            if (!Separators.Contains(c)) buffer[length++] = c;
        if (!double.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        value = value * scale + tail;
        return true;
    }

    // South Asian copy groups by lakh and crore: "5,00,000" is 500,000, "1,25,00,000" 12.5 million (pairs of digits, then
    // the last three). The end of such digits, or 0 when the text opens with none.
    private static int LakhGroups(ReadOnlySpan<char> text, int first)
    {
        if (first is < 1 or > 2) return 0;
        var (i, pairs) = (first, 0);
        while (i < text.Length && text[i] == ',' && Digits(text, i + 1) - (i + 1) == 2) (i, pairs) = (i + 3, pairs + 1);
        return pairs > 0 && i < text.Length && text[i] == ',' && Digits(text, i + 1) - (i + 1) == 3 ? i + 4 : 0;
    }

    private static int Digits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i])) i++;
        return i;
    }

    public static double Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a number.");

    /// <summary>Spelled-out numbers: "ten thousand", "twenty-five", "a million", "one hundred and fifty", "half a million".</summary>
    public static bool TryParseWords(string text, out double value)
    {
        value = 0;
        double total = 0, current = 0;
        var any = false;
        var tokens = text.Split([' ', '-', '\u2010', '\u00A0', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        // "half a million", "a quarter of a million", "a half-million", "three-quarters of a million": a share of the one scale
        // word after it.
        var (first, factor) = FractionOpening(tokens);
        for (var i = first; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Equals("and", StringComparison.OrdinalIgnoreCase) && any && i < tokens.Length - 1) continue;
            if ((token.Equals("a", StringComparison.OrdinalIgnoreCase) || token.Equals("an", StringComparison.OrdinalIgnoreCase)) && i == first && tokens.Length > first + 1)
            {
                current = 1;
                continue;
            }
            if (Units.TryGetValue(token, out var unit)) current += unit;
            else if (token.Equals("hundred", StringComparison.OrdinalIgnoreCase)) current = (current == 0 ? 1 : current) * 100;
            else if (token.Equals("dozen", StringComparison.OrdinalIgnoreCase)) current = (current == 0 ? 1 : current) * 12;
            else if (Scales.TryGetValue(token, out var scale) && token.Length > 2)
            {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
            }
            else return false;
            any = true;
        }
        value = (total + current) * factor;
        return any;
    }

    // The words a share of a scale word opens with ("half a", "a quarter of a", "a half", "three quarters of a"), as the index of
    // the "a" before the scale word (or of the scale word) and the share; (0, 1) when the words are no such share. The scale
    // word must be the last token ("a quarter of a million", not "a quarter of a million and ten").
    private static (int First, double Factor) FractionOpening(string[] tokens)
    {
        var i = 0;
        if (i < tokens.Length && IsArticle(tokens[i])) i++;
        double share;
        if (i < tokens.Length && tokens[i].Equals("half", StringComparison.OrdinalIgnoreCase)) (share, i) = (0.5, i + 1);
        else if (i < tokens.Length && tokens[i].Equals("quarter", StringComparison.OrdinalIgnoreCase) && i > 0) (share, i) = (0.25, i + 1);
        else if (i == 0 && tokens.Length > 1 && tokens[0].Equals("three", StringComparison.OrdinalIgnoreCase)
            && tokens[1].Equals("quarters", StringComparison.OrdinalIgnoreCase)) (share, i) = (0.75, 2);
        else return (0, 1.0);
        if (i < tokens.Length && tokens[i].Equals("of", StringComparison.OrdinalIgnoreCase)) i++;
        // "half a million" reads its "a" as one; "a half-million" has none
        var first = i;
        var scaleAt = first < tokens.Length && IsArticle(tokens[first]) ? first + 1 : first;
        if (scaleAt != tokens.Length - 1 || tokens[scaleAt].ToLowerInvariant() is not ("thousand" or "million" or "billion" or "dozen"))
            return (0, 1.0);
        return (first, share);
    }

    private static bool IsArticle(string token) =>
        token.Equals("a", StringComparison.OrdinalIgnoreCase) || token.Equals("an", StringComparison.OrdinalIgnoreCase);
}
