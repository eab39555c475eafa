namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// The credit a wire story signs off with, after its last sentence: "… said on Monday. -Bernama", "… the ministry
/// said. – Xinhua", "… of the damage. (Yonhap)". Like a dateline's outlet, it is a source of the story, not of its
/// figures. Only a credit set off by a dash, brackets or slashes after a sentence's end counts ("… on the border. /Trend/"),
/// or one after a "SOURCE:" label ("… the ministry said. SOURCE: AA"): "… in 2024 - NATO" does not.
/// </summary>
internal sealed class SignOffs
{
    // The words before an outlet's name that say the story was written with it, longest first.
    private static readonly string[] CreditOpeners = ["With inputs from ", "with inputs from ", "With ", "with "];

    // Longer runs are prose, not a credit.
    private const int MaxLength = 40, MaxWords = 4;

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The span of the credited outlet's name in sentence text s, or null when s does not end with a credit.</summary>
    public TextSpan? Outlet(string s)
    {
        var end = s.Length;
        end = SkipWhiteSpaceBack(s, end);
        if (end < 3) return null;
        if (Labelled(s, end) is { } labelled) return labelled;
        if (Copyrighted(s, end) is { } copyrighted) return copyrighted;
        if (Columned(s) is { } columned) return columned;
        if (Republished(s, end) is { } republished) return republished;
        // "(Yonhap)", "/Trend/"; else "-- The Star (Johannesburg) and Sapa-AFP", whose brackets name the paper's city.
        return s[end - 1] is ')' or '/' && s.LastIndexOf(s[end - 1] == ')' ? '(' : '/', end - 2) is var open and >= 0 && Credit(s, open, open + 1, end - 1) is { } bracketed
            ? bracketed
            : Dashed(s, end);
    }

    /// <summary>
    /// The span of an agency's name in capitals that closes sentence text s after the end of its last sentence, with no mark
    /// before it ("… opened in Pyongyang, KCNA said. REUTERS", "… the ministry said. AFP"), as Singapore and Malaysian papers sign
    /// off the wire copy they run; null otherwise. Only the caller knows whether the words are an outlet's name, and it keeps
    /// them only then: capitals after a full stop are as often a label or an acronym of the next sentence. A sentence that is only
    /// the name (split off after "said.") is the sign-off when <paramref name="afterSentenceEnd"/>: the text before it on its line
    /// ends a sentence.
    /// </summary>
    public static TextSpan? Capitals(string s, bool afterSentenceEnd)
    {
        var end = SkipWhiteSpaceBack(s, s.Length);
        var from = end;
        var words = 0;
        while (from > 0)
        {
            var w = from;
            // "SAPA-AFP": a hyphen after a capital joins the words of one name.
            while (w > 0 && (char.IsAsciiLetterUpper(s[w - 1]) || s[w - 1] == '-' && w > 1 && char.IsAsciiLetterUpper(s[w - 2])))
                w--;
            if (from - w < 2 || w > 0 && char.IsLetterOrDigit(s[w - 1])) break;
            (from, words) = (w, words + 1);
            if (words == MaxWords || from < 2 || s[from - 1] != ' ' || !char.IsAsciiLetterUpper(s[from - 2])) break;
            from--;
        }
        if (words == 0) return null;
        var before = SkipWhiteSpaceBack(s, from);
        if (before == 0) return afterSentenceEnd ? new TextSpan(from, end) : null;
        // The name stands alone after the end of a sentence, white space between.
        if (before == from || !EndsSentence(s[before - 1])) return null;
        // Not the dot of an abbreviation: "… forces of the U.S. NATO …".
        var abbreviation = before > 1 && s[before - 1] == '.' && char.IsUpper(s[before - 2]) && (before == 2 || s[before - 3] is '.' or ' ');
        return abbreviation ? null : new TextSpan(from, end);
    }

    /// <summary>
    /// Whether the text before `at` on its line, past spaces and tabs, ends a sentence: a sign-off in capitals split off as a
    /// sentence of its own ("… KCNA said." then "REUTERS") follows the end of the story's last (<see cref="Capitals"/>).
    /// </summary>
    public static bool FollowsSentenceEnd(string text, int at)
    {
        while (at > 0 && text[at - 1] is ' ' or '\t') at--;
        return at > 0 && EndsSentence(text[at - 1]);
    }

