using System.Buffers;
using System.Globalization;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Splits a sentence into its clauses (<see cref="Clause"/>). A clause ends at a semicolon, a colon, a spaced dash,
/// a comma that is not inside a number or a date ("10,000", "Oct. 23, 2024"), before "and"/"but"/"while" that open
/// a new figure ("…sent and 8,000 more are expected"), before "that" or a pronoun after a reporting verb ("said on
/// Monday that…", "said on Friday they had…"), and between the two ends of a change ("rose from 3,000 in October |
/// to 11,000 in December", "will fall to 1,000 | from 1,700 in April"). Leading adverbials ("In September, before
/// any troops had left, …") join the clause they introduce. The words are the lexicon's (<c>Data/lexicon/clauses.json</c>):
/// statement verbs are found with one <see cref="PhraseMatcher"/> pass, and each rule reads the words at its own cue.
/// </summary>
public sealed class Clauses
{
    private readonly PhraseMatcher statementVerbs;
    private readonly HashSet<string> pronouns, statementDates, conjunctions;
    private readonly WordSet pronounWords, dateWords, conjunctionWords;
    private readonly SearchValues<char> conjunctionStarts;
    private readonly string[][] hedges, countNouns, fronted, dependent;

    public Clauses(Lexicon? lexicon = null)
    {
        var l = lexicon ?? Lexicon.Default;
        statementVerbs = PhraseMatcher.Of(l, ["statement_verbs"]);
        HashSet<string> Set(string list, StringComparer comparer) => l.Words(list).ToHashSet(comparer);
        string[][] Phrases(string list) => l.Words(list).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        pronouns = Set("clause_pronouns", StringComparer.OrdinalIgnoreCase);
        statementDates = Set("clause_statement_dates", StringComparer.OrdinalIgnoreCase);
        conjunctions = Set("clause_conjunctions", StringComparer.Ordinal);
        (pronounWords, dateWords, conjunctionWords) = (pronouns.ToWordSet(), statementDates.ToWordSet(),
            conjunctions.ToWordSet());
        conjunctionStarts = SearchValues.Create(conjunctions.Where(c => c.Length > 0).Select(c => c[0]).Distinct().ToArray());
        hedges = Phrases("clause_hedges");
        countNouns = Phrases("clause_count_nouns");
        fronted = Phrases("clause_fronted");
        dependent = Phrases("clause_dependent");
    }

    /// <summary>Clauses read with the kit's vocabulary.</summary>
    public static Clauses Default { get; } = new();

    /// <summary>The clauses of <paramref name="sentence"/>, in order, with document offsets.</summary>
    public IReadOnlyList<Clause> Of(Sentence sentence)
    {
        var s = sentence.Text;
        var verbs = Verbs(s, 0, s.Length);
        var cuts = new List<int>();
        Boundaries(s, cuts);
        AfterStatements(s, verbs, cuts);
        // The cuts around figures ("and 8,000 more", "from 3,000 … to 11,000") need a number.
        if (LastDigit(s) is var lastDigit and >= 0) FigureCuts(s, lastDigit, cuts);
        cuts.Sort();

        var pieces = new List<(int Start, int End)>();
        var start = 0;
        cuts.Add(s.Length);
        foreach (var cut in cuts)
        {
            if (cut <= start) continue;
            var (a, b) = Trim(s, start, cut);
            if (b > a) pieces.Add((a, b));
            start = cut;
        }
        // Leading adverbials join the clause they introduce.
        while (pieces.Count > 1 && StartsWithAny(s, pieces[0].Start, pieces[0].End, fronted, StringComparison.OrdinalIgnoreCase)
            && !HasCount(s, pieces[0].Start, pieces[0].End))
        {
            pieces[1] = (pieces[0].Start, pieces[1].End);
            pieces.RemoveAt(0);
        }
        var clauses = new Clause[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            var (a, b) = pieces[i];
            clauses[i] = new Clause(sentence.Index, new TextSpan(sentence.Start + a, sentence.Start + b), RoleOf(s, a, b, verbs));
        }
        return clauses;
    }

    /// <summary>Whether <paramref name="clause"/> carries a statement's verb ("said", "told", "according to").</summary>
    public bool Reports(string clause) => Verbs(clause, 0, clause.Length).Count > 0;

    /// <summary>Where the statement verbs of <paramref name="clause"/> are, as spans of it.</summary>
    public IEnumerable<TextSpan> ReportingVerbs(string clause) => Verbs(clause, 0, clause.Length);

