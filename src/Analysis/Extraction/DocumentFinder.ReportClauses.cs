namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A report no one is named for, told by what it says: "after a news report that some 4,000 soldiers had crossed", "amid
/// reports that 9,000 were massing", "followed reports in Latvian media that 2,000 would be sent". The report speaks for the
/// figures of its "that" clause, named as the text names it ("news report", "reports"), or the press named after "in" or
/// "from" ("Latvian media"). Left alone: a report owned before it ("the report that", "its report that", a named "UN report
/// that", "Reuters' report that"), one inside a quotation (the quoted speaker's word), a relative clause ("a report that was leaked said"), and a clause that gives no figure.
/// </summary>
internal sealed partial class DocumentFinder
{
    private sealed class ReportClauseWords(Lexicon lexicon)
    {
        public readonly WordSet Nouns = lexicon.WordLookup("report_clause_nouns", StringComparer.OrdinalIgnoreCase),
            Media = lexicon.WordLookup("report_clause_media", StringComparer.Ordinal),
            MediaLinks = lexicon.WordLookup("report_clause_media_links", StringComparer.Ordinal),
            RelativeStarts = lexicon.WordLookup("report_clause_relative_starts", StringComparer.Ordinal),
            OwnedBefore = lexicon.WordLookup("report_clause_owned_before", StringComparer.OrdinalIgnoreCase),
            NumberWords = lexicon.WordLookup("report_clause_number_words", StringComparer.OrdinalIgnoreCase),
            Openers = lexicon.WordLookup("report_clause_openers", StringComparer.OrdinalIgnoreCase),
            MediumLinks = lexicon.WordLookup("report_clause_medium_links", StringComparer.OrdinalIgnoreCase),
            Negations = lexicon.WordLookup("report_clause_negations", StringComparer.OrdinalIgnoreCase);
    }

    private readonly ReportClauseWords reportClauseWords;

    // Whether the report noun at `noun`..`nounEnd`, its name starting at `first`, opens a "that" clause with a figure; the
    // press named after "in"/"from" comes back in `press` (empty when the report itself is named).
    private bool ReportClause(string s, int first, int noun, int nounEnd, out TextSpan press)
    {
        press = default;
        var w = reportClauseWords;
        if (!w.Nouns.Contains(s.AsSpan(noun, nounEnd - noun))) return false;
        // Inside a quotation the report is the quoted speaker's word ("\"There was a report that 100 died,\" the lawmaker said").
        if (QuoteOpenAt(s, noun)) return false;
        // Owned before it: a possessive in the name, a capitalised name or an owning word right before.
        var name = s.AsSpan(first, nounEnd - first);
        if (name.Contains('\'') || name.Contains('’')) return false;
        // A noun, not a voice's verb: an opener right before it (a singular needs its article), or the start of the sentence or
        // a comma (a plural only: "report" alone there is a verb or a heading).
        var singular = s[nounEnd - 1] != 's';
        if (AnyWordBefore(s, first, out var before, out var beforeStart))
        {
            if (w.OwnedBefore.Contains(before) || !w.Openers.Contains(before)) return false;
            if (singular && before is not ("a" or "an" or "A" or "An")) return false;
            // "said in a report that …": the speaker's own medium.
            if (before is "a" or "an" && AnyWordBefore(s, beforeStart, out var link, out _) && w.MediumLinks.Contains(link)) return false;
        }
        else if (singular) return false;
        // "has not confirmed reports that …": a negated voice's object, left to the rules of negated voices.
        var back = first;
        for (var words = 0; words < 3 && AnyWordBefore(s, back, out var word, out var wordStart); words++, back = wordStart)
            if (w.Negations.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)) return false;
        var p = SkipWhiteSpace(s, nounEnd);
        if (p == nounEnd || WordEnd(s, p) is var e && e == p) return false;
        if (w.MediaLinks.Contains(s.AsSpan(p, e - p)))
        {
            // "in Latvian media", "from local media": at most two words before the press noun, the first capitalised or lower.
            var q = SkipWhiteSpace(s, e);
            var start = q;
            var found = false;
            for (var words = 0; words < 3 && q < s.Length && WordEnd(s, q) is var qe && qe > q; words++)
            {
                if (w.Media.Contains(s.AsSpan(q, qe - q)))
                {
                    found = words > 0;
                    press = new TextSpan(start, qe);
                    e = qe;
                    break;
                }
                if (qe < s.Length && s[qe] != ' ') break;
                q = SkipWhiteSpace(s, qe);
            }
            if (!found) return false;
            p = SkipWhiteSpace(s, e);
            if (p == e || WordEnd(s, p) is var e2 && e2 == p) return false;
            else e = e2;
        }
        if (!s.AsSpan(p, e - p).Equals("that", StringComparison.Ordinal)) return false;
        var c = SkipWhiteSpace(s, e);
        if (c == e || c >= s.Length) return false;
        var ce = WordEnd(s, c);
        if (ce > c && char.IsLower(s[c]) && (w.RelativeStarts.Contains(s.AsSpan(c, ce - c)) || s.AsSpan(c, ce - c).EndsWith("ed", StringComparison.Ordinal))) return false;
        // The clause gives a figure: a digit or a word that counts, before the sentence ends.
        for (var k = c; k < s.Length; k++)
        {
            if (char.IsAsciiDigit(s[k])) return true;
            if (char.IsLetter(s[k]) && (k == 0 || !char.IsLetter(s[k - 1])) && WordEnd(s, k) is var ke && ke > k && w.NumberWords.Contains(s.AsSpan(k, ke - k))) return true;
        }
        return false;
    }

    // Whether the source at `from`..`to` of the sentence is a report that speaks for its "that" clause (its press, or the report
    // itself, right before "that"): such a report stays a source where someone else in the sentence speaks too ("X said, amid
    // reports that 9,000 …"), unlike estimates that speak only by themselves.
    public bool OpensReportClause(string s, int from, int to) =>
        to > from && to <= s.Length && SkipWhiteSpace(s, to) is var p && p > to && WordEnd(s, p) is var e
        && s.AsSpan(p, e - p).Equals("that", StringComparison.Ordinal) && (reportClauseWords.Nouns.Contains(LastWord(s, from, to)) || reportClauseWords.Media.Contains(LastWord(s, from, to)));

    private static ReadOnlySpan<char> LastWord(string s, int from, int to)
    {
        var b = to;
        while (b > from && char.IsLetter(s[b - 1])) b--;
        return s.AsSpan(b, to - b);
    }

    // The word right before `at` (letters, apostrophes, hyphens, in either case: "ISW", "hasn't"), and where it starts.
    private static bool AnyWordBefore(string s, int at, out ReadOnlySpan<char> word, out int start)
    {
        word = [];
        var e = SkipWhiteSpaceBack(s, at);
        start = e;
        if (e == at) return false;
        while (start > 0 && (char.IsLetter(s[start - 1]) || s[start - 1] is '\'' or '’' or '-')) start--;
        if (start == e) return false;
        word = s.AsSpan(start, e - start);
        return true;
    }
}
