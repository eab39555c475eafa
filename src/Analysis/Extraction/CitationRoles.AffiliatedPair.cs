namespace Analysis.Extraction;

/// <summary>
/// A person whose affiliation is followed by more than the verb: "Rep. Park of the ruling Democratic Party, who was briefed
/// by the spy agency, told reporters" (a relative clause set off by commas), and "Rep. Park of the ruling Democratic Party and
/// Rep. Lee of the main opposition People Power Party told reporters" (a second named person, with an affiliation of their
/// own, who shares the verb). Korean wire copy names its briefed lawmakers so; both speak (DevSet header: two named lawmakers
/// who relay together are both sources).
/// </summary>
internal sealed partial class CitationRoles
{
    private bool SpeaksPastAffiliation(ReadOnlySpan<char> after)
    {
        var end = AffiliationEnd(after, out var verb);
        if (end > 0) return !verb && SpeaksAfterAside(after[end..]);
        // The affiliation runs into "and" and the second person's capitalised title and name.
        var and = after.IndexOf(" and ", StringComparison.Ordinal);
        if (and < 0 || AffiliationEnd(after[..and], out _) != and) return false;
        var rest = after[(and + 5)..];
        var i = 0;
        for (var words = 0; words < 5 && i < rest.Length && char.IsUpper(rest[i]); words++)
        {
            while (i < rest.Length && rest[i] is not (' ' or ',')) i++;
            if (i < rest.Length && rest[i] == ' ' && i + 1 < rest.Length && char.IsUpper(rest[i + 1])) i++;
            else break;
        }
        if (i == 0) return false;
        var second = rest[i..];
        return AffiliationEnd(second, out var said) is > 0 and var secondEnd ? said || SpeaksAfterAside(second[secondEnd..]) : SpeaksAfterAside(second);
    }

    // "according to Reps. Lee of the People Power Party and Kim of the Democratic Party": where the first person's capitalised title
    // and name start, before their affiliation ("of", "at" or "from", then up to eight words with no mark) and the "and" that
    // ends `before`; else -1. The cue before the first cites the second too.
    private static int PartnerBefore(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(' ');
        if (!trimmed.EndsWith(" and", StringComparison.Ordinal)) return -1;
        var at = trimmed.Length - 4;
        var linked = false;
        for (var words = 0; words < 9 && !linked; words++)
        {
            if (SourceText.WordStartBefore(before, at) is not (>= 0 and var start)) return -1;
            var word = before[start..at].TrimEnd(' ');
            if (word.IsEmpty || word.IndexOfAny(",;:()\"“”") >= 0) return -1;
            linked = word is "of" or "at" or "from";
            at = start;
        }
        if (!linked) return -1;
        var names = 0;
        for (; names < 5 && SourceText.WordStartBefore(before, at) is >= 0 and var start; names++)
        {
            var word = before[start..at].TrimEnd(' ');
            if (word.IsEmpty || !char.IsUpper(word[0]) || word.IndexOfAny(",;:()\"“”") >= 0) break;
            at = start;
        }
        return names > 0 ? at : -1;
    }

    // ", who was briefed by the agency, told reporters": speaker_after reads the aside and the verb.
    private bool SpeaksAfterAside(ReadOnlySpan<char> rest) => MaySpeakAfter(rest, true) && speakerAfter.IsMatch(rest) && !RefusesAnAsk(rest);
}
