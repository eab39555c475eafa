using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Splits a sentence into its clauses (<see cref="Clause"/>). A clause ends at a semicolon, a colon, a spaced dash,
/// a comma that is not inside a number or a date ("10,000", "Oct. 23, 2024"), before "and"/"but"/"while" that open
/// a new figure ("…sent and 8,000 more are expected"), before "that" or a pronoun after a reporting verb ("said on
/// Monday that…", "said on Friday they had…"), and between the two ends of a change ("rose from 3,000 in October |
/// to 11,000 in December", "will fall to 1,000 | from 1,700 in April"). Leading adverbials ("In September, before
/// any troops had left, …") join the clause they introduce. The words are the lexicon's (<c>Data/lexicon/clauses.json</c>).
/// </summary>
public sealed partial class Clauses
{
    private readonly Regex afterReportingVerb, newFigure, between, changeFrom, changeFromStart, changeTo, count, fronted, dependentStart, reportingVerb;

    public Clauses(Lexicon? lexicon = null)
    {
        var l = lexicon ?? Lexicon.Default;
        afterReportingVerb = l.Regex("clause_after_statement");
        newFigure = l.Regex("clause_new_figure", RegexOptions.None);
        between = l.Regex("clause_open_between");
        changeFrom = l.Regex("clause_change_from", RegexOptions.None);
        changeFromStart = l.Regex("clause_change_from_start");
        changeTo = l.Regex("clause_change_to", RegexOptions.None);
        count = l.Regex("clause_count");
        fronted = l.Regex("clause_fronted_start");
        dependentStart = l.Regex("clause_dependent_start", RegexOptions.None);
        reportingVerb = l.Regex("clause_statement_verb");
    }

    /// <summary>Clauses read with the kit's vocabulary.</summary>
    public static Clauses Default { get; } = new();

    /// <summary>The clauses of <paramref name="sentence"/>, in order, with document offsets.</summary>
    public IReadOnlyList<Clause> Of(Sentence sentence)
    {
        var s = sentence.Text;
        var cuts = new SortedSet<int>();
        foreach (Match m in Boundary().Matches(s)) cuts.Add(m.Index + m.Length);
        foreach (Match m in afterReportingVerb.Matches(s)) cuts.Add(m.Index + m.Length);
        // The cuts around figures ("and 8,000 more", "from 3,000 … to 11,000") need a number.
        if (HasNumber(s))
        {
            foreach (Match m in newFigure.Matches(s))
                if (!between.IsMatch(s[..m.Index])) cuts.Add(m.Index);
            foreach (Match m in changeFrom.Matches(s))
                if (HasNumber(s[LastCut(cuts, m.Index)..m.Index])) cuts.Add(m.Index);
            foreach (Match m in changeTo.Matches(s))
                if (changeFromStart.IsMatch(s[LastCut(cuts, m.Index)..m.Index])) cuts.Add(m.Index);
        }

        var pieces = new List<(int Start, int End)>();
        var start = 0;
        foreach (var cut in cuts.Append(s.Length))
        {
            if (cut <= start) continue;
            var (a, b) = Trim(s, start, cut);
            if (b > a) pieces.Add((a, b));
            start = cut;
        }
        // Leading adverbials join the clause they introduce.
        while (pieces.Count > 1 && fronted.IsMatch(s[pieces[0].Start..pieces[0].End]) && !HasNumberWord(s[pieces[0].Start..pieces[0].End]))
        {
            pieces[1] = (pieces[0].Start, pieces[1].End);
            pieces.RemoveAt(0);
        }
        return pieces.Select(p => new Clause(sentence.Index, new TextSpan(sentence.Start + p.Start, sentence.Start + p.End), RoleOf(s[p.Start..p.End]))).ToArray();
    }

    /// <summary>Whether <paramref name="clause"/> carries a statement's verb ("said", "told", "according to").</summary>
    public bool Reports(string clause) => reportingVerb.IsMatch(clause);

    /// <summary>Where the statement verbs of <paramref name="clause"/> are, as spans of it.</summary>
    public IEnumerable<TextSpan> ReportingVerbs(string clause) =>
        reportingVerb.Matches(clause).Select(m => new TextSpan(m.Index, m.Index + m.Length));

    private ClauseRole RoleOf(string clause) =>
        Reports(clause) ? ClauseRole.Reporting
        : dependentStart.IsMatch(clause) ? ClauseRole.Dependent
        : ClauseRole.Main;

    private static int LastCut(SortedSet<int> cuts, int before) => cuts.GetViewBetween(0, before).DefaultIfEmpty(0).Max();

    private static bool HasNumber(string text) => text.Any(char.IsDigit);

    // A fronted adverbial holds a date, not a figure: "As of 31 March 2015" has digits but no count.
    private bool HasNumberWord(string text) => count.IsMatch(text);

    private static (int, int) Trim(string s, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(s[start]) || s[start] is ',' or ';' or ':' or '—' or '–')) start++;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or ';' or ':' or '—' or '–' or '.')) end--;
        return (start, end);
    }

    // ";" ":" " — " and commas, but not a comma inside a number ("10,000") or before a year ("Oct. 23, 2024").
    [GeneratedRegex(@"[;:](?!\d)|\s[—–-]\s|,(?!\d)(?!\s(?:19|20)\d{2}\b)")]
    private static partial Regex Boundary();
}
