namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// The people a story's byline or its wire credit names: "By James Astill in Bunia" as a paragraph of its own, "Reporting by
/// Polina Devitt; editing by Andrew Osborn", "(Reporting by Phil Stewart; Writing by Idrees Ali)" after the last sentence
/// (byline_labels). Each is a source of the story, as the outlet of a dateline is, but of none of its figures. Only a credit
/// that holds nothing but labels, names (two to four capitalised words or initials), where they filed from ("in Nairobi") and
/// the commas, "and" and semicolons between them is read: "By Tuesday, 500 troops had left" and "Reporting by Reuters Moscow
/// bureau" are not. A comma before a role's label parts two roles as a semicolon does ("Reporting by A, Editing by B"). The
/// bare "By" only opens a sentence of its own outside the headline.
/// </summary>
internal sealed class Bylines
{
    // "Reporting by", "Editing by", "By": the labels, capitalised as a credit opens with them (the later ones of a credit in
    // any case: "; editing by").
    private readonly string[] labels;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> calendarNames, notNameWords, jobWords, deskWords;
    // "agencies": the wires a writer's copy draws on, which may close a byline after "and" (byline_wires).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wireWords;
    private const int MinWords = 2, MaxWords = 4, MaxDescriptionWords = 14;
    // The most words of an outlet's name before its possessive in a contributors' line ("The Washington Post's").
    private const int OutletWords = 3;
    // "contributed to this report": the words that close a line crediting reporters (contributor_tails).
    private readonly string[] contributorTails;
    // "Updated", "Published": the labels of the line that dates a story under its writer's name (byline_date_labels).
    private readonly string[] dateLabels;
    // "Logo", "Icon", "Menu": the words of a page's furniture that a line with no label may hold, none a writer's name (byline_furniture_words).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> furnitureWords;
    // "Editing by", "Edited by": the labels of a credit's editors, who cite nothing and are no sources of the story (byline_editor_labels).
    private readonly HashSet<string> editorLabels;

