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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> actingVerbs, actingFillers, bodyActingVerbs, bodyActClauseOpeners, refusedSpeech, refusingVerbs;

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
        if (ReportedBefore(before) || !(OpensAfterLead(before) || OpensClause(before)) || BodyVerbEnd(after) is not (> 0 and var verbEnd)) return false;
        var verb = after[..verbEnd];
        return !refusingVerbs.Contains(verb[(WordStartBefore(verb, verb.Length) is >= 0 and var w ? w : 0)..]) || RefusesAct(text, end, span);
    }

    /// <summary>
    /// Whether the body at `span` refuses an act, not speech: "the Labour Party refused to back any extension" cites the party
    /// (BodyActs), where "the ministry refused to comment" or "declined to give a figure" is no voice (NegatedVoices). What is
    /// refused is the verb after "to", unless it is one of refused_speech (words of saying or giving a figure).
    /// </summary>
    private bool RefusesAct(string text, int end, TextSpan span)
    {
        var after = text.AsSpan(span.End, end - span.End);
        if (BodyVerbEnd(after) is not (> 0 and var verbEnd)) return false;
        var verb = after[..verbEnd];
        if (!refusingVerbs.Contains(verb[(WordStartBefore(verb, verb.Length) is >= 0 and var w ? w : 0)..])) return false;
        var rest = after[verbEnd..].TrimStart();
        if (!rest.StartsWith("to ", StringComparison.Ordinal)) return false;
        rest = rest[3..].TrimStart();
        var n = LetterRun(rest, 0);
        return n > 0 && !refusedSpeech.Contains(rest[..n]);
    }

    // Where the body's acting verb ends in the words after the name (past one aside set off by commas and the fillers before
    // the verb), or 0 when no acting verb follows.
    private int BodyVerbEnd(ReadOnlySpan<char> after)
    {
        var offset = 0;
        if (after.Length > 1 && after[0] == ',')
        {
            // The comma that closes the aside is one followed by white space ("which had 20,000 troops there, asked").
            var comma = -1;
            for (var k = 1; k < after.Length && comma < 0; k++)
                if (after[k] == ',' && (k + 1 == after.Length || char.IsWhiteSpace(after[k + 1]))) comma = k;
            if (comma < 0 || after[1..comma].IndexOfAny(".;:\"“”()") >= 0 || after[1..comma].Count(' ') > 24) return 0;
            offset = comma + 1;
        }
        var i = offset;
        for (var words = 0; words <= 4; words++)
        {
            var start = i;
            while (start < after.Length && char.IsWhiteSpace(after[start])) start++;
            if (start == i) return 0;
            var n = LetterRun(after, start);
            if (n == 0) return 0;
            var word = after.Slice(start, n);
            if (start + n < after.Length && CueIndex.IsWordCharacter(after[start + n])) return 0;
            // "demanded to see the papers", "asked to join": a body that asks to do something itself asks no one for anything.
            if (bodyActingVerbs.Contains(word)) return !refusingVerbs.Contains(word) && after[(start + n)..].TrimStart().StartsWith("to ", StringComparison.Ordinal) ? 0 : start + n;
            if (!actingFillers.Contains(word) && !CalendarNames.Contains(word)) return 0;
            i = start + n;
        }
        return 0;
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
        var i = 0;
        for (var words = 0; words <= 4; words++)
        {
            var start = i;
            while (start < after.Length && char.IsWhiteSpace(after[start])) start++;
            if (start == i) return false;
            var n = LetterRun(after, start);
            if (n == 0) return false;
            var word = after.Slice(start, n);
            if (start + n < after.Length && CueIndex.IsWordCharacter(after[start + n])) return false;
            if (actingVerbs.Contains(word)) return true;
            if (!actingFillers.Contains(word) && !CalendarNames.Contains(word)) return false;
            i = start + n;
        }
        return false;
    }
}
