namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whether planned_after (figures.json) may match a text, told from the words its branches need: a phrase of future_modals,
/// future_after or subject_future_modals, "are", "is", "were" or "was" before a word of expectation_words, "to" before a
/// word of be_infinitives, a phrase of plan_progressives, or a word of plan_presents before "to". The status cues
/// (<see cref="CueIndex"/>) key a phrase by its first word alone, so every "were" ("were to"), "is" ("is to") or "set"
/// ("set to") lets the pattern run; here a phrase of several words counts only where its second word follows its first.
/// Read loosely, so that false is certain: a word with a letter past ASCII (which the pattern may read in another case),
/// or past ASCII where white space or the second word should be, says true.
/// </summary>
internal sealed class PlannedAfterGate
{
    // Each phrase's first word, with the words that may follow it (the second word's letters, lower case); null: any.
    private readonly Dictionary<string, string[]?>.AlternateLookup<ReadOnlySpan<char>> next;
    // A first word not all ASCII letters: the words cannot tell, the pattern always runs.
    private readonly bool always;

    public PlannedAfterGate(Lexicon lexicon)
    {
        var phrases = lexicon.Words("future_modals").Concat(lexicon.Words("future_after")).Concat(lexicon.Words("subject_future_modals"))
            .Concat(lexicon.Words("plan_progressives"))
            .Concat(from auxiliary in new[] { "are", "is", "were", "was" } from word in lexicon.Words("expectation_words") select $"{auxiliary} {word}")
            .Concat(lexicon.Words("be_infinitives").Select(word => $"to {word}"))
            .Concat(lexicon.Words("plan_presents").Select(word => $"{word} to"));
        var seconds = new Dictionary<string, HashSet<string>?>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (!words[0].All(char.IsAsciiLetter)) { always = true; continue; }
            // The second word's first letters (up to an apostrophe or a hyphen); none: any word.
            var second = words.Length > 1 ? new string([.. words[1].TakeWhile(char.IsAsciiLetter)]).ToLowerInvariant() : "";
            if (second.Length == 0) seconds[words[0]] = null;
            else if (!seconds.TryGetValue(words[0], out var set)) seconds[words[0]] = [second];
            else set?.Add(second);
        }
        next = seconds.ToDictionary(p => p.Key, p => p.Value?.ToArray(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>False where planned_after cannot match <paramref name="text"/> (the very span the pattern reads).</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (always) return true;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var (start, ascii) = (i, true);
            for (; i < text.Length && char.IsLetter(text[i]); i++) ascii &= text[i] < 128;
            if (!ascii) return true;
            if (next.TryGetValue(text[start..i], out var seconds) && (seconds is null || SecondMayFollow(text, i, seconds))) return true;
        }
        return false;
    }

    // After a first word ending at `at`: white space, then one of `seconds` (its first letters, in any case).
    private static bool SecondMayFollow(ReadOnlySpan<char> text, int at, string[] seconds)
    {
        if (at == text.Length || text[at] >= 128) return at < text.Length;
        if (!char.IsWhiteSpace(text[at])) return false;
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        foreach (var second in seconds)
        {
            var k = 0;
            for (; k < second.Length && at + k < text.Length; k++)
                if (text[at + k] >= 128) return true;
                else if (char.ToLowerInvariant(text[at + k]) != second[k]) break;
            if (k == second.Length) return true;
        }
        return false;
    }
}
