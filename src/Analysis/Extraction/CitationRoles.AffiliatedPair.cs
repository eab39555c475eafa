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

    // ", who was briefed by the agency, told reporters": speaker_after reads the aside and the verb.
    private bool SpeaksAfterAside(ReadOnlySpan<char> rest) => MaySpeakAfter(rest, true) && speakerAfter.IsMatch(rest) && !RefusesAnAsk(rest);
}
