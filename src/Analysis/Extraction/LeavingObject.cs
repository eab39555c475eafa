namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whether a verb of leaving (list <c>place_leaving_verbs</c>) leaves a country in a state rather than a place behind: "The
/// offensive left Russia with some 20,000 dead" (a word of <c>casualty_words</c> later in its clause, or a word of
/// <c>place_leaving_refusals</c> right after the country and then a figure), against "the last troops left Chad on Friday",
/// "are leaving Mali with their equipment" (where a date or what they take may follow).
/// </summary>
internal sealed class LeavingObject
{
    private readonly WordSet verbs, refusals, casualtyWords;

    public LeavingObject(Lexicon lexicon)
    {
        verbs = lexicon.WordLookup("place_leaving_verbs", StringComparer.OrdinalIgnoreCase);
        refusals = lexicon.WordLookup("place_leaving_refusals", StringComparer.OrdinalIgnoreCase);
        casualtyWords = lexicon.WordLookup("casualty_words", StringComparer.OrdinalIgnoreCase);
    }

    // Whether the word at text[word] is a verb of leaving whose object, the country at text[at], is left in a state.
    public bool InAState(string text, int word, int at)
    {
        var first = Token(text, word);
        if (!verbs.Contains(text.AsSpan(word, first - word))) return false;
        var i = at;
        // The country's name: its words that start with a capital.
        while (i < text.Length && char.IsUpper(text[i]))
        {
            i = Token(text, i);
            while (i < text.Length && text[i] == ' ') i++;
        }
        var afterName = true;
        var refused = false;
        while (i < text.Length && text[i] is not (',' or ';' or '.' or ':' or '\n' or '(' or ')'))
        {
            if (!CueIndex.IsWordCharacter(text[i])) { i++; continue; }
            var end = Token(text, i);
            var token = text.AsSpan(i, end - i);
            if (afterName && refusals.Contains(token)) refused = true;
            else if (casualtyWords.Contains(token) || (refused && char.IsDigit(token[0]))) return true;
            afterName = false;
            i = end;
        }
        return false;
    }

    private static int Token(string text, int at)
    {
        while (at < text.Length && (CueIndex.IsWordCharacter(text[at]) || text[at] is '\'' or '-')) at++;
        return at;
    }
}
