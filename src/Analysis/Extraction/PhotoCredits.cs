namespace Analysis.Extraction;

using System.Buffers;
using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// The credit of a photo at the end of a sentence: "(Reuters/File)", "(AP Photo/Efrem Lukatsky, File)", "(Yonhap/File)",
/// "AFP via Getty Images", "EPA-EFE/Wojtek Jargilo", "Photo: Getty Images", "© Getty Images". A photo credit cites nothing: the outlets in
/// it are not sources of the story, and "File" is no outlet. Only the sentence's last characters are read: a credit
/// in brackets that closes the sentence, or a short run of credit words after the sentence's last full stop (or
/// making up the whole sentence) that holds a photo word. A story's own credit, "(Yonhap)", "(PNA/Xinhua)", holds none.
/// </summary>
internal sealed class PhotoCredits
{
    // A credit is short; a run of prose is not one.
    private const int MaxLength = 60, MaxWords = 8;
    private readonly SearchValues<string>? words;
    private readonly WordSet wordSet, lowerWords;
    // "Photo:", "Image:": a label that opens a caption's credit (photo_credit_labels). A labelled credit may name the
    // photographer, the agency, a pool and the outlet that carries it, more words than an unlabelled one.
    private readonly string[] labels;
    private const int MaxLabelledLength = 120, MaxLabelledWords = 14;

    public PhotoCredits(Lexicon lexicon)
    {
        var list = lexicon.Words("photo_credit_words");
        words = list.Count == 0 ? null : SearchValues.Create(list.ToArray(), StringComparison.Ordinal);
        wordSet = list.ToWordSet(StringComparer.Ordinal);
        lowerWords = lexicon.WordLookup("photo_credit_lower_words", StringComparer.Ordinal);
        labels = lexicon.Words("photo_credit_labels").ToArray();
    }

    // "Photo: NAME, Sputnik, Kremlin Pool Photo via AP File FILE - The president …", "Photo: NAME/Sputnik/Pool Photo Via AP/TT":
    // a caption pasted with its credit first. The credit runs from the label to the first dash set off by spaces (where the
    // caption starts) or to the sentence's end, and is a credit only if every word of it is one (IsCreditRun).
    private TextSpan OpeningCredit(string s, int start)
    {
        foreach (var label in labels)
        {
            if (!s.StartsWith(label, StringComparison.Ordinal)) continue;
            var end = s.Length;
            foreach (var dash in (ReadOnlySpan<string>)[" - ", " – ", " — "])
                if (s.IndexOf(dash, label.Length, StringComparison.Ordinal) is var d and > 0 && d < end) end = d;
            end = SkipWhiteSpaceBack(s, end);
            return IsCreditRun(s.AsSpan(0, end), MaxLabelledLength, MaxLabelledWords) ? new TextSpan(start, start + end) : default;
        }
        return default;
    }

    // "… digging trenches near the border | Image: NK News", "… at the base | Photo: AFP": a caption with no full stop of its
    // own, pasted on the line before the story goes on or after it, sets its credit after a bar. The credit is the run after the
    // last bar when it opens with a credit's label (photo_credit_labels) and every word of it is a credit's (IsCreditRun); a bar
    // before other words ("Kyiv | Reuters", a page's section and its site) is left to the other readings.
    private TextSpan BarredCredit(string s, int start)
    {
        var end = SkipWhiteSpaceBack(s, s.Length);
        // Too short to hold " | " and a credit's first letter.
        if (end < 4) return default;
        var bar = s.LastIndexOf(" | ", end - 1, StringComparison.Ordinal);
        if (bar < 0 || end - bar > MaxLabelledLength) return default;
        var from = SkipWhiteSpace(s, bar + 3);
        foreach (var label in labels)
            if (s.AsSpan(from, end - from).StartsWith(label, StringComparison.Ordinal))
                return IsCreditRun(s.AsSpan(from, end - from), MaxLabelledLength, MaxLabelledWords) ? new TextSpan(start + from, start + end) : default;
        return default;
    }

    /// <summary>The photo credit ending sentence text s, as a document span (the sentence starts at `start`), or default.</summary>
    public TextSpan Find(string s, int start)
    {
        if (words is null) return default;
        if (OpeningCredit(s, start) is { Length: > 0 } opening) return opening;
        if (BarredCredit(s, start) is { Length: > 0 } barred) return barred;
        var end = s.Length;
        end = SkipWhiteSpaceBack(s, end);
        var from = Math.Max(0, end - MaxLength);
        var tail = s.AsSpan(from, end - from);
        var at = tail.IndexOfAny(words);
        if (at < 0) return default;
        // Whole words only: "Filed", "photographs", "Pooled", "viable" are no credit words.
        for (; at >= 0; at = Next(tail, at))
            if (IsWordAt(tail, at)) break;
        if (at < 0) return default;
        at += from;
        if (s[end - 1] == ')')
        {
            var open = s.LastIndexOf('(', end - 1);
            return open >= 0 && open < at && s.IndexOf(')', open, end - 1 - open) < 0 ? new TextSpan(start + open, start + end) : default;
        }
        // Not in brackets: the credit starts after the last full stop before it, or opens the sentence. A caption pasted from a
        // page runs into its credit with no space ("on Sunday.Menahem Kahana / AFP - Getty Images"): a full stop between a
        // lower-case letter and a capital ends the caption too.
        var begin = at;
        while (begin > 0 && !(s[begin - 1] is ' ' && begin > 1 && s[begin - 2] is '.' or '!' or '?' or '"' or '”')
               && !(s[begin - 1] == '.' && begin > 1 && char.IsLower(s[begin - 2]) && char.IsUpper(s[begin]))) begin--;
        begin = SkipWhiteSpace(s, begin);
        return IsCreditRun(s.AsSpan(begin, end - begin), MaxLength, MaxWords) ? new TextSpan(start + begin, start + end) : default;
    }

