namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A state's office after its country's name as a noun before a noun: "the Kenya government said", "the Sudan government on
/// Tuesday said", "a Maldives government statement" (a country's name, not its adjective nor possessive, then a state_offices
/// word), named as its adjective names it ("Kenyan government"), as DescribedSources names "the government". African and
/// South Asian copy names its own government so. Only where the office speaks or is the owner of a statement: the word
/// after it is a reporting verb, punctuation or a country_name_office_followers word, not "the Sudan government troops"
/// (its forces) nor "the Kenya government's plan". Candidates of priority 2, as groups are.
/// </summary>
internal sealed class CountryNameOffices(Lexicon lexicon, Countries countryWords, StateOffices offices)
{
    private const int MaxWords = 3;
    private readonly WordSet followers = lexicon.WordLookup("country_name_office_followers", StringComparer.Ordinal);
    private readonly WordSet speechVerbs = lexicon.WordLookup("reporting_verbs", StringComparer.Ordinal);

    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        foreach (var c in countries)
        {
            if (c is not { Country: { } country, IsDemonym: false, Possessive: false }) continue;
            var p = SkipWhiteSpace(s, c.Span.End);
            if (p == c.Span.End || p >= s.Length || !char.IsLetter(s[p])) continue;
            // The longest run of one to three words that names an office ("government", "President's Office").
            var (end, office) = (-1, "");
            for (var (e, words) = (OfficeWordEnd(s, p), 1); e > p && words <= MaxWords; words++)
            {
                if (offices.TryGet(s.AsSpan(p, e - p), out var name)) (end, office) = (e, name);
                if (e >= s.Length || s[e] != ' ' || OfficeWordEnd(s, e + 1) is var next && next <= e + 1) break;
                e = next;
            }
            if (end < 0 || !Speaks(s, end)) continue;
            var from = TryWordBefore(s, c.Span.Start, 0, out var the, out var theStart) && the is "the" or "The" ? theStart : c.Span.Start;
            candidates.Add(new(2, new SourceRef(new TextSpan(start + from, start + end), $"{countryWords.Adjective(country)} {office}",
                SourceKind.Government, country, CitationRole.Mentioned, "government")));
        }
    }

    // Where a word that may hold a possessive ends ("President's"): "the Kenya government's plan" is then no office.
    private static int OfficeWordEnd(string s, int at)
    {
        var e = WordEnd(s, at);
        while (e + 1 < s.Length && s[e] is '\'' or '’' && char.IsLetter(s[e + 1])) e = WordEnd(s, e + 1);
        return e;
    }

    // Whether what follows the office lets it be a voice: the end, punctuation other than a possessive, a reporting verb or a
    // follower ("on", "spokesman", "statement").
    private bool Speaks(string s, int end)
    {
        if (end >= s.Length) return true;
        if (s[end] is '\'' or '’') return false;
        if (s[end] is ',' or '.' or ';' or ':' or ')' or '"' or '”') return true;
        var word = WordAfter(s, end);
        return !word.IsEmpty && (speechVerbs.Contains(word) || followers.Contains(word));
    }
}
