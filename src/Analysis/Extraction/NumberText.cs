using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysis.Extraction;

/// <summary>
/// Reads one number written the ways news text writes them: "10,000", "10 000", "1.5 million",
/// "10k", "ten thousand", "twelve million", "a thousand", "one hundred and fifty".
/// </summary>
public static partial class NumberText
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
    };

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:[,\u00A0\u202F\u2009 ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*-?\s*(?<scale>thousand|million|billion|mln|bn|k)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigitsPattern();

    /// <summary>The number <paramref name="text"/> spells, or false when it is not one number.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        var digits = DigitsPattern().Match(trimmed);
        if (digits.Success)
        {
            var number = digits.Groups["n"].Value;
            foreach (var separator in new[] { ",", "\u00A0", "\u202F", "\u2009", " " }) number = number.Replace(separator, "");
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
            if (digits.Groups["scale"].Success) value *= Scales[digits.Groups["scale"].Value];
            return true;
        }
        return TryParseWords(trimmed, out value);
    }

    public static double Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a number.");

    /// <summary>Spelled-out numbers: "ten thousand", "twenty-five", "a million", "one hundred and fifty".</summary>
    public static bool TryParseWords(string text, out double value)
    {
        value = 0;
        double total = 0, current = 0;
        var any = false;
        var tokens = text.Split([' ', '-', '\u2010', '\u00A0', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Equals("and", StringComparison.OrdinalIgnoreCase) && any && i < tokens.Length - 1) continue;
            if ((token.Equals("a", StringComparison.OrdinalIgnoreCase) || token.Equals("an", StringComparison.OrdinalIgnoreCase)) && i == 0 && tokens.Length > 1)
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
        value = total + current;
        return any;
    }
}