    // The statement verbs of text[start..end) standing as whole words there.
    private List<TextSpan> Verbs(string text, int start, int end)
    {
        var found = new List<TextSpan>();
        foreach (var hit in statementVerbs.Find(text, start, end))
            if (WholeWord(text, start, end, hit.Span.Start, hit.Span.End)) found.Add(hit.Span);
        return found;
    }

    private ClauseRole RoleOf(string s, int start, int end, List<TextSpan> verbs)
    {
        foreach (var verb in verbs)
            if (verb.Start >= start && verb.End <= end && WholeWord(s, start, end, verb.Start, verb.End)) return ClauseRole.Reporting;
        return OpensDependent(s, start, end) ? ClauseRole.Dependent : ClauseRole.Main;
    }

    // "…, bringing the total", "…, with 3,000 more": a word in -ing (lower case) or a dependent word opens the clause.
    private bool OpensDependent(string s, int start, int end)
    {
        var i = start;
        while (i < end && char.IsAsciiLetterLower(s[i])) i++;
        if (i - start >= 4 && s.AsSpan(i - 3, 3) is "ing" && (i == end || !IsRegexWord(s[i]))) return true;
        return StartsWithAny(s, start, end, dependent, StringComparison.Ordinal);
    }

    // ";" ":" " — " and commas, but not a comma inside a number ("10,000") or before a year ("Oct. 23, 2024"): cut after each.
    private static void Boundaries(string s, List<int> cuts)
    {
        var last = 0;
        for (var i = s.AsSpan().IndexOfAny(Marks); i >= 0; i = s.AsSpan(i + 1).IndexOfAny(Marks) is var next and >= 0 ? i + 1 + next : -1)
        {
            var c = s[i];
            if (c is ';' or ':' && !(i + 1 < s.Length && char.IsDigit(s[i + 1]))) cuts.Add(last = i + 1);
            else if (c == ',' && !(i + 1 < s.Length && char.IsDigit(s[i + 1])) && !BeforeYear(s, i + 1)) cuts.Add(last = i + 1);
            // A dash with white space on both sides, the first not taken by the dash before it (" - - ").
            else if (c is '—' or '–' or '-' && i - 1 >= last && i > 0 && char.IsWhiteSpace(s[i - 1]) && i + 1 < s.Length && char.IsWhiteSpace(s[i + 1]))
                cuts.Add(last = i + 2);
        }
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create(";:,—–-");

    // A white space, then a year of four digits starting 19 or 20 that is a whole word.
    private static bool BeforeYear(string s, int at) =>
        at + 5 <= s.Length && char.IsWhiteSpace(s[at]) && (s.AsSpan(at + 1, 2) is "19" or "20")
        && char.IsDigit(s[at + 3]) && char.IsDigit(s[at + 4]) && (at + 5 == s.Length || !IsRegexWord(s[at + 5]));

    // "said on Monday that …", "said they …": cut after the verb (and its date) when a pronoun follows.
    private void AfterStatements(string s, List<TextSpan> verbs, List<int> cuts)
    {
        var last = 0;
        foreach (var verb in verbs)
        {
            if (verb.Start < last) continue;
            // With the date ("on Monday", "on Dec 2"), else without it.
            var cut = -1;
            if (WordAfter(s, verb.End, out var dateStart, out var dateEnd) && dateWords.Contains(s.AsSpan(dateStart, dateEnd - dateStart)))
            {
                var p = dateEnd;
                var q = p;
                while (q < s.Length && char.IsWhiteSpace(s[q])) q++;
                if (q > p)
                {
                    var r = q;
                    while (r < s.Length && (s[r] == '.' || IsLetter(s[r]))) r++;
                    if (r > q)
                    {
                        // Then optionally a day of one or two digits.
                        var t = r;
                        while (t < s.Length && char.IsWhiteSpace(s[t])) t++;
                        var d = t;
                        while (d < s.Length && d - t < 2 && char.IsDigit(s[d])) d++;
                        if (t > r && d > t && PronounAfter(s, d)) cut = d;
                        else if (PronounAfter(s, r)) cut = r;
                    }
                }
            }
            if (cut < 0 && PronounAfter(s, verb.End)) cut = verb.End;
            if (cut < 0) continue;
            cuts.Add(cut);
            last = cut;
        }
    }

    // White space, then one of the clause pronouns as a whole word.
    private bool PronounAfter(string s, int at) =>
        WordAfter(s, at, out var start, out var end) && pronounWords.Contains(s.AsSpan(start, end - start)) && (end == s.Length || !IsRegexWord(s[end]));

    // The run of letters after white space at `at`.
    private static bool WordAfter(string s, int at, out int start, out int end)
    {
        start = at;
        while (start < s.Length && char.IsWhiteSpace(s[start])) start++;
        end = start;
        while (end < s.Length && IsLetter(s[end])) end++;
        return start > at && end > start;
    }

    // Each cut needs a number after it (NumberAfter: a digit past the space it is at), so the spaces from the last digit
    // on are not read: `limit` is where that digit is.
    private void FigureCuts(string s, int limit, List<int> cuts)
    {
        // " and 8,000 more", " but about 2,000": before a conjunction that opens a new figure, unless a "between"
        // before it still waits for its "and".
        for (var i = NextSpace(s, 0); i >= 0 && i < limit; i = NextSpace(s, i + 1))
            if (conjunctionStarts.Contains(s[i + 1]) && WordAfterSpace(s, i, out var e) && conjunctionWords.Contains(s.AsSpan(i + 1, e - i - 1))
                && NumberAfter(s, e, s.Length, StringComparison.Ordinal)
                && !OpenBetween(s, i))
                cuts.Add(i);
        // " up from 3,000", " from 3,000": the start of a change, when its clause already holds a number.
        for (var i = NextSpace(s, 0); i >= 0 && i < limit; i = NextSpace(s, i + 1))
        {
            if (s[i + 1] is not ('u' or 'd' or 'f')) continue;
            var p = i + 1;
            if (WordAfterSpace(s, i, out var e) && s.AsSpan(p, e - p) is "up" or "down" && e < s.Length && char.IsWhiteSpace(s[e])
                && PhraseLiteral.SkipWhiteSpace(s, e, s.Length) is var f && WordAt(s, f, "from", StringComparison.Ordinal) && NumberAfter(s, f + 4, s.Length, StringComparison.Ordinal)) { }
            else if (WordAt(s, p, "from", StringComparison.Ordinal) && NumberAfter(s, p + 4, s.Length, StringComparison.Ordinal)) { }
            else continue;
            if (HasNumber(s, LastCut(cuts, i), i)) cuts.Add(i);
        }
        // " to 11,000" after "from 3,000" in the same clause: the other end of a change.
        for (var i = NextSpace(s, 0); i >= 0 && i < limit; i = NextSpace(s, i + 1))
            if (s[i + 1] == 't' && WordAt(s, i + 1, "to", StringComparison.Ordinal) && NumberAfter(s, i + 3, s.Length, StringComparison.Ordinal)
                && ChangeStarts(s, LastCut(cuts, i), i))
                cuts.Add(i);
    }

    // The first white space at or after `from`, or -1: the figure cuts are read only there.
    private static int NextSpace(string s, int from) => s.AsSpan(from).IndexOfAny(WhiteSpace.Any) is var k and >= 0 ? from + k : -1;

    // The letters of s[at..] after the white space at `at - 0` (one character), up to `end`.
    private static bool WordAfterSpace(string s, int space, out int end)
    {
        end = space + 1;
        while (end < s.Length && IsLetter(s[end])) end++;
        return end > space + 1;
    }

    // `word` spelled at `at` (its case by `comparison`); what follows is checked by the caller.
    private static bool WordAt(string s, int at, string word, StringComparison comparison) =>
        at + word.Length <= s.Length && s.AsSpan(at, word.Length).Equals(word, comparison);

    // White space, then a digit, or a hedge ("about", "more than") and white space and a digit: all before `end`.
    private bool NumberAfter(string s, int at, int end, StringComparison comparison)
    {
        var p = PhraseLiteral.SkipWhiteSpace(s, at, end);
        if (p == at || p >= end) return false;
        if (char.IsDigit(s[p])) return true;
        foreach (var hedge in hedges)
            if (PhraseEnd(s, p, end, hedge, comparison) is var h and > 0 && PhraseLiteral.SkipWhiteSpace(s, h, end) is var d && d > h && d < end && char.IsDigit(s[d]))
                return true;
        return false;
    }

    // "between 8,000 and 10,000": a "between" in s[..at] with no "and" after it on its line.
    private static bool OpenBetween(string s, int at)
    {
        for (var i = 0; i + 7 <= at; i++)
        {
            if (!WordAt(s, i, "between", StringComparison.OrdinalIgnoreCase) || !WholeWord(s, 0, at, i, i + 7)) continue;
            var open = true;
            for (var j = i + 7; j + 3 <= at && s[j] != '\n' && open; j++)
                if (WordAt(s, j, "and", StringComparison.OrdinalIgnoreCase) && WholeWord(s, 0, at, j, j + 3)) open = false;
            if (open) return true;
        }
        return false;
    }

    // "from 3,000", "from about 3,000" as a whole word in s[start..end).
    private bool ChangeStarts(string s, int start, int end)
    {
        for (var i = start; i + 4 <= end; i++)
            if (WordAt(s, i, "from", StringComparison.OrdinalIgnoreCase) && (i == start || !IsRegexWord(s[i - 1])) && NumberAfter(s, i + 4, end, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    // A figure counted in troop words ("8,000 more troops", "3,000 North Korean soldiers") in s[start..end): a fronted
    // adverbial with one is a clause of its own, not a date ("As of 31 March 2015" has digits but no count).
    private bool HasCount(string s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsDigit(s[i]) || (i > start && char.IsDigit(s[i - 1]))) continue;
            var p = i;
            while (p < end && (char.IsDigit(s[p]) || s[p] is ',' or '.')) p++;
            // Up to three words, each followed by white space, then the noun.
            for (var words = 0; words <= 3; words++)
            {
                var q = PhraseLiteral.SkipWhiteSpace(s, p, end);
                if (q == p || q >= end) break;
                foreach (var noun in countNouns)
                    if (PhraseEnd(s, q, end, noun, StringComparison.OrdinalIgnoreCase) is var n and > 0 && (n == end || !IsRegexWord(s[n]))) return true;
                p = q;
                while (p < end && (IsLetter(s[p]) || s[p] == '-')) p++;
                if (p == q) break;
            }
        }
        return false;
    }

    // Whether s[start..end) opens with one of `phrases` standing as a whole word.
    private static bool StartsWithAny(string s, int start, int end, string[][] phrases, StringComparison comparison)
    {
        foreach (var phrase in phrases)
            if (PhraseEnd(s, start, end, phrase, comparison) is var e and > 0 && (e == end || !IsRegexWord(s[e]))) return true;
        return false;
    }

    // The end of `phrase` (its words with white space between) at `at`, or 0.
    private static int PhraseEnd(string s, int at, int end, string[] phrase, StringComparison comparison)
    {
        var p = at;
        for (var w = 0; w < phrase.Length; w++)
        {
            if (w > 0)
            {
                var q = PhraseLiteral.SkipWhiteSpace(s, p, end);
                if (q == p) return 0;
                p = q;
            }
            if (p + phrase[w].Length > end || !s.AsSpan(p, phrase[w].Length).Equals(phrase[w], comparison)) return 0;
            p += phrase[w].Length;
        }
        return p;
    }

    private static int LastCut(List<int> cuts, int before)
    {
        var last = 0;
        foreach (var cut in cuts)
            if (cut <= before && cut > last) last = cut;
        return last;
    }

    // Where the last digit of s is (char.IsDigit: any script's), or -1.
    private static int LastDigit(string s)
    {
        var last = s.AsSpan().LastIndexOfAnyInRange('0', '9');
        var tail = s.AsSpan(last + 1);
        for (var k = tail.LastIndexOfAnyExceptInRange('\0', '\x7f'); k >= 0; k = tail[..k].LastIndexOfAnyExceptInRange('\0', '\x7f'))
            if (char.IsDigit(tail[k])) return last + 1 + k;
        return last;
    }

    private static bool HasNumber(string s, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsDigit(s[i])) return true;
        return false;
    }

    // text[from..to) is a whole word of text[start..end): no word character (as a regex's \w) on either side.
    private static bool WholeWord(string text, int start, int end, int from, int to) =>
        (from == start || !IsRegexWord(text[from - 1])) && (to == end || !IsRegexWord(text[to]));

    // A regex's \w: letters, decimal digits, non-spacing marks and connector punctuation ("_").
    private static bool IsRegexWord(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

    // A regex's [^\W\d_]: a word character that is not a digit nor "_".
    private static bool IsLetter(char c) => IsRegexWord(c) && !char.IsDigit(c) && c != '_';

    private static (int, int) Trim(string s, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(s[start]) || s[start] is ',' or ';' or ':' or '—' or '–')) start++;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or ';' or ':' or '—' or '–' or '.')) end--;
        return (start, end);
    }
}
