namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// "Trump spoke with Erdogan, and the two men discussed Syria": "the", a count below speaker_count_ceiling and a bare noun of
/// named_people_back_nouns refer back to people the passage has named (leaders at a meeting), not to troops, and count none.
/// Unless the passage counted that many troops before: "captured two North Korean soldiers ... the two men were wounded" are
/// those soldiers, and stay their casualty count.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // How far after an earlier mention of the same number its troop noun may stand ("two North Korean soldiers").
    private const int NamedPeopleBackNounReach = 40;
    private readonly AdjacentPhrases namedPeopleBack;
    private readonly PhraseMatcher troopWordsOrNouns;

    private bool NamedPeopleBack(string text, int start, int end, Quantity q, int noun)
    {
        if (!((q.Value ?? q.High) < speakerCountCeiling) || articles.StartOfPhraseBefore(text, start, q.Span.Start) < 0 || !Spaced(text, q.Span.End)
            || namedPeopleBack.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end) != noun)
            return false;
        return !SameCountOfTroopsBefore(text, q.Span.Start, text.AsSpan(q.Span.Start, q.Span.End - q.Span.Start));
    }

    // The same written number ("two", "Two", "2") earlier in the text (its own sentence too: "The two soldiers were captured ...,
    // Zelensky said, sharing photos of the two men"), a troop word or noun shortly after it in its clause ("two North Korean
    // prisoners of war").
    private bool SameCountOfTroopsBefore(string text, int before, ReadOnlySpan<char> written)
    {
        for (var at = text.AsSpan(0, before).IndexOf(written, StringComparison.OrdinalIgnoreCase); at >= 0 && at < before;)
        {
            var after = at + written.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (after >= text.Length || !char.IsLetterOrDigit(text[after])))
            {
                var stop = Math.Min(before, after + NamedPeopleBackNounReach);
                var clause = text.AsSpan(after, stop - after).IndexOfAny(".;:!?\n");
                if (troopWordsOrNouns.Any(text, after, clause < 0 ? stop : after + clause)) return true;
            }
            var next = text.AsSpan(after, before - after).IndexOf(written, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : after + next;
        }
        return false;
    }
}
