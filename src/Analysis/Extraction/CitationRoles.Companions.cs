namespace Analysis.Extraction;

using static SourceText;

/// <summary>
/// A companion set off by commas between a voice and its verb: "The Pentagon, along with NATO, said", "Mayor A, together with
/// Police Chief B, said". speaker_after reads the first name past the aside, so the first spoke and the companion, which the
/// comma before the verb kept from speaker_after, was left uncited though the two speak together (the DevSet header: owners
/// joined by "and" are each a source). The joiner is one of speaker_companion_joiners, with a comma before it and a name (an
/// article before it allowed) between it and the closing comma, then the verb.
/// </summary>
internal sealed partial class CitationRoles
{
    private readonly string[] companionJoiners;

    private bool SpeaksAsCompanion(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || after[0] != ',') return false;
        var b = before.TrimEnd();
        if (b.EndsWith(" the", StringComparison.Ordinal)) b = b[..^4].TrimEnd();
        var joined = false;
        foreach (var joiner in companionJoiners)
            if (b.EndsWith(joiner, StringComparison.Ordinal) && b[..^joiner.Length].TrimEnd() is { Length: > 1 } lead && lead[^1] == ','
                && char.IsLetterOrDigit(lead[^2]))
            {
                joined = true;
                break;
            }
        if (!joined) return false;
        var rest = after[1..];
        return MaySpeakAfter(rest) && speakerAfter.IsMatch(rest) && !SaysNothing(rest);
    }
}
