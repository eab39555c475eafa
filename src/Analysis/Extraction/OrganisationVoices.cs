namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// An organisation's unnamed voices, when they are cited: "A NATO official said", "Pentagon officials said" (a group of
/// the organisation); "a UN spokesman said", "the UN peacekeeping mission said" (the organisation itself). Not
/// "Ukrainian intelligence officials", a country's group (<see cref="GroupFinder"/>). Candidates of priority 1.
/// </summary>
internal sealed class OrganisationVoices
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> qualifiedWords, spokespersonWords, organisationUnitWords, unitModifierWords;

    public OrganisationVoices(Lexicon lexicon)
    {
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(string list) =>
            lexicon.Words(list).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        qualifiedWords = Words("qualified_speakers");
        spokespersonWords = Words("spokesperson_nouns");
        organisationUnitWords = Words("organisation_units");
        unitModifierWords = Words("unit_modifiers");
    }

    public void Add(string s, int start, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, List<CountryName> countries,
        List<SourceCandidate> candidates)
    {
        for (var g = 0; g < gazetteerMatches.Count; g++)
            if (gazetteerMatches[g] is var (span, entry) && entry.Kind is not (SourceKind.Official or SourceKind.Outlet) && !SentenceCountries.StartsAt(countries, span.Start - start)
                && SkipWhiteSpace(s, span.End - start) is var h && h > span.End - start && WordEnd(s, h) is var e && e > h
                && UnitAt(s, ref h, ref e) is var unit
                && (unit || qualifiedWords.Contains(s.AsSpan(h, e - h)) || spokespersonWords.Contains(s.AsSpan(h, e - h))))
            {
                var spokesperson = unit || spokespersonWords.Contains(s.AsSpan(h, e - h));
                var plural = SourceNouns.Plural(s[h..e]);
                candidates.Add(new(1, new SourceRef(new TextSpan(span.Start, start + e), spokesperson ? entry.Name : $"{entry.Name} {plural}", entry.Kind, entry.Country,
                    CitationRole.Mentioned, spokesperson ? SourceNouns.RoleNounOf(entry) : SourceNouns.Singular(plural), IsGroup: !spokesperson)) { CitedOnly = true });
            }
    }

    // "mission", "peacekeeping mission" at h..e (moved to the unit's noun): a unit that speaks for its organisation
    // (organisation_units, after at most one unit_modifiers word). Leaves h..e alone when there is none.
    private bool UnitAt(string s, ref int h, ref int e)
    {
        if (organisationUnitWords.Contains(s.AsSpan(h, e - h))) return true;
        if (!unitModifierWords.Contains(s.AsSpan(h, e - h)) || SkipWhiteSpace(s, e) is var h2 && h2 == e || WordEnd(s, h2) is var e2 && e2 == h2
            || !organisationUnitWords.Contains(s.AsSpan(h2, e2 - h2))) return false;
        (h, e) = (h2, e2);
        return true;
    }
}
