namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A voice that opens its sentence and goes on to speak in a clause joined to its own: "Moscow has raised its contingent to
/// 3,000, but says this is within limits", "UNESCO welcomed the ceasefire and said satellite images showed damage", a headline's
/// "Kyiv parades foreign POWs, says many Cubans fight for Russia", and one whose act is done by speaking ("Minsk has justified its
/// moves by claiming that 120,000 …"). The speech verb (coordinated_speech_verbs) follows "and" or
/// "but" (in a headline a comma alone) right after the name's own clause, whose first word is lower case (its verb): not
/// "Moscow and Kyiv say" (two subjects), nor a clause that a relative or time word opens before the join ("Seoul welcomed the
/// report that Pyongyang had sent 3,000 troops and said ...": coordinated_speech_breaks), whose subject may be another.
/// </summary>
internal sealed partial class CitationRoles
{
    private readonly WordSet coordinatedSpeechVerbs, coordinatedSayingVerbs, coordinatedSpeechBreaks,
        coordinatedSpeechAsVerbs, voiceNounWords, openingLeadWords, leadDeterminers, emphaticAuxiliaries, bareSpeechVerbs;

    // Whether the name only qualifies the voice noun after it ("A Kosovo government official confirmed …, saying …": the official
    // speaks, not Kosovo; group_heads and group_modifiers).
    private bool ModifiesVoiceNoun(ReadOnlySpan<char> after) => NextWord(after, 0) is { Length: > 0 } word && voiceNounWords.Contains(word);

    private bool SpeaksInCoordinatedClause(ReadOnlySpan<char> after, bool headline)
    {
        var i = 0;
        while (i < after.Length && after[i] == ' ') i++;
        if (i == 0 || i == after.Length || !char.IsLower(after[i])) return false;
        var (comma, describing) = (false, false);
        for (var words = 0; words < 25 && i < after.Length; words++)
        {
            // A word as written up to the next space ("3,000,", "U.S."); a comma may close it, any other mark ends the clause.
            var e = i;
            while (e < after.Length && after[e] != ' ') e++;
            var token = after[i..e];
            var closed = token.Length > 1 && token[^1] == ',';
            if (closed) token = token[..^1];
            if (token.IsEmpty || token.IndexOfAny(";:()\"“”") >= 0 || token[^1] is '.' or '!' or '?' && e < after.Length) return false;
            if (words > 0 && (token is "and" or "but" || comma && headline) && (token is "and" or "but" ? NextWord(after, e) : token) is { Length: > 0 } verb
                && !(token is not ("and" or "but") && ClosingSpeaker(after[e..])))
            {
                if (coordinatedSpeechVerbs.Contains(verb)) return true;
                // "… did not name the units, but did say that 1,400 had gone": an auxiliary of emphasis before the bare verb of
                // speech says as the verb alone does (coordinated_emphatic_auxiliaries, coordinated_bare_speech_verbs).
                if (token is "and" or "but" && emphaticAuxiliaries.Contains(verb) && after[e..].TrimStart() is var emphatic
                    && NextWord(emphatic, verb.Length) is { Length: > 0 } bare && bareSpeechVerbs.Contains(bare))
                    return true;
                // "… and declared that nine had died": a verb that also takes a thing joins so only before what is said.
                if (token is "and" or "but" && coordinatedSayingVerbs.Contains(verb) && after[e..].TrimStart() is var rest
                    && SaysSomething(rest[verb.Length..]))
                    return true;
            }
            // "Minsk has justified its moves by claiming that 120,000 …": the means of its act is speech.
            if (words > 0 && token is "by" && NextWord(after, e) is { Length: > 0 } participle && subjectParticiples.Contains(participle)
                && SaysSomething(after[(after[e..].IndexOf(participle) + e + participle.Length)..]))
                return true;
            // ("characterized the move as an adjustment": "as" after a verb of describing opens no clause when a lower-case word
            // other than a clause's determiner or pronoun follows; "welcomed the talks as Pyongyang sent …" is a clause.)
            if (words > 0 && coordinatedSpeechBreaks.Contains(token) && !(describing && token is "as" && IsDescription(NextWord(after, e)))) return false;
            describing |= coordinatedSpeechAsVerbs.Contains(token);
            comma = closed;
            i = e;
            while (i < after.Length && after[i] == ' ') i++;
        }
        return false;
    }

    // Whether the words after a headline's ", says" are its speaker, not what was said ("Russia sends 2,000 troops to Belarus,
    // says Pentagon", "…, says NATO chief", "…, says the ministry"): a capitalised name of five words at most, or an article and
    // three words at most, closing the headline. "…, says 2,000 Cubans fight for Russia" and "…, says it will leave" are clauses.
    private static bool ClosingSpeaker(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim().TrimEnd(".!?\"”'’");
        if (rest.IsEmpty || rest.IndexOfAny(",;:") >= 0) return false;
        var words = rest.Count(' ') + 1;
        if (char.IsUpper(rest[0])) return words <= 5;
        return words <= 4 && (rest.StartsWith("the ", StringComparison.Ordinal) || rest.StartsWith("a ", StringComparison.Ordinal) || rest.StartsWith("an ", StringComparison.Ordinal));
    }

    private static bool IsDescription(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && word is not ("the" or "this" or "these" or "those" or "it" or "its" or "they" or "their" or "he" or "she" or "we");

    // What follows the last colon and space before a name ("20:12: UNESCO", "Ukraine war live: Kyiv"), else all of it.
    private static ReadOnlySpan<char> AfterLastColon(ReadOnlySpan<char> before) =>
        before.LastIndexOf(": ") is >= 0 and var colon ? before[(colon + 2)..] : before;

    // The word that starts at or after `from` past white space, or an empty span.
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> s, int from)
    {
        while (from < s.Length && s[from] == ' ') from++;
        return s.Slice(from, LetterRun(s, from));
    }
}
