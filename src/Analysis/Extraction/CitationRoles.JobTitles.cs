namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Whether a name is part of a job title ("the head of Ukraine's …", "envoy to the …"), not its holder's voice: the
/// office words and links before it, and the comma that sets an apposed title beside a person's name. Asked by the
/// source finder beside Role, not by it.
/// </summary>
internal sealed partial class CitationRoles
{
    /// <summary>
    /// "the head of Ukraine's …", "envoy to the …": the name at `at` of s follows an office word and a link, and is part
    /// of a job title, not its holder's voice.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Initials = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");
    // "ambassador", "envoy": titles of one posted to a place or body named after "to" (posted_envoy_titles).
    private readonly WordSet postedEnvoyTitles;

    public bool InJobTitle(string s, int at, int end, IReadOnlyList<PhraseMatch>? titleHits = null) =>
        OfficeBefore(s, at, titleHits, out var apposed, out _) is >= 0 and var office && (!apposed || AfterComma(s, office) && !RunsIntoVerb(s, end));

    // An apposed title is closed by a comma or the sentence's end ("Erik Sandvik, a spokesman for the army, said"); one that
    // runs straight into a speech verb is the sentence's speaker, the comma before it the figure clause's: "… are in
    // Somalia, a spokesman for the Kenyan army said", "… to Haiti, a spokeswoman for the Pentagon has said".
    private bool RunsIntoVerb(string s, int end)
    {
        var after = s.AsSpan(end);
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (LetterRun(after, i) is var n and > 0 && after.Slice(i, n) is "has" or "had" or "have") after = after[(i + n)..];
        return SpeaksRightAfter(after);
    }

    /// <summary>
    /// "the head of Uganda's military said", "The chief of Ukraine's general staff said": the name at `at` (ending at `end`)
    /// follows the office of its head (heading_offices, linked by "of", with "the" before it) whose holder the sentence does
    /// not name, neither set off before it ("Kyrylo Budanov, the head of …") nor after the body ("the head of …, Kyrylo
    /// Budanov, said"): the office speaks for the body it heads, as "Rwanda's army chief" does. Where the office's "the"
    /// starts, or -1.
    /// </summary>
    public int UnnamedHolderOffice(string s, int at, int end)
    {
        if (OfficeBefore(s, at, null, out var apposed, out var link) is not (>= 0 and var office) || apposed || link is not "of") return -1;
        // A comma before the office sets it beside a name ("Kyrylo Budanov, the head of …, said") unless the body runs straight
        // into the verb: then the comma closes the figure's clause and the office speaks ("… are in Kursk, the head of
        // Ukraine's military intelligence said"), as RunsIntoVerb reads an apposed title.
        if (OfficeOwnerStart(s, office) is not (>= 0 and var articleStart) || AfterComma(s, office) && !RunsIntoVerb(s, end)) return -1;
        var e = office;
        while (e < s.Length && !char.IsWhiteSpace(s[e])) e++;
        if (!headingOffices.Contains(s.AsSpan(office, e - office))) return -1;
        var p = SkipWhiteSpace(s, end);
        return p < s.Length && s[p] == ',' && SkipWhiteSpace(s, p + 1) is var q && q < s.Length && char.IsUpper(s[q]) ? -1 : articleStart;
    }

