namespace Analysis.Extraction;

using System.Text.RegularExpressions;

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

    // Whether the words after a name speak or talk of a count past an adverbial, or talk of one (spoken_of_count).
    private bool SpeaksOfCount(ReadOnlySpan<char> after) => spokenOfCount.IsMatch(after);
}