    // The marks a sentence ends with before a sign-off in capitals: a full stop, "!", "?" or a closing quotation mark.
    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or '"' or '”';

    // The credit after a dash that runs to `end`: "-- Sapa-AFP", "– Xinhua", "-- The Star (Johannesburg) and Sapa-AFP".
    private static TextSpan? Dashed(string s, int end)
    {
        var from = end;
        // "-- Sapa-AFP": a hyphen between letters joins the agencies of one credit (JoinedCredits splits them), not the credit's dash.
        // "-- Censor.NET", "-- 24ur": a dot inside a web name and the digits of a name are part of the credit.
        while (from > 0 && (char.IsLetterOrDigit(s[from - 1]) || s[from - 1] is ' ' or '(' or ')'
            || s[from - 1] == '-' && from > 1 && char.IsLetter(s[from - 2]) && from < s.Length && char.IsLetter(s[from])
            || s[from - 1] == '.' && from > 1 && char.IsLetterOrDigit(s[from - 2]) && from < s.Length && char.IsLetter(s[from]))) from--;
        if (from == 0 || s[from - 1] is not ('-' or '–' or '—')) return null;
        var mark = from - 1;
        // "-- BERNAMA": a dash may be doubled.
        if (mark > 0 && s[mark - 1] is '-' or '–' or '—') mark--;
        return Credit(s, mark, from, end);
    }

    // The credit s[from..to] set off by the mark at `mark`, or null when it is no name or the mark follows no sentence's end.
    private static TextSpan? Credit(string s, int mark, int from, int to)
    {
        from = SkipWhiteSpace(s, from);
        // "— With AFP", "(With Reuters)", "(with inputs from PTI)": the outlet a story was written with is credited by its name.
        foreach (var opener in CreditOpeners)
            if (to - from > opener.Length && string.CompareOrdinal(s, from, opener, 0, opener.Length) == 0)
            {
                from = SkipWhiteSpace(s, from + opener.Length);
                break;
            }
        to = SkipWhiteSpaceBack(s, to, from);
        var before = mark;
        before = SkipWhiteSpaceBack(s, before);
        // "-- mid-day" on a line of its own: only there may a one-word credit be all in lower case, as a few papers style their names.
        if (to - from is < 2 or > MaxLength || !IsName(s.AsSpan(from, to - from), alone: s[mark] is '-' or '–' or '—' && LineOpens(s, mark))) return null;
        // The mark opens the sentence or follows the end of one, with white space between.
        if (before > 0 && (before == mark || s[before - 1] is not ('.' or '!' or '?' or '"' or '”'))) return null;
        // Not the dot of an abbreviation: "… troops from the U.S. (NATO)".
        if (before > 1 && s[before - 1] == '.' && char.IsUpper(s[before - 2]) && (before == 2 || s[before - 3] is '.' or ' ')) return null;
        return new TextSpan(from, to);
    }

    // The things that ran, each with the space the pattern reads after it: "This " and "The " open about one sentence in
    // three, and the pattern matches after them only where one of these follows. RunOpener below is written from this list
    // (a static field reads only the ones declared above it).
    private static readonly string[] RunThings = ["article ", "story ", "report ", "piece ", "content ", "post ", "interview ", "column ",
        "commentary ", "analysis ", "op-ed "];

