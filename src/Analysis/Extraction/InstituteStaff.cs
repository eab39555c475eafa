namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A research body's staff named right after it speak for it, as "analysts at the ISW" do: "BDRI analysts said" in a document
/// that defined "the Baltic Defence Research Institute (BDRI)", "Centre for Eastern Studies researchers estimate"
/// (institute_staff_nouns). The body is one the sentence already reads as a name of kind other, by an acronym or at least two
/// words: a known institute's staff are read with its name (<see cref="OrganisationVoices"/>); this takes those the kit knows
/// only from the document or by their capitals. Candidates of priority 1 over the name and the noun, cited only where the text
/// cites them.
/// </summary>
internal sealed class InstituteStaff
{
    private readonly WordSet staffWords;

    public InstituteStaff(Lexicon lexicon) => staffWords = lexicon.WordLookup("institute_staff_nouns", StringComparer.Ordinal);

    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        var count = candidates.Count;
        for (var i = 0; i < count; i++)
        {
            if (candidates[i].Ref is not { IsPerson: false, IsGroup: false, IsPronoun: false, IsCredit: false, Kind: SourceKind.Other } body) continue;
            var (from, to) = (body.Span.Start - start, body.Span.End - start);
            if (from < 0 || to > s.Length || to >= s.Length || s[to] != ' ') continue;
            var h = SkipWhiteSpace(s, to);
            var e = WordEnd(s, h);
            if (e == h || !staffWords.Contains(s.AsSpan(h, e - h))) continue;
            // An acronym ("BDRI") or a name of two words or more, not one capitalised word that may be a place ("Kursk analysts").
            if (!IsAcronym(s.AsSpan(from, to - from)) && s.AsSpan(from, to - from).IndexOf(' ') < 0) continue;
            // "Ukraine and Western analysts", "Ukrainian and British experts": a run ending in a country's or a bloc's adjective
            // names whose analysts they are, not an institute (research bodies end in a noun: "… Studies", "… Institute").
            if (countries.Exists(c => c.Span.End == to && c.IsAdjectiveOfGroup(s))) continue;
            candidates.Add(new(1, body with { Span = new TextSpan(body.Span.Start, start + e), Role = CitationRole.Mentioned }) { CitedOnly = true });
        }
    }
}
