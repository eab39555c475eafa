using System.Buffers;

namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// A date rule that is only words: phrases of word lists in a row, white space between them ("last week", "on
/// Monday", "the end of next month"). It reads as the pattern <c>\b(?:(?&lt;a&gt;A)\s+)?(?&lt;b&gt;B)\s+…(?![^\W\d_])</c>
/// would: the leftmost match, at each slot its phrases longest first, an optional slot skipped when the rest does not
/// follow; a phrase's space is any white space. Each slot keeps the words it matched.
/// </summary>
internal sealed class DateWordRule
{
    private readonly Slot[] slots;

    // The characters a match can start with: where none is, there is nothing to try.
    private readonly SearchValues<char> openers;

    /// <param name="slots">The word lists in their order, each with whether its case matters and whether it may be left out.</param>
    public DateWordRule(params (IEnumerable<string> Phrases, bool MatchCase, bool Optional)[] slots)
    {
        this.slots = slots.Select(s => new Slot(
            s.Phrases.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToArray(),
            s.MatchCase, s.Optional)).ToArray();
        var first = new HashSet<char>();
        foreach (var slot in this.slots)
        {
            foreach (var phrase in slot.Phrases)
                if (phrase.Length > 0)
                    first.UnionWith(slot.MatchCase ? [phrase[0]] : [char.ToLowerInvariant(phrase[0]), char.ToUpperInvariant(phrase[0])]);
            if (!slot.Optional) break;
        }
        openers = SearchValues.Create([.. first]);
    }

    private sealed record Slot(string[] Phrases, bool MatchCase, bool Optional);

    /// <summary>A match: where it is, and each slot's words as the text has them (null for a slot left out).</summary>
    public sealed record Found(int Start, int End, string?[] Words);

    /// <summary>The first match in <paramref name="text"/> that starts at or after <paramref name="at"/>; null when there is none.</summary>
    public Found? Next(string text, int at)
    {
        // A slot's words are kept only on the way back from a match: a failed try leaves none.
        var words = new string?[slots.Length];
        while (at < text.Length)
        {
            var next = text.AsSpan(at).IndexOfAny(openers);
            if (next < 0) return null;
            var i = at + next;
            at = i + 1;
            // \b: every phrase opens with a word character, so none may be right before it.
            if (i > 0 && CueIndex.IsWordCharacter(text[i - 1])) continue;
            if (Match(text, i, 0, words) is var end and >= 0) return new Found(i, end, words);
        }
        return null;
    }

    // Where the slots from `slot` on end when they match from `at`, -1 when they do not.
    private int Match(string text, int at, int slot, string?[] words)
    {
        var (phrases, matchCase, optional) = slots[slot];
        var last = slot == slots.Length - 1;
        foreach (var phrase in phrases)
        {
            if (LiteralLength(text, at, phrase, !matchCase) is not (> 0 and var length)) continue;
            var end = at + length;
            int matched;
            if (last) matched = end < text.Length && IsLetter(text[end]) ? -1 : end;
            else
            {
                var next = end;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                matched = next == end ? -1 : Match(text, next, slot + 1, words);
            }
            if (matched < 0) continue;
            words[slot] = text[at..end];
            return matched;
        }
        return optional && !last ? Match(text, at, slot + 1, words) : -1;
    }

    // [^\W\d_]: a word character that is no digit and no "_".
    private static bool IsLetter(char c) => CueIndex.IsWordCharacter(c) && !char.IsDigit(c) && c != '_';

    // How many characters of text[at..] a phrase takes, as a lexicon pattern reads it (a space is any white space, an
    // apostrophe either one); 0 when it is not there.
    private static int LiteralLength(string text, int at, string phrase, bool ignoreCase)
    {
        var from = at;
        foreach (var p in phrase.Replace('’', '\''))
        {
            if (p == ' ')
            {
                var before = at;
                while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
                if (at == before) return 0;
                continue;
            }
            if (at == text.Length) return 0;
            var c = text[at++];
            if (p == '\'' ? c is not ('\'' or '’') : ignoreCase ? char.ToUpperInvariant(c) != char.ToUpperInvariant(p) : c != p) return 0;
        }
        return at - from;
    }
}
