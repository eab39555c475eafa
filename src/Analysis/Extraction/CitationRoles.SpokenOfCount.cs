namespace Analysis.Extraction;

using System.Buffers;
using System.Text.RegularExpressions;
using Analysis.Vocabulary;

/// <summary>
/// A count a voice speaks of past an adverbial that parts the verb from its "of" ("Zelensky had already spoken at the end of
/// December of more than 3,000 dead", "the army had spoken in its press conference of killing 30 to 40 soldiers"), or talks of
/// ("U.S. officials have talked of around 1,200 casualties", "Washington was talking about roughly 3,000"): the voice gives the
/// count, as one that "spoke of" it does (reporting_verbs). Read only where a count follows the "of" or "about", so that a speaker
/// addressed to troops ("spoke to 300 soldiers") or acting for others ("spoke on behalf of 300 families") gives none.
/// </summary>
internal sealed partial class CitationRoles
{
    // spoken_of_count: the verb, its adverbials, "of" or "about" and the count, right after the name.
    private readonly Regex spokenOfCount;
    // The verbs' own words (split_speech_verbs, talk_speech_verbs' last words): most names have none after them, and the
    // pattern is not run.
    private readonly SearchValues<string> spokenOfCountVerbs;

    private static SearchValues<string> SpokenOfCountVerbs(Lexicon lexicon) =>
        SearchValues.Create(new[] { "split_speech_verbs", "talk_speech_verbs" }.SelectMany(lexicon.Words)
            .Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparison.OrdinalIgnoreCase);

    // Whether the words after a name speak or talk of a count past an adverbial, or talk of one (spoken_of_count).
    private bool SpeaksOfCount(ReadOnlySpan<char> after) => after.IndexOfAny(spokenOfCountVerbs) >= 0 && spokenOfCount.IsMatch(after);
}