    public Bylines(Lexicon lexicon)
    {
        labels = lexicon.Words("byline_labels").OrderByDescending(l => l.Length).ToArray();
        calendarNames = lexicon.WordLookup("calendar_names", StringComparer.Ordinal);
        notNameWords = lexicon.WordLookup("not_name_starts", StringComparer.Ordinal);
        // The job and desk lists hold their words capitalised: a job word written in lower case ("correspondent") is looked up
        // with its first letter capitalised (InitialCapital).
        jobWords = lexicon.WordLookup("byline_job_words", StringComparer.Ordinal);
        deskWords = lexicon.WordLookup("byline_desk_words", StringComparer.Ordinal);
        wireWords = lexicon.WordLookup("byline_wires", StringComparer.Ordinal);
        contributorTails = lexicon.Words("contributor_tails").OrderByDescending(w => w.Length).ToArray();
        dateLabels = lexicon.Words("byline_date_labels").OrderByDescending(w => w.Length).ToArray();
        furnitureWords = lexicon.WordLookup("byline_furniture_words", StringComparer.Ordinal);
        editorLabels = lexicon.Words("byline_editor_labels").ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The spans (in sentence text s) of the people the credit that s is, or that closes s, names; none when s is no
    /// such credit. <paramref name="headline"/>: s is the headline, where "By" opens no byline. <paramref name="outlets"/>: where
    /// the known outlets that s names start, one of which may close a byline with no comma ("By David L. Stern Washington Post").</summary>
    public List<TextSpan>? Names(string s, bool headline, IReadOnlyList<TextSpan>? outlets = null, string? nextParagraph = null)
    {
        // A page's byline block keeps its lines in one paragraph: "By Dana Whitcomb" over "Updated on: October 29, 2024 / CBS News",
        // "ISS Today | 20 August 2014" over "By Farai Chikowore, Researcher, ISS Pretoria". Each line is read as a credit of its own.
        if (s.IndexOf('\n') is var nl and > 0 && nl < s.Length - 1)
        {
            List<TextSpan>? all = null;
            var previous = "";
            for (int from = 0, to; from < s.Length; previous = s[from..to], from = to + 1)
            {
                to = s.IndexOf('\n', from);
                if (to < 0) to = s.Length;
                var line = s[from..to];
                var next = to < s.Length ? s[(to + 1)..] : nextParagraph ?? "";
                var found = Line(line, headline, OutletClosing(line, from, outlets)) ?? Filed(line, next)
                    ?? (headline ? null : Alone(line, next, previous));
                if (found is null) continue;
                all ??= [];
                foreach (var name in found) all.Add(new TextSpan(from + name.Start, from + name.End));
            }
            return all;
        }
        return Line(s, headline, OutletClosing(s, 0, outlets))
            ?? (headline || nextParagraph is null ? null : Alone(s, nextParagraph) ?? Filed(s, nextParagraph));
    }

    // "Chris Doe" over "Updated:" or "May 2, 2025": a writer's name alone on its line, with no label, is a byline only right above
    // the line that dates the story (a short line with a year, or one that opens with a date's label, byline_date_labels), above
    // the writer's e-mail address, or right under the date line, as pages that set the date above the byline paste it
    // ("Published: 04.02.2025 19:12" over "Jane Doe").
    private List<TextSpan>? Alone(string line, string next, string previous = "")
    {
        var end = SkipWhiteSpaceBack(line, line.Length);
        if (end < 5 || !char.IsUpper(line[0]) || NameEnd(line, 0, end) != end) return null;
        return MayBeWriter(line, end) && (DateLine(next) || DateLabelLine(next) || AddressLine(next)
            || previous.Length > 0 && (DateLine(previous) || DateLabelLine(previous))) ? [new TextSpan(0, end)] : null;
    }

    // "jane.doe@example.com" alone on the line under a writer's name: the reporter's sign-off set on two lines.
    private static bool AddressLine(string next)
    {
        var nl = next.IndexOf('\n');
        var line = (nl < 0 ? next : next[..nl]).Trim();
        return line.Length > 0 && IsAddress(line, 0, line.Length);
    }

    // Whether line[0..end), a name with no label before it, may be a writer's: "<Outlet> Logo" over the page's date is the page's
    // furniture (byline_furniture_words); "NHK WORLD-JAPAN" over it, words in capitals, the outlet's own name (a writer's name with
    // no label is written in mixed case).
    private bool MayBeWriter(string line, int end)
    {
        foreach (var range in line.AsSpan(0, end).Split(' '))
            if (line.AsSpan(0, end)[range] is var word && (furnitureWords.Contains(word) || word.Length > 2 && !word.ContainsAnyInRange('a', 'z')))
                return false;
        return true;
    }

    // "Updated:", "Published: 2 May 2025", "Updated on May 2": a line that opens with a date's label and holds nothing but a date.
    private bool DateLabelLine(string next)
    {
        var nl = next.IndexOf('\n');
        var line = (nl < 0 ? next : next[..nl]).Trim();
        foreach (var label in dateLabels)
        {
            if (!line.StartsWith(label, StringComparison.Ordinal)) continue;
            var rest = line.AsSpan(label.Length);
            if (!rest.IsEmpty && rest[0] is not (':' or ' ')) continue;
            rest = rest.TrimStart(": ");
            return rest.IsEmpty || rest.Length <= 40 && HasYear(rest.ToString());
        }
        return false;
    }

    // Where a known outlet that closes the line (at `from` of the sentence) starts in it, after the byline's label and a name; -1.
    private static int OutletClosing(string line, int from, IReadOnlyList<TextSpan>? outlets)
    {
        if (outlets is null) return -1;
        var end = from + SkipWhiteSpaceBack(line, line.Length);
        foreach (var outlet in outlets)
            if (outlet.Start - from > 3 && (outlet.End == end || outlet.End + 1 == end && line[end - from - 1] == '.'))
            {
                // "By Jane Doe The New York Times": the article the outlet's alias leaves out is no part of the writer's name.
                var at = outlet.Start - from;
                return at > 4 && line.AsSpan(at - 4, 4) is "The " ? at - 4 : at;
            }
        return -1;
    }

    private List<TextSpan>? Line(string s, bool headline, int outlet = -1)
    {
        // The cheap cue: a credit opens the sentence, or closes it in brackets.
        var end = SkipWhiteSpaceBack(s, s.Length);
        if (end < 6) return null;
        int at;
        if (s[0] == '(' || char.IsUpper(s[0])) at = s[0] == '(' ? 1 : 0;
        // "12 July 2023 | By Jane Doe | Analyst": a line opening with its date holds a byline only between bars.
        else if (!headline && char.IsDigit(s[0]) && s.LastIndexOf(" | ", end - 1, StringComparison.Ordinal) is var dateBar and > 0)
            return Credit(s, SkipWhiteSpace(s, dateBar + 3), end, headline: false) ?? BarredSegment(s, dateBar);
        else return null;
        // "By David L. Stern Washington Post", "By Jane Doe Associated Press": the writer's name runs into the outlet that closes the
        // line, the known outlet's name parting them where no comma does ("By Jane Doe, Reuters" is the credit's own reading).
        var names = (outlet > 0 && at == 0 && SkipWhiteSpaceBack(s, outlet) is var nameEnd && nameEnd < outlet && char.IsLetter(s[nameEnd - 1])
                ? Credit(s, 0, nameEnd, headline) : null)
            ?? Credit(s, at, end, headline) ?? (headline ? null : Described(s, end) ?? Contributors(s, end) ?? Dated(s, end) ?? Mailed(s, end));
        // "Hindustan Times | ByArun Joshi, Udhampur", "Politics | By Jane Doe": the page's outlet or section and its byline on one
        // line, parted by a bar.
        if (names is null && !headline && s.LastIndexOf(" | ", end - 1, StringComparison.Ordinal) is var bar and > 0 && SkipWhiteSpace(s, bar + 3) is var after
            && after < end)
            names = Credit(s, after, end, headline) ?? BarredSegment(s, bar);
        if (names is null && s[end - 1] == ')' && s.LastIndexOf('(', end - 2) is var open and > 0
            && SkipWhiteSpaceBack(s, open) is var before && before > 0 && before < open && s[before - 1] is '.' or '!' or '?' or '"' or '”')
            names = Credit(s, open + 1, end, headline: true);
        return names;
    }

    // "FACT CHECK | By Jane Doe | Published 2 May 2025", "2 May 2025 | By Jane Doe | Fact-checker": a byline set between two bars of
    // a page's heading line, its date, section or the writer's job in the other parts. Each part before the last bar is read as a
    // credit of its own (the last one is the caller's).
    private List<TextSpan>? BarredSegment(string s, int lastBar)
    {
        for (var to = lastBar; to > 0;)
        {
            var bar = s.LastIndexOf(" | ", to - 1, StringComparison.Ordinal);
            var from = SkipWhiteSpace(s, bar < 0 ? 0 : bar + 3);
            var end = SkipWhiteSpaceBack(s, to);
            if (end - from > 6 && Credit(s, from, end, headline: false) is { } names) return names;
            if (bar < 0) break;
            to = bar;
        }
        return null;
    }

    // "Julia Brandt in Berlin" over the date line "Thu 19 Jun 2025 07.00 BST": a name with where it was filed from and no label is a
    // byline only as a line of its own right above a short line that dates the story (a year in it).
    private List<TextSpan>? Filed(string line, string next)
    {
        var end = SkipWhiteSpaceBack(line, line.Length);
        if (end < 6 || !char.IsUpper(line[0]) || !DateLine(next)) return null;
        var nameEnd = NameEnd(line, 0, end);
        if (nameEnd < 0) return null;
        var p = SkipWhiteSpace(line, nameEnd);
        if (!Opens(line, p, end, "in ")) return null;
        p = SkipWhiteSpace(line, p + 3);
        // The place: capitalised words to the line's end ("in Berlin", "in Kyiv and Kharkiv" is two, left alone).
        if (p >= end) return null;
        foreach (var range in line.AsSpan(p, end - p).Split(' '))
        {
            var word = line.AsSpan(p, end - p)[range];
            if (word.IsEmpty) continue;
            if (!char.IsUpper(word[0])) return null;
            foreach (var c in word)
                if (!(char.IsLetter(c) || c is '-' or '\'' or '’')) return null;
        }
        return [new TextSpan(0, nameEnd)];
    }

    // A short line with a year in it: "Thu 19 Jun 2025 07.00 BST", "Updated 29 October 2024".
    private static bool DateLine(string next)
    {
        var nl = next.IndexOf('\n');
        var line = nl < 0 ? next : next[..nl];
        return line.Length is >= 6 and <= 60 && HasYear(line);
    }

    // "By Farai Chikowore, Researcher, Conflict Prevention and Risk Analysis, ISS Pretoria": a byline's one name followed by its
    // writer's job, all of it capitalised words and the small words of a title ("Senior Fellow for Africa at the X Institute").
    private List<TextSpan>? Described(string s, int end)
    {
        if (end < 6 || string.CompareOrdinal(s, 0, "By ", 0, 3) != 0) return null;
        var nameEnd = NameEnd(s, 3, end);
        if (nameEnd < 0 || nameEnd >= end || s[nameEnd] != ',') return null;
        var p = SkipWhiteSpace(s, nameEnd + 1);
        if (p < end && char.IsLower(s[p])) return LowerJob(s, p, end) ? [new TextSpan(3, nameEnd)] : null;
        if (p >= end || !char.IsUpper(s[p])) return null;
        // "By Frank Gardner, BBC security correspondent", "By NAME, ABC Port Moresby correspondent": a job word in lower case at the
        // end, and at most one beat word in lower case right before it (no small word: "Soldiers waited for the correspondent" is prose).
        var job = s.AsSpan(p, end - p).TrimEnd();
        var lowerTail = 0;
        if (job[(job.LastIndexOf(' ') + 1)..] is { Length: > 1 } last && char.IsLower(last[0])
            && jobWords.Contains(InitialCapital.Of(last)))
        {
            lowerTail = 1;
            var before = job[..job.LastIndexOf(' ')].TrimEnd();
            if (before[(before.LastIndexOf(' ') + 1)..] is { Length: > 0 } beat && char.IsLower(beat[0])
                && beat is not ("of" or "for" or "and" or "at" or "the" or "on" or "in" or "to" or "a" or "an" or "with")) lowerTail = 2;
        }
        var count = 0;
        foreach (var range in job.Split(' '))
            if (!job[range].IsEmpty) count++;
        var words = 0;
        foreach (var range in s.AsSpan(p, end - p).Split(' '))
        {
            var word = s.AsSpan(p, end - p)[range].TrimEnd(',');
            if (word.IsEmpty) continue;
            if (++words > MaxDescriptionWords) return null;
            if (char.IsUpper(word[0]) || words > count - lowerTail) continue;
            if (word is not ("of" or "for" or "and" or "at" or "the" or "on" or "in")) return null;
        }
        foreach (var c in s.AsSpan(p, end - p))
            if (!(char.IsLetter(c) || c is ' ' or ',' or '-' or '\'' or '’' or '&')) return null;
        return [new TextSpan(3, nameEnd)];
    }

    // "By Jane Doe, staff reporter", "By Jane Doe, fact-checking desk": a job written in lower case after the byline's comma, one to
    // three words of letters and hyphens ending in a writer's job word or a desk's word (byline_job_words, byline_desk_words).
    private bool LowerJob(string s, int p, int end)
    {
        var job = s.AsSpan(p, end - p).TrimEnd('.');
        var words = 0;
        foreach (var range in job.Split(' '))
        {
            var word = job[range];
            if (word.IsEmpty) continue;
            if (++words > 3 || !char.IsLower(word[0])) return false;
            foreach (var c in word)
                if (!(char.IsLetter(c) || c == '-')) return false;
        }
        var last = job[(job.LastIndexOf(' ') + 1)..];
        if (last.IsEmpty) return false;
        var capitalised = InitialCapital.Of(last);
        return jobWords.Contains(capitalised) || deskWords.Contains(capitalised);
    }

    // The names of the credit that runs from `at` to `end` (its closing bracket, if any, at end - 1), or null when it is none.
    private List<TextSpan>? Credit(string s, int at, int end, bool headline)
    {
        if (s[end - 1] == ')') end = SkipWhiteSpaceBack(s, end - 1);
        if (s[end - 1] == '.') end--;
        var names = new List<TextSpan>();
        var p = at;
        var first = true;
        var edited = false;
        // The names' loop met a comma and the next role's label after it.
        var nextRole = false;
        while (p < end)
        {
            var label = LabelAt(s, p, first);
            if (label is null || (first && label == "By" && headline)) return null;
            var editors = editorLabels.Contains(label);
            edited |= editors;
            p = SkipWhiteSpace(s, p + label.Length);
            // Names joined by commas and "and", each with where it was filed from.
            while (true)
            {
                var nameEnd = NameEnd(s, p, end);
                // "By Niamh Kennedy and Darya Tarasova-Markina, CNN": after the writers' comma, the outlet closes the byline.
                if (nameEnd < 0 && names.Count > 0 && s[SkipWhiteSpaceBack(s, p) - 1] == ',' && OutletClose(s, p, end)) { p = end; break; }
                if (nameEnd < 0) return null;
                // "By KIM HYUN-JOO, Associated Press Writer": after a comma, the writer's job, not a second writer. "By Staff Writer",
                // "By Online Desk": a staff line in a byline's place, no writer at all.
                if (!editors && !IsJob(s, p, nameEnd) && !IsDesk(s, p, nameEnd)) names.Add(new TextSpan(p, nameEnd));
                p = SkipWhiteSpace(s, nameEnd);
                if (Opens(s, p, end, "in "))
                {
                    p = SkipWhiteSpace(s, p + 3);
                    var placeEnd = PlaceEnd(s, p, end, semicolons: true);
                    if (placeEnd == p) return null;
                    p = SkipWhiteSpace(s, placeEnd);
                }
                // "Compiled by Jane Doe, with agencies": the wires after a comma close the byline as after "and".
                if (p < end && s[p] == ',' && SkipWhiteSpace(s, p + 1) is var w && Opens(s, w, end, "with ")
                    && IsWires(s, SkipWhiteSpace(s, w + 5), end))
                {
                    p = end;
                    break;
                }
                // "(Reporting by A in Kyiv, additional reporting by B; Editing by C)", "(Reporting by A, Editing by B)": a comma
                // parts the credit's roles as a semicolon does when the next role's label follows it.
                if (p < end && s[p] == ',' && SkipWhiteSpace(s, p + 1) is var role && LabelAt(s, role, first: false) is not null)
                {
                    p = role;
                    nextRole = true;
                    break;
                }
                if (p < end && s[p] == ',') p = SkipWhiteSpace(s, p + 1);
                // "Justin Brown in Osaka and agencies": the wires a writer's copy draws on close the byline, named by no one.
                else if (IsAnd(s, p, end) && IsWires(s, SkipWhiteSpace(s, p + 4), end))
                {
                    p = end;
                    break;
                }
                else if (IsAnd(s, p, end)) p = SkipWhiteSpace(s, p + 4);
                else break;
                if (IsAnd(s, p, end)) p = SkipWhiteSpace(s, p + 4);
            }
            if (p >= end) break;
            if (nextRole)
            {
                nextRole = false;
                first = false;
                continue;
            }
            // "By Jane Doe | 12 November 2019": the date after a bar closes the byline.
            if (s[p] == '|' && s.AsSpan(p + 1, end - p - 1).Trim().Length <= 30 && DateLine(s[(p + 1)..end].Trim())) break;
            // "By Anna Berg with Reuters", "By Anna Berg with AFP": the agency the writer's copy draws on closes the byline.
            if (Opens(s, p, end, "with ") && OutletClose(s, SkipWhiteSpace(s, p + 5), end)) break;
            // "By Anna Berg with Joe Smith in Seoul": a second writer after "with" is one of the byline's names.
            if (Opens(s, p, end, "with ") && NameEnd(s, SkipWhiteSpace(s, p + 5), end) is var withEnd and > 0)
            {
                if (!editors) names.Add(new TextSpan(SkipWhiteSpace(s, p + 5), withEnd));
                p = SkipWhiteSpace(s, withEnd);
                if (Opens(s, p, end, "in ")) p = SkipWhiteSpace(s, PlaceEnd(s, SkipWhiteSpace(s, p + 3), end, semicolons: true));
                if (p >= end) break;
            }
            // "BY JANE DOE [jane.doe@example.com]", "By Jane Doe (jane@example.com)": the writer's address closes the byline.
            if (IsAddress(s, p, end)) break;
            if (s[p] != ';') return null;
            p = SkipWhiteSpace(s, p + 1);
            first = false;
        }
        // "(Reporting by A; Editing by B)" names A alone; "Editing by B" alone is a credit that names no source.
        return names.Count > 0 || edited ? names : null;
    }

    // Whether s[p..end) is an e-mail address alone, bare or in brackets: "[jane.doe@example.com]", "(jane@example.com)"; a sign-off's
    // address ends the line after a name as well (Mailed, AddressLine).
    private static bool IsAddress(string s, int p, int end)
    {
        var address = s.AsSpan(p, end - p).Trim().Trim("[]()<>");
        var at = address.IndexOf('@');
        return at > 0 && address.IndexOfAny(' ', '\t') < 0 && address[(at + 1)..].IndexOf('.') > 0;
    }

    // "Olha Kovalenko — Wednesday, 24 December 2025, 14:37": a page's byline line, the writer's name, a dash and the date and time
    // the story went out (a year in it), as Ukrainian papers head their stories.
    private List<TextSpan>? Dated(string s, int end)
    {
        // The date it needs has a year: a line with no digit is turned away before its name is read (most of a story's sentences).
        if (!s.AsSpan(0, end).ContainsAnyInRange('0', '9')) return null;
        var nameEnd = NameEnd(s, 0, end);
        int from;
        if (nameEnd < 0)
        {
            // "Anton Doe June 17, 2025": the date may follow the name with no dash when it opens with a month's or a weekday's name.
            from = CalendarAfterName(s, end);
            if (from < 0) return null;
            nameEnd = SkipWhiteSpaceBack(s, from);
        }
        else
        {
            var p = SkipWhiteSpace(s, nameEnd);
            if (p >= end || s[p] is not ('—' or '–' or '-') || p == nameEnd) return null;
            from = SkipWhiteSpace(s, p + 1);
        }
        var rest = s[from..end];
        // The date opens with a weekday, a month or a day's number.
        var first = WordEnd(s, from) is var wordEnd && wordEnd > from ? s.AsSpan(from, wordEnd - from).TrimEnd(',') : [];
        if (first.IsEmpty || !(char.IsDigit(first[0]) || calendarNames.Contains(first))) return null;
        return rest.Length <= 50 && DateLine(rest) ? [new TextSpan(0, nameEnd)] : null;
    }

    // Where the month's or weekday's name that ends a name of two to four words right after it starts ("Anton Doe June 17, 2025"); -1.
    private int CalendarAfterName(string s, int end)
    {
        var (p, words) = (0, 0);
        while (p < end && words <= MaxWords)
        {
            var e = WordEnd(s, p);
            if (e <= p) return -1;
            var word = s.AsSpan(p, e - p).TrimEnd(',');
            if (calendarNames.Contains(word))
                return words >= MinWords && SkipWhiteSpaceBack(s, p) is var nameEnd && NameEnd(s, 0, nameEnd) == nameEnd && MayBeWriter(s, nameEnd) ? p : -1;
            words++;
            p = SkipWhiteSpace(s, e);
        }
        return -1;
    }

    // "Choi Jeong-hoon choijh@yna.co.kr", "Anna Berg, anna.berg@example.com": a reporter's sign-off line, the name and an e-mail
    // address and nothing else, is the byline it repeats.
    private List<TextSpan>? Mailed(string s, int end)
    {
        // The address it needs has an "@": a line with none is turned away before its name is read.
        if (!s.AsSpan(0, end).Contains('@')) return null;
        var nameEnd = NameEnd(s, 0, end);
        if (nameEnd < 0) return null;
        var p = SkipWhiteSpace(s, nameEnd < end && s[nameEnd] == ',' ? nameEnd + 1 : nameEnd);
        if (p == nameEnd || p >= end) return null;
        return IsAddress(s, p, s[end - 1] == '.' ? end - 1 : end) ? [new TextSpan(0, nameEnd)] : null;
    }

    // "and " between names, or "AND " in a byline set in capitals ("BY NIAMH KENNEDY AND DARYA TARASOVA-MARKINA, CNN").
    private static bool IsAnd(string s, int p, int end) =>
        p + 4 < end && (string.CompareOrdinal(s, p, "and ", 0, 4) == 0 || string.CompareOrdinal(s, p, "AND ", 0, 4) == 0);

    // Whether s[p..end) is only the wires' word that closes a byline ("… in Osaka and agencies"; byline_wires).
    private bool IsWires(string s, int p, int end) => p <= end && wireWords.Contains(s.AsSpan(p, end - p));

    // Whether s[p..end) is an outlet's short name closing a byline: one to three capitalised words or initials ("CNN", "Reuters",
    // "USA TODAY", "The Associated Press"), nothing after them.
    private static bool OutletClose(string s, int p, int end)
    {
        var words = 0;
        foreach (var range in s.AsSpan(p, end - p).Split(' '))
        {
            var word = s.AsSpan(p, end - p)[range];
            if (word.IsEmpty) continue;
            if (++words > 3 || !char.IsUpper(word[0])) return false;
            foreach (var c in word)
                if (!(char.IsLetter(c) || c is '.' or '-' or '&')) return false;
        }
        return words > 0;
    }

    // "CNN's Olena Harmash and Joe Smith contributed to this report.", "Anna Berg in Riga contributed reporting.": the reporters a
    // closing line credits (contributor_tails), each with its outlet's possessive or where it filed from, are the story's writers
    // as a byline's are; not "The Associated Press contributed to this report" (an outlet, no names).
    private List<TextSpan>? Contributors(string s, int end)
    {
        var tail = -1;
        var line = s.AsSpan(0, end).TrimEnd('.');
        foreach (var t in contributorTails)
            if (line.EndsWith(t, StringComparison.Ordinal) && line.Length - t.Length is var at and > 0 && s[at - 1] == ' ')
            {
                tail = at - 1;
                break;
            }
        if (tail < 0) return null;
        var names = new List<TextSpan>();
        // "Associated Press writer Tara Copp contributed to this report", "Associated Press writers Ana Ruiz and Joe Smith …": the
        // outlet and the writers' job word in lower case before the first name.
        var p = OutletJobEnd(s, tail);
        while (p < tail)
        {
            // "CNN's ", "Reuters' ", "ABC News' ", "The Washington Post's ": the outlet's possessive before a name, its last word of
            // up to three capitalised words.
            for (var (q, words) = (p, 0); q < tail && words < OutletWords && char.IsUpper(s[q]); words++)
            {
                while (q < tail && !char.IsWhiteSpace(s[q])) q++;
                if (q > p + 2 && (s[q - 1] == 's' && s[q - 2] is '\'' or '’' || s[q - 1] is '\'' or '’'))
                {
                    p = SkipWhiteSpace(s, q);
                    break;
                }
                q = SkipWhiteSpace(s, q);
            }
            var nameEnd = NameEnd(s, p, tail);
            if (nameEnd < 0) return null;
            names.Add(new TextSpan(p, nameEnd));
            p = SkipWhiteSpace(s, nameEnd);
            // "in Kyiv": where the reporter filed from.
            if (Opens(s, p, tail, "in "))
            {
                p = SkipWhiteSpace(s, PlaceEnd(s, SkipWhiteSpace(s, p + 3), tail, semicolons: false));
                // "in Kyiv, Ukraine, contributed …", "in Seoul, South Korea, and Joe Smith …": the place's country after a comma,
                // closed by a second comma, is part of where the reporter filed from.
                if (p < tail && s[p] == ',' && SkipWhiteSpace(s, p + 1) is var country && country < tail && char.IsUpper(s[country])
                    && PlaceEnd(s, country, tail, semicolons: false) is var countryEnd && countryEnd > country
                    && (countryEnd >= tail || s[countryEnd] == ','))
                    p = countryEnd < tail && SkipWhiteSpace(s, countryEnd + 1) >= tail ? tail : SkipWhiteSpace(s, countryEnd);
            }
            if (p >= tail) break;
            if (s[p] == ',') p = SkipWhiteSpace(s, p + 1);
            if (IsAnd(s, p, tail)) p = SkipWhiteSpace(s, p + 4);
            else if (s[p - 1] != ' ' || p >= tail) return null;
        }
        return names.Count > 0 ? names : null;
    }

    // Where the names of a contributors' line start after up to three capitalised words of an outlet and a job word in lower case
    // ("Associated Press writers "); 0 when the line opens with no such words.
    private int OutletJobEnd(string s, int tail)
    {
        var p = 0;
        for (var words = 0; words < OutletWords && p < tail && char.IsUpper(s[p]); words++)
        {
            var e = p;
            while (e < tail && !char.IsWhiteSpace(s[e])) e++;
            var q = SkipWhiteSpace(s, e);
            if (q >= tail || !char.IsLower(s[q])) { p = q; continue; }
            var jobEnd = q;
            while (jobEnd < tail && char.IsLetter(s[jobEnd])) jobEnd++;
            return jobEnd < tail && s[jobEnd] == ' ' && jobWords.Contains(InitialCapital.Of(s.AsSpan(q, jobEnd - q))) ? SkipWhiteSpace(s, jobEnd) : 0;
        }
        return 0;
    }

    // Whether `word` ("in ", "with ") stands at p with more of the line after it, before `end`.
    private static bool Opens(string s, int p, int end, string word) =>
        p + word.Length < end && string.CompareOrdinal(s, p, word, 0, word.Length) == 0;

    // Where the place a writer filed from ends ("in Kyiv", "in Port Moresby", after "in "): the capitalised words from p, each
    // ending at white space or a comma, or at a semicolon in a credit whose names a semicolon may part; p itself when none.
    private static int PlaceEnd(string s, int p, int end, bool semicolons)
    {
        var placeEnd = p;
        while (placeEnd < end && char.IsUpper(s[placeEnd]))
        {
            while (placeEnd < end && !char.IsWhiteSpace(s[placeEnd]) && s[placeEnd] != ',' && !(semicolons && s[placeEnd] == ';')) placeEnd++;
            var q = SkipWhiteSpace(s, placeEnd);
            if (q < end && char.IsUpper(s[q])) placeEnd = q; else break;
        }
        return placeEnd;
    }

    // Whether the words s[p..end) end in a writer's job word ("Associated Press Writer", "AP Military Writer"; byline_job_words).
    private bool IsJob(string s, int p, int end) => EndsInWordOf(jobWords, s, p, end);

    // Whether the words s[p..end) end in a desk's or a team's word ("Online Desk", "Reuters Staff"; byline_desk_words).
    private bool IsDesk(string s, int p, int end) => EndsInWordOf(deskWords, s, p, end);

    private static bool EndsInWordOf(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, string s, int p, int end)
    {
        var b = end;
        while (b > p && !char.IsWhiteSpace(s[b - 1])) b--;
        return b > p && words.Contains(s.AsSpan(b, end - b));
    }

    // The label at p: any label opening the credit as written, a later one in any case ("; editing by"); the bare "By" only
    // opens one.
    private string? LabelAt(string s, int p, bool first)
    {
        foreach (var label in labels)
            if (p + label.Length < s.Length && (s[p + label.Length] == ' ' || first && label == "By" && Glued(s, p + label.Length))
                && string.Compare(s, p, label, 0, label.Length, first ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) == 0
                && (first || label != "By"))
                return label;
        // "Reporting By A; Editing By B", "REPORTING BY A": a credit that opens with a label of two words or more in title case or
        // in capitals, as some pages set it (the bare "By" keeps its two spellings, "By" and "BY").
        if (first && p < s.Length && char.IsUpper(s[p]))
            foreach (var label in labels)
                if (label.Contains(' ') && p + label.Length < s.Length && s[p + label.Length] == ' '
                    && string.Compare(s, p, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    return label;
        return null;
    }

    // "ByMallika Soni", "ByArun Joshi": a byline pasted from a page that sets its label apart by style alone, the name run into it
    // (a capital, then a small letter).
    private static bool Glued(string s, int at) => at + 1 < s.Length && char.IsUpper(s[at]) && char.IsLower(s[at + 1]);

    // Where a person's name that starts at p ends: two to four words, each a capitalised word of letters (a hyphen or an
    // apostrophe inside) or an initial ("H."), none a weekday, a month or a word that starts no name ("By Air And Sea" is a
    // heading: not_name_starts); -1 when there is none.
    private int NameEnd(string s, int p, int end)
    {
        var (words, last) = (0, -1);
        while (p < end && char.IsUpper(s[p]))
        {
            var e = p + 1;
            while (e < end && (char.IsLetter(s[e]) || s[e] is '-' or '\'' or '’')) e++;
            // "NIAMH KENNEDY AND DARYA …": in a byline set in capitals, "AND" joins two names, no word of either.
            if (words >= MinWords && s.AsSpan(p, e - p) is "AND") break;
            if (e < end && s[e] == '.' && e - p == 1) e++;
            else if (calendarNames.Contains(s.AsSpan(p, e - p)) || notNameWords.Contains(s.AsSpan(p, e - p))) return -1;
            if (e < end && !char.IsWhiteSpace(s[e]) && s[e] is not (',' or ';')) return -1;
            if (++words > MaxWords) return -1;
            last = e;
            var q = SkipWhiteSpace(s, e);
            if (q == e) break;
            p = q;
        }
        return words >= MinWords ? last : -1;
    }
}
