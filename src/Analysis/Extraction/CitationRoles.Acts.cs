namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A titled person who acts for their office: "The high commissioner, Alan Jones, decided yesterday to evacuate about 1,000",
/// "Gen. Stanley McChrystal asked in August for 40,000 more troops", "Maldives President Mohamed Muizzu has asked": the subject of a
/// verb of deciding, asking or putting (acting_verbs) is the voice of what the sentence says they decided or put, though no verb
/// of speech cites them. Only a person the text names with a title (before the name or set off by commas around it): an
/// untitled name before such a verb ("Ivan asked for a coffee") is no office's voice, nor a person inside what another says
/// ("Defence Minister Jan Novak says President Adama Keita has asked him to add 300 more troops": Novak's figure).
/// </summary>
internal sealed partial class CitationRoles
{
    // The verbs of deciding, asking or putting a titled person acts by, and the words that may stand before them (acting_verbs,
    // acting_verb_fillers).
    private readonly WordSet actingVerbs, actingFillers;
    // The acts of a body (body_acting_verbs), those that refuse (body_refusing_verbs), what a body may refuse that is speech
    // (refused_speech) and the conjunctions after which a body opens a clause of its own (body_act_clause_openers).
    private readonly WordSet bodyActingVerbs, refusingVerbs, refusedSpeech, bodyActClauseOpeners;

    // Most spaces in the aside set off by commas between a body and its acting verb ("NATO, which had 20,000 troops there, asked").
    private const int AsideSpacesMost = 24;

    /// <summary>
    /// Whether the body, party or group at `span` in the sentence text[start..end) is the subject of its clause (opening the
    /// sentence past a lead, or right after a conjunction that opens a clause, "when the Labour Party refused") and does one of
    /// the acts of a body (body_acting_verbs: "NATO had asked the Netherlands to keep …", "the papers, which put the cost at …,
    /// asked whether …"): the annotation cites the body for what it asked or refused, as it does a titled person (ActsAfter).
    /// One aside set off by commas may stand between the name and the verb; not a name inside what another says
    /// (ReportedBefore), nor a refusal to speak ("refused to comment": RefusesAct).
    /// </summary>
    public bool BodyActs(string text, int start, int end, TextSpan span)
    {
        var before = text.AsSpan(start, span.Start - start);
        var after = text.AsSpan(span.End, end - span.End);
        if (ReportedBefore(before) || !(OpensAfterLead(before) || OpensClause(before))) return false;
        if (BodyVerb(after) is not { End: > 0 } verb) return false;
        return !refusingVerbs.Contains(after[verb.Start..verb.End]) || RefusesAct(after[verb.End..]);
    }

    /// <summary>
    /// Whether the words after a refusing verb refuse an act, not speech: "the Labour Party refused to back any extension" cites
    /// the party (BodyActs), where "the ministry refused to comment" or "declined to give a figure" is no voice (NegatedVoices).
    /// What is refused is the verb after "to", unless it is one of refused_speech (words of saying or giving a figure).
    /// </summary>
    private bool RefusesAct(ReadOnlySpan<char> rest)
    {
        if (!ToFollows(rest)) return false;
        rest = rest.TrimStart()[3..].TrimStart();
        var n = LetterRun(rest, 0);
        return n > 0 && !refusedSpeech.Contains(rest[..n]);
    }

    // Where the body's acting verb stands in the words after the name (past one aside set off by commas and the fillers before
    // the verb), or (0, 0) when no acting verb follows.
    private (int Start, int End) BodyVerb(ReadOnlySpan<char> after)
    {
        var offset = 0;
        if (after.Length > 1 && after[0] == ',')
        {
            // The comma that closes the aside is one followed by white space ("which had 20,000 troops there, asked").
            var comma = -1;
            for (var k = 1; k < after.Length && comma < 0; k++)
                if (after[k] == ',' && (k + 1 == after.Length || char.IsWhiteSpace(after[k + 1]))) comma = k;
            if (comma < 0) return (0, 0);
            var aside = after[1..comma];
            if (aside.IndexOfAny(".;:\"“”()") >= 0 || aside.Count(' ') > AsideSpacesMost) return (0, 0);
            offset = comma + 1;
        }
        var verb = VerbAfterFillers(after, offset, bodyActingVerbs);
        // "demanded to see the papers", "asked to join": a body that asks to do something itself asks no one for anything.
        if (verb.End > 0 && !refusingVerbs.Contains(after[verb.Start..verb.End]) && ToFollows(after[verb.End..])) return (0, 0);
        return verb;
    }

    // Whether "to" follows a verb ("refused to back", "asked to join").
    private static bool ToFollows(ReadOnlySpan<char> rest) => rest.TrimStart().StartsWith("to ", StringComparison.Ordinal);

    // Where the first word of `verbs` stands in `after` from `i`, past the fillers before it (acting_verb_fillers, a weekday or
    // month), each a whole word after white space, five words at most; (0, 0) when another word comes first.
    private (int Start, int End) VerbAfterFillers(ReadOnlySpan<char> after, int i, WordSet verbs)
    {
        for (var words = 0; words <= 4; words++)
        {
            var start = i;
            while (start < after.Length && char.IsWhiteSpace(after[start])) start++;
            if (start == i) return (0, 0);
            var n = LetterRun(after, start);
            if (n == 0) return (0, 0);
            var word = after.Slice(start, n);
            if (start + n < after.Length && CueIndex.IsWordCharacter(after[start + n])) return (0, 0);
            if (verbs.Contains(word)) return (start, start + n);
            if (!actingFillers.Contains(word) && !CalendarNames.Contains(word)) return (0, 0);
            i = start + n;
        }
        return (0, 0);
    }

    // Whether the words before a name end with a conjunction that opens a clause (body_act_clause_openers), a determiner at most
    // between them ("… collapsed when the ").
    private bool OpensClause(ReadOnlySpan<char> before)
    {
        var rest = before.TrimEnd();
        if (WordStartBefore(rest, rest.Length) is not (>= 0 and var last)) return false;
        var word = rest[last..];
        if (word is "the") rest = rest[..last].TrimEnd();
        return WordStartBefore(rest, rest.Length) is >= 0 and var opener && bodyActClauseOpeners.Contains(rest[opener..]);
    }

    // Whether a verb of speech stands before the name in its sentence (reporting_verbs of one word): the name is then inside
    // what another says.
    private bool ReportedBefore(ReadOnlySpan<char> before)
    {
        foreach (var range in before.Split(' '))
            if (before[range].TrimEnd(",.;:") is { Length: > 0 } word && oneWordVerbs.Contains(word)) return true;
        return false;
    }

    // Whether the words after a name are, past the comma that closes an apposition and any fillers (acting_verb_fillers, a
    // weekday or month), an acting verb as a whole word.
    private bool ActsAfter(ReadOnlySpan<char> after, bool apposed)
    {
        if (apposed && after.Length > 0 && after[0] == ',') after = after[1..];
        return VerbAfterFillers(after, 0, actingVerbs).End > 0;
    }
}