    // The words that open a line saying where a story ran before, as papers and aggregators mark the copy they take from
    // another: "Reprinted in the Northern Star", "Originally published in Kommersant", "This article first appeared on The War
    // Horse, a nonprofit newsroom", "This content originally appeared on Radio Free Asia and was authored by RFA Staff.", "This
    // article is republished from The Conversation under a Creative Commons license.", "Reprinted with permission from X.",
    // "A version of this story appeared in X." The thing that ran, then how it ran, then "in", "on", "by", "from" or "of".
    internal static readonly System.Text.RegularExpressions.Regex RunOpener = new(
        @"\G(?:(?:This|The) (?:" + string.Join("|", RunThings.Select(t => System.Text.RegularExpressions.Regex.Escape(t.TrimEnd()))) + ") (?:was |is |has been )?"
        + @"(?:first |originally |also )?(?:appeared|published|republished|reprinted|posted|ran|produced)"
        + @"|A version of this (?:article|story|report|piece) (?:first |originally )?(?:appeared|was published|ran)"
        + @"|(?:Originally|First) (?:published|appeared|posted)|Reprinted|Republished)(?: with (?:the )?permission)? (?:in|on|by|from|of) ",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The words each of RunOpener's branches opens with, in their case and spacing (the pattern reads them so, at the text's
    // start): a text that opens with none cannot match it, and nearly every sentence is turned away before the interpreter.
    private static readonly string[] RunOpenerStarts = ["This ", "The ", "A version of this ", "Originally ", "First ", "Reprinted", "Republished"];

    /// <summary>Whether <see cref="RunOpener"/> may match at the start of text: false only where it cannot.</summary>
    internal static bool MayOpenRun(ReadOnlySpan<char> text)
    {
        foreach (var start in RunOpenerStarts)
            if (text.StartsWith(start, StringComparison.Ordinal))
                return start is not ("This " or "The ") || OpensWithRunThing(text[start.Length..]);
        return false;
    }

    private static bool OpensWithRunThing(ReadOnlySpan<char> text)
    {
        foreach (var thing in RunThings)
            if (text.StartsWith(thing, StringComparison.Ordinal)) return true;
        return false;
    }

    // Months and weekdays (calendar_names): "The story was first published on Monday" names a date, not an outlet.
    private readonly WordSet calendarNames;

    private readonly string[] copyrightMarks;
    private readonly WordSet companySuffixes, pieceLabels;

    public SignOffs(Lexicon lexicon)
    {
        calendarNames = lexicon.WordLookup("calendar_names", StringComparer.Ordinal);
        copyrightMarks = [.. lexicon.Words("copyright_marks")];
        companySuffixes = lexicon.WordLookup("company_suffixes", StringComparer.Ordinal);
        pieceLabels = lexicon.WordLookup("heading_labels", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether sentence text s is a copyright line whose name is its credit (see <see cref="Outlet"/>).</summary>
    public bool IsCopyrightLine(string s) => Copyrighted(s, SkipWhiteSpaceBack(s, s.Length)) is not null;

    // A page's copyright line, opened by copyright_marks and a year in any order ("© 2024 Harbour Herald, a division of Coastal
    // Media Inc.", "Copyright 1998 The Associated Press. All rights reserved.", "© Reuters 2005."): the name after them,
    // up to a comma, a full stop, a semicolon or a closing angle bracket, and without a year after it, is the outlet that
    // published the page, its credit as a sign-off's is. A company's name ("© 2024 CBS Interactive Inc.") names the owner, not
    // the outlet: no credit.
    private TextSpan? Copyrighted(string s, int end)
    {
        var from = SkipWhiteSpace(s, 0);
        if (from < end && s[from] == '<') from++;
        var marked = false;
        for (var moved = true; moved && from < end;)
        {
            moved = false;
            foreach (var mark in copyrightMarks)
                if (string.CompareOrdinal(s, from, mark, 0, mark.Length) == 0 && (from + mark.Length == end || !char.IsLetter(s[from + mark.Length])))
                    (from, marked, moved) = (from + mark.Length, true, true);
            if (from + 4 <= end && IsYear(s.AsSpan(from, 4)) && (from + 4 == end || !char.IsDigit(s[from + 4])))
                (from, moved) = (from + 4, true);
            // "Copyright © 2024, Stars and Stripes": white space and a comma between the marks and the name.
            var next = SkipWhiteSpace(s, from);
            if (next < end && s[next] == ',') next = SkipWhiteSpace(s, next + 1);
            if (next != from) (from, moved) = (next, true);
        }
        if (!marked || from >= end) return null;
        var to = from;
        while (to < end && s[to] is not (',' or ';' or '>' or '\n') && !(s[to] == '.' && (to + 1 == end || char.IsWhiteSpace(s[to + 1])))) to++;
        to = SkipWhiteSpaceBack(s, to, from);
        // "© Reuters 2005.": the year after the name.
        if (to - from > 5 && IsYear(s.AsSpan(to - 4, 4)) && s[to - 5] == ' ') to = SkipWhiteSpaceBack(s, to - 5, from);
        if (to <= from) return null;
        var last = s.LastIndexOf(' ', to - 1, to - from) + 1;
        if (last < from) last = from;
        if (companySuffixes.Contains(s.AsSpan(last, to - last))) return null;
        return to - from is >= 2 and <= MaxLength && IsName(s.AsSpan(from, to - from)) ? new TextSpan(from, to) : null;
    }

    private static bool IsYear(ReadOnlySpan<char> four) => four.Length == 4 && four[0] is '1' or '2' && char.IsDigit(four[1]) && char.IsDigit(four[2]) && char.IsDigit(four[3]);

    // What ends the outlet's name in such a line: a description after a comma, a licence ("under a Creative Commons
    // license"), the author ("and was authored by"), a date ("on 3 May"), the line's full stop.
    private static readonly string[] RunNameEnds = [",", " under ", " and was ", " and is ", " on ", " in "];

    // A line, in brackets or not, that is only such an opener and a name, or a translation note naming the outlet it translates
    // ("(Translated from the Russian, TSN)"): the name is the story's credit. A translation note's description in lower case
    // ("(Translated from the German, a regional news agency)") names none; a place in brackets after the name is no part of it
    // ("Reprinted in the Northern Star (Northern Illinois University)").
    private TextSpan? Republished(string s, int end)
    {
        var from = SkipWhiteSpace(s, 0);
        var to = end;
        // "(Translated from Spanish, El Periódico)\nWar in Ukraine, latest": a note on a line of its own above a heading with no
        // full stop is read with that heading as one sentence; the note is the bracketed line.
        if (from < to && s[from] == '(' && s.IndexOf(')', from) is var shut and > 0 && shut < to - 1 && s.IndexOf('\n', shut, to - shut) is var line and > 0
            && s.AsSpan(shut + 1, line - shut - 1).IsWhiteSpace()) to = shut + 1;
        if (from < to && s[from] == '(' && s[to - 1] == ')') (from, to) = (from + 1, to - 1);
        else if (to > 0 && s[to - 1] == ')' && s.LastIndexOf('(', to - 1) is var place and > 0) to = SkipWhiteSpaceBack(s, place, from);
        var opened = false;
        if (MayOpenRun(s.AsSpan(from, to - from)) && RunOpener.Match(s, from, to - from) is { Success: true } run)
        {
            from += run.Length;
            opened = true;
            foreach (var stop in RunNameEnds)
                if (s.IndexOf(stop, from, to - from, StringComparison.Ordinal) is var cut and > 0) to = cut;
            // "… appeared in the Maseru Post.": the line's full stop, not an initial's ("… by Vrela Inc." keeps none either).
            if (to - from > 2 && s[to - 1] == '.' && char.IsLower(s[to - 2])) to--;
            // "The story was first published on Monday", "… in April 2024": a date, not an outlet.
            if (WordEnd(s, from) is var first && calendarNames.Contains(s.AsSpan(from, first - from))) return null;
        }
        if (!opened)
        {
            if (string.CompareOrdinal(s, from, "Translated from ", 0, 16) != 0 && string.CompareOrdinal(s, from, "translated from ", 0, 16) != 0) return null;
            var comma = s.IndexOf(',', from, to - from);
            if (comma < 0) return null;
            from = comma + 1;
        }
        from = SkipWhiteSpace(s, from);
        if (string.CompareOrdinal(s, from, "the ", 0, 4) == 0) from += 4;
        to = SkipWhiteSpaceBack(s, to, from);
        return to - from is >= 2 and <= MaxLength && IsName(s.AsSpan(from, to - from)) ? new TextSpan(from, to) : null;
    }

    // "SOURCE: AA", "Source: Xinhua": a label, its colon and a name close the text, the label opening it or a sentence after another's end.
    private static TextSpan? Labelled(string s, int end)
    {
        var colon = s.LastIndexOf(':', end - 1);
        if (colon < 6 || end - colon > MaxLength) return null;
        var label = colon;
        while (label > 0 && char.IsLetter(s[label - 1])) label--;
        if (!s.AsSpan(label, colon - label).Equals("source", StringComparison.OrdinalIgnoreCase)) return null;
        var before = label;
        before = SkipWhiteSpaceBack(s, before);
        if (before > 0 && (before == label || s[before - 1] is not ('.' or '!' or '?' or '"' or '”'))) return null;
        var from = SkipWhiteSpace(s, colon + 1);
        return end - from >= 2 && IsName(s.AsSpan(from, end - from)) ? new TextSpan(from, end) : null;
    }

    // "ISS Today | 20 August 2014", "German troops leave | News | DW | 05.03.2013": a page's column-and-date line, its parts set apart
    // by bars, whose last part dates the story (a year in it) and whose part before the date is the outlet's or the column's name
    // (two to four capitalised words, or one in capitals): that name is the page's credit. Only the sentence's first line is read
    // (a byline may follow).
    private TextSpan? Columned(string s)
    {
        var lineEnd = s.IndexOf('\n');
        if (lineEnd < 0) lineEnd = s.Length;
        var lastBar = s.LastIndexOf(" | ", lineEnd, lineEnd, StringComparison.Ordinal);
        if (lastBar <= 0 || lineEnd - lastBar > 30) return null;
        var date = s.AsSpan(lastBar + 3, lineEnd - lastBar - 3);
        if (!HasYear(date)) return null;
        var barBefore = s.LastIndexOf(" | ", lastBar - 1, lastBar, StringComparison.Ordinal);
        var from = barBefore < 0 ? 0 : barBefore + 3;
        from = SkipWhiteSpace(s, from);
        var to = SkipWhiteSpaceBack(s, lastBar, from);
        // One word only in capitals ("DW", "CNN"): a page's section word ("News | June 2, 2020", "Opinion | …") names no outlet.
        var name = s.AsSpan(from, to - from);
        if (name.IndexOf(' ') < 0 && name.ContainsAnyInRange('a', 'z')) return null;
        // "ANALYSIS | 24 November 2021", "OPINION | …": the kind of piece (heading_labels) in capitals names no outlet either.
        if (pieceLabels.Contains(name)) return null;
        // "By Jane Doe | 12 November 2019": a byline and its date, the writer's (Bylines), no outlet.
        if (name.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) return null;
        return to - from >= 2 && IsName(name) ? new TextSpan(from, to) : null;
    }

    /// <summary>The outlets a credit at `credit` in sentence text s names, as document spans (sentence at `start`): one, or
    /// several set apart by a slash or a comma ("PNA/Xinhua", "Reuters, AFP").</summary>
    public static TextSpan[] Names(string s, TextSpan credit, int start)
    {
        var text = s.AsSpan(credit.Start, credit.Length);
        var joint = text.IndexOf("- ", StringComparison.Ordinal);
        if (text.IndexOfAny('/', ',', '(') < 0 && joint <= 0 && text.IndexOf(" and ", StringComparison.Ordinal) < 0) return [new TextSpan(start + credit.Start, start + credit.End)];
        var names = new List<TextSpan>();
        // "MENAFN- AsiaNet News": a hyphen and a space join an aggregator's name and its source's, as a slash does.
        var ranges = new List<(int From, int To)>();
        foreach (var whole in Parts(text))
        {
            var range = whole;
            // "The Star (Johannesburg)": the paper's city in brackets is no part of its name.
            if (text[range].IndexOf('(') is var bracket and > 0) range = range.Start..(range.Start.Value + bracket);
            var part = text[range];
            if (part.IndexOf("- ", StringComparison.Ordinal) is var j and > 0)
            {
                ranges.Add((range.Start.Value, range.Start.Value + j));
                ranges.Add((range.Start.Value + j + 1, range.End.Value));
            }
            else ranges.Add((range.Start.Value, range.End.Value));
        }
        foreach (var (rangeFrom, rangeTo) in ranges)
        {
            var (from, to) = (credit.Start + rangeFrom, credit.Start + rangeTo);
            from = SkipWhiteSpace(s, from);
            to = SkipWhiteSpaceBack(s, to, from);
            if (to > from) names.Add(new TextSpan(start + from, start + to));
        }
        return names.ToArray();
    }

    // The parts of a credit that name one outlet each: set apart by a slash, a comma or " and ".
    private static List<Range> Parts(ReadOnlySpan<char> text)
    {
        var parts = new List<Range>();
        foreach (var range in text.SplitAny('/', ','))
        {
            var from = range.Start.Value;
            for (var and = text[from..range.End.Value].IndexOf(" and ", StringComparison.Ordinal); and >= 0; and = text[from..range.End.Value].IndexOf(" and ", StringComparison.Ordinal))
            {
                parts.Add(from..(from + and));
                from += and + 5;
            }
            parts.Add(from..range.End.Value);
        }
        return parts;
    }

    // Whether only spaces stand between the start of s's line and `at`.
    private static bool LineOpens(string s, int at)
    {
        while (at > 0 && s[at - 1] is ' ' or '\t') at--;
        return at == 0 || s[at - 1] is '\n' or '\r';
    }

    // A word that opens in lower case or with a digit and is still a name: digits then letters ("24ur"), lower case then a capital
    // ("defenceWeb", "eNCA"), or, when the credit is that word alone on its line, lower-case letters joined by a hyphen or a dot ("mid-day").
    private static bool OwnStyled(ReadOnlySpan<char> word, bool alone)
    {
        if (word.Length < 3 || !char.IsLetterOrDigit(word[0]) || char.IsUpper(word[0])) return false;
        // Not an ordinal ("-- 2nd Battalion").
        if (char.IsDigit(word[0])) return word.IndexOfAny(Letters) is var letter and > 0 && word[letter..] is not ("st" or "nd" or "rd" or "th");
        var capital = false;
        for (var i = 1; i < word.Length; i++) capital |= char.IsUpper(word[i]);
        // A lone lower-case word needs a hyphen or a dot inside, as "mid-day" and "ad.nl" have and "-- ends" or "-- more" has not.
        return capital || alone && word.IndexOfAnyExcept(LowerLetters) < 0 && word[1..^1].IndexOfAny('-', '.') >= 0;
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-.");

    // One to four words of letters, each capitalised (a number after the first: "France 24"): "Bernama", "Xinhua", "Associated Press", "PANA"; or several such
    // names set apart by a slash or a comma: "PNA/Xinhua".
    // A web name ("Kresy.pl", "Censor.NET"), a name opening with its digits ("24ur") or one in camel case ("defenceWeb", "eNCA")
    // is a name too, as outlets write theirs; a word all in lower case only when `alone` and the name has no other word.
    private static bool IsName(ReadOnlySpan<char> name, bool alone = false)
    {
        var words = 0;
        foreach (var part in Parts(name))
        {
            var words0 = words;
            foreach (var range in name[part].Split(' '))
            {
                var word = name[part][range];
                if (word.IsEmpty) continue;
                // "The Star (Johannesburg)": a capitalised place in brackets after a name is no word of it.
                if (words > words0 && word.Length > 3 && word[0] == '(' && word[^1] == ')' && char.IsUpper(word[1]) && word[1..^1].IndexOfAnyExcept(Letters) < 0) continue;
                // "SOURCE: FRANCE 24": a number may follow the name's first word, as a channel's does.
                if (++words > MaxWords || !(char.IsUpper(word[0]) || words > words0 + 1 && char.IsDigit(word[0]) || OwnStyled(word, alone && name.Trim().IndexOf(' ') < 0))) return false;
                // "Sapa-AFP": a hyphen between letters joins the agencies of one credit; "Kresy.pl": a dot between a web name's parts.
                for (var i = 0; i < word.Length; i++)
                    if (!char.IsLetterOrDigit(word[i]) && !(word[i] == '-' && i > 0 && i < word.Length - 1 && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
                        && !(word[i] == '.' && i > 0 && i < word.Length - 2 && char.IsLetterOrDigit(word[i - 1]) && char.IsLetter(word[i + 1]) && char.IsLetter(word[^1]))) return false;
            }
            if (words == words0) return false;
        }
        return words > 0;
    }
}