    // Where what makes the office at `office` one office starts: its "the", also "The" opening the sentence ("The head of the
    // Kenyan police said"; TryWordBefore reads lower-case words only), or a capitalised possessive ("Ukraine's head of the
    // Main Directorate of Intelligence told"); -1 for none ("a head of …" is one of several, "head of" alone a heading).
    private static int OfficeOwnerStart(string s, int office)
    {
        var e = SkipWhiteSpaceBack(s, office);
        if (e == office) return -1;
        var b = e;
        while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] is '\'' or '’')) b--;
        var word = s.AsSpan(b, e - b);
        if (word is "the" or "The") return b;
        return word.Length > 3 && char.IsUpper(word[0]) && word[^1] == 's' && word[^2] is '\'' or '’' ? b : -1;
    }

    // Where the office phrase before the name at `at` starts ("the head of Ukraine's …", "envoy to the …"), or -1; `apposed`:
    // linked by an apposed link, which makes a job title only after a name and a comma. `titleHits`: the sentence's titles,
    // so that a person's own title is looked past.
    private int OfficeBefore(string s, int at, IReadOnlyList<PhraseMatch>? titleHits, out bool apposed, out ReadOnlySpan<char> link)
    {
        apposed = false;
        link = [];
        var p = at;
        // A person named with their own title inside another's: "Iuliia Mendel, a spokeswoman for President Volodymyr Zelensky,
        // said", "an adviser to Prime Minister Mohammed Shia al-Sudani": the link stands before the title, not the name.
        if (titleHits is not null)
            for (var t = titleHits.Count - 1; t >= 0; t--)
                if (titleHits[t].Span.End <= p && titleHits[t].Span.Start < p && IsWhiteSpace(s, titleHits[t].Span.End, p)) p = titleHits[t].Span.Start;
        if (TryWordBefore(s, p, 0, out var article, out var the) && article is "the") p = the;
        // A country's possessive between them: "the head of Ukraine's Defence Intelligence".
        var q = p;
        q = SkipWhiteSpaceBack(s, q);
        if (q > 1 && s[q - 1] == 's' && s[q - 2] is '\'' or '’')
        {
            var r = q - 2;
            while (r > 0 && !char.IsWhiteSpace(s[r - 1])) r--;
            p = r;
        }
        // A country's initials between them: "the head of U.S. Air Forces in Europe", "the commander of UK Strategic Command".
        var nameAfterInitials = false;
        if (q > 1 && !(s[q - 1] == 's' && s[q - 2] is '\'' or '’') && WordStartBefore(s.AsSpan(0, q), q) is >= 0 and var w && q - w <= 5
            && !s.AsSpan(w, q - w).ContainsAnyExcept(Initials) && s.AsSpan(w, q - w).ContainsAnyInRange('A', 'Z'))
        {
            nameAfterInitials = p == at;
            p = w;
            if (TryWordBefore(s, p, 0, out var article2, out var the2) && article2 is "the") p = the2;
        }
        if (!TryWordBefore(s, p, 0, out link, out var linkStart)) return -1;
        apposed = apposedOfficeLinkWords.Contains(link);
        if (!apposed && !officeLinkWords.Contains(link)) return -1;
        var e = linkStart;
        e = SkipWhiteSpaceBack(s, e);
        // "the Norwegian ambassador to the UN Kari Lind said": a person named right after the initials of the body an envoy is posted to
        // (no title of their own between) holds the envoy's title; they are not inside another's.
        if (titleHits is not null && nameAfterInitials && link is "to" && postedEnvoyTitles.Contains(WordBefore(s.AsSpan(0, e), e, out _))) return -1;
        foreach (var phrase in officePhrases)
        {
            if (e >= phrase.Length && string.Compare(s, e - phrase.Length, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (e == phrase.Length || !IsWord(s[e - phrase.Length - 1])))
                return e - phrase.Length;
        }
        return -1;
    }

    // Whether the title at `at` is set beside a name: a capitalised word, a comma, at most an article ("Erik Sandvik, a
    // spokesman", "said Sangare, spokeswoman"); not "arrived, a spokesman". Nor a capitalised word that opens the sentence
    // ("However, a spokesman for the UN mission said"; a surname alone there is rarer than an opening adverb) or is a
    // month or weekday ("On Monday, a spokesman for the Pentagon said").
    private bool AfterComma(string s, int at)
    {
        if (TryWordBefore(s, at, 0, out var article, out var articleStart) && article is "a" or "an" or "the") at = articleStart;
        at = SkipWhiteSpaceBack(s, at);
        if (at < 2 || s[at - 1] != ',' || !char.IsLetter(s[at - 2])) return false;
        var b = at - 2;
        while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] is '-' or '\'' or '’')) b--;
        if (!char.IsUpper(s[b]) || CalendarNames.Contains(s.AsSpan(b, at - 1 - b))) return false;
        var first = 0;
        while (first < b && !char.IsLetterOrDigit(s[first])) first++;
        return first < b;
    }
}
