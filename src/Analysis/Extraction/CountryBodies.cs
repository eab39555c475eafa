namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A country's bodies that no list names, after its adjective or possessive: its state media ("Niger's state
/// television", "the Malian state broadcaster": state_media_modifiers, state_media_nouns) and its armed forces by
/// their name ("Romania's general staff", "the Estonian Defence Forces": armed_forces_names). Named "&lt;country's
/// adjective&gt; state television", "&lt;adjective&gt; General Staff" (Defence spelt Defense, as ministries are).
/// Candidates of priority 2.
/// </summary>
internal sealed class CountryBodies
{
    /// <summary>The lists one of whose words a sentence holds wherever Add finds something: a force's name or a state medium's modifier.</summary>
    public static readonly string[] CueLists = ["armed_forces_names", "state_media_modifiers"];

    private readonly Countries countryWords;
    private readonly PhraseTable stateMediaModifiers, stateMediaNouns, forceNames;

    public CountryBodies(Lexicon lexicon, Countries countryWords)
    {
        this.countryWords = countryWords;
        PhraseTable Table(string list) => new(lexicon.Words(list).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        stateMediaModifiers = Table("state_media_modifiers");
        stateMediaNouns = Table("state_media_nouns");
        forceNames = Table("armed_forces_names");
    }

    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        foreach (var adjective in countries)
        {
            if (adjective.Country is not { } country || !adjective.IsAdjectiveOfGroup(s)) continue;
            var p = SkipWhiteSpace(s, adjective.Span.End);
            if (p == adjective.Span.End) continue;
            var first = adjective.Span.Start;
            if (TryWordBefore(s, first, 0, out var the, out var theStart) && the is "the") first = theStart;
            if (PhraseAt(s, p, forceNames, wholeWord: true) is var forceEnd and > 0)
            {
                candidates.Add(new(2, new SourceRef(new TextSpan(start + first, start + forceEnd), $"{countryWords.Adjective(country)} {Canonical(s[p..forceEnd])}",
                    SourceKind.Military, country, CitationRole.Mentioned, "military")));
                continue;
            }
            if (PhraseAt(s, p, stateMediaModifiers, wholeWord: true) is var m and > 0 && SkipWhiteSpace(s, m) is var n && n > m
                && PhraseAt(s, n, stateMediaNouns, wholeWord: true) is var mediaEnd and > 0)
                candidates.Add(new(2, new SourceRef(new TextSpan(start + first, start + mediaEnd), $"{countryWords.Adjective(country)} state {Normalize(s[n..mediaEnd])}",
                    SourceKind.StateMedia, country, CitationRole.Mentioned, "media")));
        }
    }

    // "general staff" -> "General Staff", "Defence Forces" -> "Defense Forces".
    internal static string Canonical(string name) =>
        string.Join(' ', Normalize(name).Split(' ').Select(w => (char.ToUpperInvariant(w[0]) + w[1..]).Replace("Defence", "Defense")));
}
