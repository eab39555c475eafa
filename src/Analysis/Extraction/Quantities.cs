using System.Buffers;
using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Finds the number expressions of a sentence: digits ("10,000", "10 000", "1.5 million", "10k"),
/// words ("ten thousand"), vague amounts ("several thousand", "tens of thousands"), ranges
/// ("11,000 to 12,000", "between 3,000 and 5,000") and the hedges around them ("approximately",
/// "more than", "up to", "or more", "potentially"). Whether a number counts soldiers is decided
/// later, by <see cref="TroopCountFinder"/>.
/// </summary>
internal static partial class Quantities
{
    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,3}(?:(?:,|[\u00A0\u202F\u2009]| (?=\d{3}(?![\d,.])))\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?:\s*-?\s*)(?<scale>thousand|million|billion)\b|(?<k>[kK])(?!\w))?(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?<w>(?:(?:a|an)\s+(?=(?:hundred|thousand|million|dozen)\b))?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)(?:(?:\s+and\s+|\s+|-)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion))*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Words();

    [GeneratedRegex(@"\b(?:(?<q>several|a\s+few|few|some|many)\s+(?<u>hundred|thousand|million)(?!\w)|(?<tens>tens|hundreds)\s+of\s+(?<u2>thousands|millions)\b|(?<pl>dozens|hundreds|thousands|millions)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Vague();

    // Words before a number that hedge it, read backwards from the number one at a time.
    private const string ModifierPattern = @"(?:^|[\s(,;:—–-])(?<m>about|approximately|approx\.|around|roughly|some|nearly|almost|close\s+to|an\s+estimated|estimated|circa|~|more\s+than|over|at\s+least|in\s+excess\s+of|upwards?\s+of|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|well\s+over|just\s+over|exceeding|above|a\s+minimum\s+of|north\s+of|up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|not\s+more\s+than|fewer\s+than|less\s+than|just\s+under|under|below|a\s+maximum\s+of|as\s+much\s+as|as\s+high\s+as|potentially|possibly|perhaps|maybe|between|from)\s*$";

    [GeneratedRegex(ModifierPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ModifierBefore();

    // The same pattern read right to left: whether the text before a number ends in a hedge, found by
    // starting at the number rather than at every word of the sentence. Most numbers have none, and
    // only those that do need the left-to-right match (whose groups say which hedge it is).
    [GeneratedRegex(ModifierPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    internal static partial Regex EndsInModifier();

    // ModifierBefore's match in text[start..end), or null when there is none.
    private static Match? Modifier(string text, int start, int end)
    {
        if (!EndsInModifier().IsMatch(text.AsSpan(start, end - start))) return null;
        var m = ModifierBefore().Match(text, start, end - start);
        return m.Success ? m : null;
    }

    [GeneratedRegex(@"^(?:\s+or\s+(?<more>more|so)\b|(?<more>-?plus)\b|(?<more>\+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifierAfter();

    [GeneratedRegex(@"^\s*(?:to|-|–|—|or)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"^\s*and\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AndJoin();

    [GeneratedRegex(@"\b(?:ris(?:e|en|es|ing)|rose|increas\w*|gr[eo]w\w*|jump\w*|climb\w*|revis\w*|rais\w*|swell\w*|swollen|doubl\w*|tripl\w*|expand\w*|up|surg\w*|fell|fall\w*|drop\w*|decreas\w*|declin\w*|shr[ai]nk\w*|went)\b[^.;]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeBeforeFrom();

    // The words that open a number written in words (Words) or a vague amount (Vague): every match of
    // either has one of them at the start of a word. Most sentences have none, and skip both regexes.
    private static readonly SearchValues<string> NumberWords = SearchValues.Create(
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen",
    ], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// False only when text[start..end) has no number word at the start of a word, so that neither
    /// Words nor Vague can match there (both open on \b). Inside a word ("often", "money") a number word
    /// starts no match; an ASCII letter or digit before it is surely a word character, anything else
    /// is left to the regexes.
    /// </summary>
    internal static bool MayHaveNumberWords(string text, int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            var next = text.AsSpan(p, end - p).IndexOfAny(NumberWords);
            if (next < 0) return false;
            p += next;
            if (p == start || !char.IsAsciiLetterOrDigit(text[p - 1])) return true;
        }
        return false;
    }

    private readonly record struct Token(TextSpan Span, double Value, double? Low, double? High, bool Scaled, bool Vague, bool Word);

    public static IReadOnlyList<Quantity> Find(string text, int start, int end)
    {
        var tokens = Tokens(text, start, end);
        var result = new List<Quantity>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // A range: "11,000 to 12,000", "11,000-12,000", "between 3,000 and 5,000", "ten to twelve thousand".
            if (i + 1 < tokens.Count && !t.Vague && !tokens[i + 1].Vague)
            {
                var u = tokens[i + 1];
                var between = text.AsSpan(t.Span.End, u.Span.Start - t.Span.End);
                var rangeJoin = RangeJoin().IsMatch(between);
                var andJoin = !rangeJoin && AndJoin().IsMatch(between);
                // Only two numbers joined like a range need the words before them ("between", "from").
                var before = rangeJoin || andJoin ? Modifier(text, start, t.Span.Start) : null;
                var isBetween = before is not null && before.Groups["m"].Value.Equals("between", StringComparison.OrdinalIgnoreCase);
                var isFrom = before is not null && before.Groups["m"].Value.Equals("from", StringComparison.OrdinalIgnoreCase);
                if ((rangeJoin && !(between.Contains("or", StringComparison.Ordinal) && isFrom)) || (isBetween && andJoin))
                {
                    var low = t.Value;
                    var high = u.Value;
                    // "ten to twelve thousand", "between 1 and 1.5 million": the scale is written once.
                    if (!t.Scaled && u.Scaled && low < high)
                        foreach (var scale in new[] { 1e9, 1e6, 1e3 })
                            if (high >= scale && low * scale <= high) { low *= scale; break; }
                    if (low < high)
                    {
                        var rangeStart = (isBetween || isFrom) ? before!.Groups["m"].Index : t.Span.Start;
                        if (isFrom && ChangeBeforeFrom().IsMatch(text.AsSpan(start, rangeStart - start)))
                        {
                            // "rose from 3,000 to 10,000": an earlier figure and the current one.
                            result.Add(Hedged(text, start, end, t with { Value = low }, changeStart: true));
                            result.Add(Hedged(text, start, end, u, changeEnd: true));
                        }
                        else
                        {
                            var (s, possible) = ExtendBefore(text, start, rangeStart);
                            var core = new TextSpan(t.Span.Start, u.Span.End);
                            result.Add(new Quantity(new TextSpan(s, u.Span.End), core, null, low, high, Hedge.Range, possible, true));
                        }
                        i++;
                        continue;
                    }
                }
            }
            result.Add(Hedged(text, start, end, t));
        }
        return result;
    }

    private static Quantity Hedged(string text, int start, int end, Token t, bool changeStart = false, bool changeEnd = false)
    {
        if (t.Vague)
        {
            var (vs, vp) = ExtendBefore(text, start, t.Span.Start, hedges: false);
            return new Quantity(new TextSpan(vs, t.Span.End), t.Span, null, t.Low, t.High, Hedge.Vague, vp, true, changeStart, changeEnd);
        }
        var hedge = Hedge.Exact;
        var spanStart = t.Span.Start;
        var possible = false;
        for (var guard = 0; guard < 3; guard++)
        {
            if (Modifier(text, start, spanStart) is not { } m) break;
            var word = string.Join(' ', m.Groups["m"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (word is "between" or "from") break;
            var kind = Classify(word);
            if (kind == Hedge.Possible) possible = true;
            else if (hedge == Hedge.Exact || (hedge == Hedge.Approximate && kind is Hedge.AtLeast or Hedge.AtMost)) hedge = kind;
            spanStart = m.Groups["m"].Index;
        }
        var spanEnd = t.Span.End;
        var after = ModifierAfter().Match(text, spanEnd, end - spanEnd);
        if (after.Success)
        {
            hedge = after.Groups["more"].Value.Equals("so", StringComparison.OrdinalIgnoreCase) ? Hedge.Approximate : Hedge.AtLeast;
            spanEnd += after.Length;
        }
        double? low = hedge == Hedge.AtLeast ? t.Value : null;
        double? high = hedge == Hedge.AtMost ? t.Value : null;
        return new Quantity(new TextSpan(spanStart, spanEnd), t.Span, t.Value, low, high, hedge, possible, t.Scaled, changeStart, changeEnd);
    }

    // Words like "potentially" before a range or a vague amount: kept in the phrase, the hedge stays.
    private static (int Start, bool Possible) ExtendBefore(string text, int floor, int at, bool hedges = true)
    {
        var possible = false;
        for (var guard = 0; guard < 3; guard++)
        {
            if (Modifier(text, floor, at) is not { } m) break;
            var word = m.Groups["m"].Value.ToLowerInvariant();
            var kind = word is "between" or "from" ? Hedge.Range : Classify(word);
            if (kind == Hedge.Possible) possible = true;
            else if (kind != Hedge.Range && !hedges && kind != Hedge.Approximate) break;
            at = m.Groups["m"].Index;
        }
        return (at, possible);
    }

    private static Hedge Classify(string modifier) => modifier switch
    {
        "potentially" or "possibly" or "perhaps" or "maybe" => Hedge.Possible,
        "more than" or "over" or "at least" or "in excess of" or "upwards of" or "upward of" or "no fewer than" or "no less than"
            or "not less than" or "well over" or "just over" or "exceeding" or "above" or "a minimum of" or "north of" => Hedge.AtLeast,
        "up to" or "as many as" or "at most" or "no more than" or "not more than" or "fewer than" or "less than"
            or "just under" or "under" or "below" or "a maximum of" or "as much as" or "as high as" => Hedge.AtMost,
        _ => Hedge.Approximate,
    };

    private static List<Token> Tokens(string text, int start, int end)
    {
        var tokens = new List<Token>();
        bool Free(int s, int e) => tokens.All(t => e <= t.Span.Start || s >= t.Span.End);

        var words = MayHaveNumberWords(text, start, end);
        for (var m = words ? Vague().Match(text, start, end - start) : Match.Empty; m.Success; m = m.NextMatch())
        {
            double unit = Unit(m.Groups["u"].Success ? m.Groups["u"].Value : m.Groups["u2"].Success ? m.Groups["u2"].Value : m.Groups["pl"].Value);
            if (m.Groups["tens"].Success) unit *= m.Groups["tens"].Value.StartsWith("tens", StringComparison.OrdinalIgnoreCase) ? 10 : 100;
            // Vague amounts keep bounds, not a value: "several thousand" is 2,000 to 9,000.
            tokens.Add(new Token(new TextSpan(m.Index, m.Index + m.Length), 0, 2 * unit, 9 * unit, true, true, true));
        }
        for (var m = Digits().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (!Free(m.Index, m.Index + m.Length)) continue;
            if (!NumberText.TryParse(m.Value, out var value)) continue;
            var scaled = m.Groups["scale"].Success || m.Groups["k"].Success || m.Groups["n"].Value.Length > 3 && !m.Groups["n"].Value.All(char.IsDigit);
            tokens.Add(new Token(new TextSpan(m.Index, m.Index + m.Length), value, null, null, scaled, false, false));
        }
        for (var m = words ? Words().Match(text, start, end - start) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var g = m.Groups["w"];
            if (!Free(g.Index, g.Index + g.Length)) continue;
            if (!NumberText.TryParseWords(g.Value, out var value)) continue;
            var scaled = g.Value.Contains("thousand", StringComparison.OrdinalIgnoreCase) || g.Value.Contains("million", StringComparison.OrdinalIgnoreCase)
                || g.Value.Contains("billion", StringComparison.OrdinalIgnoreCase);
            tokens.Add(new Token(new TextSpan(g.Index, g.Index + g.Length), value, null, null, scaled, false, true));
        }
        tokens.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return tokens;
    }

    private static double Unit(string word) => word.ToLowerInvariant() switch
    {
        "dozens" => 12,
        "hundred" or "hundreds" => 100,
        "thousand" or "thousands" => 1e3,
        _ => 1e6,
    };
}
