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
    public Found? Next(string text, int at) => Find(text, at, text.Length, toEnd: false);

    /// <summary>
    /// The match that text[..<paramref name="end"/>] ends with, white space after it ("over three days ending on "
    /// before a date); null when there is none.
    /// </summary>
    public Found? Before(string text, int end) => Find(text, 0, end, toEnd: true);

    private Found? Find(string text, int at, int limit, bool toEnd)
    {
        // A slot's words are kept only on the way back from a match: a failed try leaves none.
        var words = new string?[slots.Length];
        while (at < limit)
        {
            var next = text.AsSpan(at, limit - at).IndexOfAny(openers);
            if (next < 0) return null;
            var i = at + next;
            at = i + 1;
            // \b: every phrase opens with a word character, so none may be right before it.
            if (i > 0 && CueIndex.IsWordCharacter(text[i - 1])) continue;
            if (Match(text, i, limit, toEnd, 0, -1, words) is var end and >= 0) return new Found(i, end, words);
        }
        return null;
    }

    // Where the slots from `slot` on end when they match from `at` (the last phrase matched ended at `after`), -1
    // when they do not.
    private int Match(string text, int at, int limit, bool toEnd, int slot, int after, string?[] words)
    {
        if (slot == slots.Length)
        {
            if (!toEnd) return after < limit && IsLetter(text[after]) ? -1 : after;
            var blank = after;
            while (blank < limit && char.IsWhiteSpace(text[blank])) blank++;
            return blank > after && blank == limit ? limit : -1;
        }
        var (phrases, matchCase, optional) = slots[slot];
        var last = slot == slots.Length - 1;
        foreach (var phrase in phrases)
        {
            var end = PhraseLiteral.EndOf(text, at, limit, phrase, !matchCase);
            if (end <= at) continue; // not there (-1), or an empty phrase
            int matched;
            if (last) matched = Match(text, end, limit, toEnd, slot + 1, end, words);
            else
            {
                var next = end;
                while (next < limit && char.IsWhiteSpace(text[next])) next++;
                matched = next == end ? -1 : Match(text, next, limit, toEnd, slot + 1, end, words);
            }
            if (matched < 0) continue;
            words[slot] = text[at..end];
            return matched;
        }
        // A slot left out: the next starts where it would have (a last slot left out leaves the white space before it).
        return optional && (!last || after >= 0) ? Match(text, at, limit, toEnd, slot + 1, after, words) : -1;
    }

    // [^\W\d_]: a word character that is no digit and no "_".
    private static bool IsLetter(char c) => CueIndex.IsWordCharacter(c) && !char.IsDigit(c) && c != '_';
}