    /// <summary>
    /// "(REUTERS/Kim Hong-Ji)", "(AFP/Concord Group)", "(Reuters/Stringer)": a bracket closing sentence text s that joins an
    /// agency and a name that is none (a photographer, the owner of a picture) by one slash is the credit of a picture, not
    /// a story's sign-off; as a document span (the sentence starts at `start`), or default. Two agencies joined ("(PNA/Xinhua)")
    /// or an agency's initials ("(AFP/KCNA)", "(PNA/PIA)") are a story's credit and stay one, as does a credit whose first name
    /// is no agency ("(Kabar/Xinhua)").
    /// </summary>
    public static TextSpan AgencyAndPhotographer(string s, int start, Func<string, bool> isAgency)
    {
        var end = SkipWhiteSpaceBack(s, s.Length);
        if (end < 5 || s[end - 1] != ')') return default;
        var open = s.LastIndexOf('(', end - 1);
        if (open < 0 || end - open > MaxLength) return default;
        var inside = s.AsSpan(open + 1, end - open - 2);
        var slash = inside.IndexOf('/');
        if (slash <= 0 || inside[(slash + 1)..].IndexOf('/') >= 0 || inside.IndexOfAny('(', ')') >= 0) return default;
        var (left, right) = (inside[..slash].Trim().ToString(), inside[(slash + 1)..].Trim().ToString());
        // The agency first, as a picture desk credits ("REUTERS/<photographer>"); a story's credit names its first source
        // first and the wire that carries it after ("(Kabar/Xinhua)"), and a photographer before the agency comes with "via".
        return isAgency(left) && !isAgency(right) && IsPhotographer(right) ? new TextSpan(start + open, start + end) : default;
    }

    /// <summary>
    /// "… on April 2, 2024. Jane Moore/AP", "Jane Moore/Reuters": a photographer's name and the agency that distributes the picture,
    /// joined by one slash with no bracket, closing a caption (after its last full stop, or as a sentence of its own), is the
    /// picture's credit, as the bracketed "(REUTERS/Jane Moore)" is; as a document span (the sentence starts at `start`), or default.
    /// The name before the slash has two to four capitalised words and is no agency: "Kabar/Xinhua", a local agency and the
    /// wire that carries it, stays a story's credit.
    /// </summary>
    public static TextSpan PhotographerAndAgency(string s, int start, Func<string, bool> isAgency)
    {
        var end = SkipWhiteSpaceBack(s, s.Length);
        if (end < 5) return default;
        var slash = s.LastIndexOf('/', end - 1);
        if (slash <= 0 || end - slash > MaxLength) return default;
        var right = s.AsSpan(slash + 1, end - slash - 1).Trim().ToString();
        if (right.Length == 0 || !isAgency(right)) return default;
        // The caption ends at its last full stop before the credit ("2024. Jane Moore/AP"); a credit alone is the whole sentence.
        var begin = slash;
        while (begin > 0 && !(s[begin - 1] == ' ' && begin > 1 && s[begin - 2] is '.' or '!' or '?' or '"' or '”')) begin--;
        begin = SkipWhiteSpace(s, begin);
        var left = s.AsSpan(begin, slash - begin).Trim().ToString();
        if (left.IndexOf('/') >= 0 || isAgency(left) || !IsPhotographer(left) || left.IndexOf(' ') < 0) return default;
        return new TextSpan(start + begin, start + end);
    }

    // A name of one to four capitalised words, not an agency's initials: "Kim Hong-Ji", "KIM HONG-JI", "Stringer", "Concord Group".
    private static bool IsPhotographer(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4) return false;
        foreach (var word in words)
            if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '-' or '.' or '\'' or '’')) return false;
        return words.Length > 1 || name.Any(char.IsLower);
    }

    private int Next(ReadOnlySpan<char> tail, int at)
    {
        var next = at + 1 < tail.Length ? tail[(at + 1)..].IndexOfAny(words!) : -1;
        return next < 0 ? -1 : at + 1 + next;
    }

    // Whether the credit word found at `at` is a whole word: "Photo" in "Photographer", "via" in "Latvia" are not.
    private bool IsWordAt(ReadOnlySpan<char> tail, int at)
    {
        if (at > 0 && char.IsLetter(tail[at - 1])) return false;
        var end = at;
        while (end < tail.Length && (char.IsLetter(tail[end]) || tail[end] == '-')) end++;
        return wordSet.Contains(tail[at..end]);
    }

    // A few words, each capitalised or one of the credit's own words in lower case (photo_credit_lower_words): "AFP via Getty
    // Images", "Photo: Getty Images", "Photo: KCNA/dpa".
    private bool IsCreditRun(ReadOnlySpan<char> run, int maxLength, int maxWords)
    {
        if (run.Length == 0 || run.Length > maxLength) return false;
        var count = 0;
        foreach (var range in run.SplitAny(' ', '/'))
        {
            var word = run[range].TrimEnd(",:;.");
            // "AFP - Getty Images": a dash joins the agency and the photo library. "© Getty Images" under a picture, "… only. | Photo
            // Credit: AP": the mark of the picture's owner and the bar that sets the credit after its caption join nothing either.
            if (word.IsEmpty || word is "-" or "–" or "©" or "|") continue;
            if (++count > maxWords || !(char.IsUpper(word[0]) || lowerWords.Contains(word))) return false;
        }
        return count > 0;
    }
}
