namespace Analysis.Extraction;

/// <summary>
/// What the words right after a body's name say of the claim beside it, for the source finder when Role finds no
/// voice: the body's own document speaks ("a leaked Pentagon planning document lists …"), or the body could not
/// verify the claim ("Reuters could not independently verify …"), and so is no voice of it.
/// </summary>
internal sealed partial class CitationRoles
{
    // "Reuters could not independently verify …", "a claim Al Jazeera was unable to confirm": the words right after a name.
    // At most three lower-case words right after the name (after "'s"), one a document or statement noun (not a spokesperson, nor
    // "media": "the military's media wing said" is a unit's voice), then a document verb within twelve words.
    public bool OwnDocumentSpeaks(ReadOnlySpan<char> after)
    {
        var at = after.Length > 1 && after[0] is '\'' or '’' && after[1] == 's' ? 2 : 0;
        if (at >= after.Length || after[at] != ' ' || at + 1 >= after.Length || !char.IsAsciiLetterLower(after[at + 1])) return false;
        var found = false;
        for (var words = 0; words < 3 && !found; words++)
        {
            while (at < after.Length && after[at] == ' ') at++;
            var end = at;
            while (end < after.Length && (char.IsLetter(after[end]) || after[end] == '-')) end++;
            if (end == at || !char.IsLower(after[at])) return false;
            found = documentNouns.Contains(after[at..end]);
            at = end;
        }
        if (!found) return false;
        for (var words = 0; words < 12 && at < after.Length; words++)
        {
            while (at < after.Length && after[at] == ' ') at++;
            var end = at;
            while (end < after.Length && char.IsLetter(after[end])) end++;
            if (end == at) return false;
            if (documentVerbs.Contains(after[at..end])) return true;
            at = end;
        }
        return false;
    }

    public bool CannotVerify(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart(' ');
        if (rest.IsEmpty || !char.IsAsciiLetterLower(rest[0])) return false;
        foreach (var opener in unableOpeners)
        {
            if (!rest.StartsWith(opener, StringComparison.OrdinalIgnoreCase) || rest.Length <= opener.Length || rest[opener.Length] != ' ') continue;
            var tail = rest[(opener.Length + 1)..].TrimStart(' ');
            var word = tail[..SourceText.LetterRun(tail, 0)];
            if (verifyAdverbs.Contains(word) && tail[word.Length..].TrimStart(' ') is var next) word = next[..SourceText.LetterRun(next, 0)];
            return verificationVerbs.Contains(word);
        }
        return false;
    }
}
