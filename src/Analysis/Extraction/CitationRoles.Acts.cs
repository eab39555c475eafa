namespace Analysis.Extraction;

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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> actingVerbs, actingFillers;

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
