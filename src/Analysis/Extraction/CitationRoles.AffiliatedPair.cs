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
    // apposed: the person (or the pair) is set off by commas after a description ("Senior members of the committee, Rep. Lee of the
    // ruling party and Park of the opposition, told reporters"), so the comma after the last affiliation closes it before the verb.
    // (apposedSecond: the person is the second of such a pair; apposedPair: the first.) A single person's affiliation before ", said"
    // is no such case ("Maj Gen X, Director General of the media wing, said": X speaks).
    private bool SpeaksPastAffiliation(ReadOnlySpan<char> after, bool apposedSecond = false, bool apposedPair = false)
    {
        var end = AffiliationEnd(after, out var verb);
        if (end > 0) return !verb && (SpeaksAfterAside(after[end..]) || apposedSecond && ClosesApposition(after[end..]));
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
        return AffiliationEnd(second, out var said) is > 0 and var secondEnd
            ? said || SpeaksAfterAside(second[secondEnd..]) || apposedPair && ClosesApposition(second[secondEnd..]) : SpeaksAfterAside(second);
    }

    // ", told reporters": the comma that closes an apposition, then the verb.
    private bool ClosesApposition(ReadOnlySpan<char> rest) => rest.Length > 1 && rest[0] == ',' && SpeaksAfterAside(rest[1..]);

    // Whether the first of a pair ("…, Rep. Lee of the ruling party and " before the second) follows a comma that opens an apposition.
    private static bool ApposedSecond(ReadOnlySpan<char> before) =>
        PartnerBefore(before) is > 0 and var partner && before[..partner].TrimEnd().EndsWith(',');

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
    private bool SpeaksAfterAside(ReadOnlySpan<char> rest) => MaySpeakAfter(rest, true) && speakerAfter.IsMatch(rest) && !SaysNothing(rest);
}
