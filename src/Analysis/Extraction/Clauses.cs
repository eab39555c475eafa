using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Splits a sentence into its clauses (<see cref="Clause"/>). A clause ends at a semicolon, a colon, a spaced dash,
/// a comma that is not inside a number or a date ("10,000", "Oct. 23, 2024"), before "and"/"but"/"while" that open
/// a new figure ("…sent and 8,000 more are expected"), before "that" or a pronoun after a reporting verb ("said on
/// Monday that…", "said on Friday they had…"), and between the two ends of a change ("rose from 3,000 in October |
/// to 11,000 in December", "will fall to 1,000 | from 1,700 in April"). Leading adverbials ("In September, before
/// any troops had left, …") join the clause they introduce.
/// </summary>
public static partial class Clauses
{
    /// <summary>The clauses of <paramref name="sentence"/>, in order, with document offsets.</summary>
    public static IReadOnlyList<Clause> Of(Sentence sentence)
    {
        var s = sentence.Text;
        var cuts = new SortedSet<int>();
        foreach (Match m in Boundary().Matches(s)) cuts.Add(m.Index + m.Length);
        foreach (Match m in AfterReportingVerb().Matches(s)) cuts.Add(m.Index + m.Length);
        foreach (Match m in NewFigure().Matches(s))
            if (!Between().IsMatch(s[..m.Index])) cuts.Add(m.Index);
        foreach (Match m in ChangeFrom().Matches(s))
            if (HasNumber(s[LastCut(cuts, m.Index)..m.Index])) cuts.Add(m.Index);
        foreach (Match m in ChangeTo().Matches(s))
            if (ChangeFromStart().IsMatch(s[LastCut(cuts, m.Index)..m.Index])) cuts.Add(m.Index);

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
        while (pieces.Count > 1 && Fronted().IsMatch(s[pieces[0].Start..pieces[0].End]) && !HasNumberWord(s[pieces[0].Start..pieces[0].End]))
        {
            pieces[1] = (pieces[0].Start, pieces[1].End);
            pieces.RemoveAt(0);
        }
        return pieces.Select(p => new Clause(sentence.Index, new TextSpan(sentence.Start + p.Start, sentence.Start + p.End), RoleOf(s[p.Start..p.End]))).ToArray();
    }

    /// <summary>Whether <paramref name="clause"/> carries a statement's verb ("said", "told", "according to").</summary>
    public static bool Reports(string clause) => ReportingVerb().IsMatch(clause);

    /// <summary>Where the statement verbs of <paramref name="clause"/> are, as spans of it.</summary>
    public static IEnumerable<TextSpan> ReportingVerbs(string clause) =>
        ReportingVerb().Matches(clause).Select(m => new TextSpan(m.Index, m.Index + m.Length));

    private static ClauseRole RoleOf(string clause) =>
        Reports(clause) ? ClauseRole.Reporting
        : DependentStart().IsMatch(clause) ? ClauseRole.Dependent
        : ClauseRole.Main;

    private static int LastCut(SortedSet<int> cuts, int before) => cuts.GetViewBetween(0, before).DefaultIfEmpty(0).Max();

    private static bool HasNumber(string text) => NumberInText().IsMatch(text);

    // A fronted adverbial holds a date, not a figure: "As of 31 March 2015" has digits but no count.
    private static bool HasNumberWord(string text) => CountInText().IsMatch(text);

    private static (int, int) Trim(string s, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(s[start]) || s[start] is ',' or ';' or ':' or '—' or '–')) start++;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or ';' or ':' or '—' or '–' or '.')) end--;
        return (start, end);
    }

    private const string Reporting = @"(?:said|says|say|told|tells|claimed|claims|announced|announces|reported|added|adds|confirmed|confirms|stated|wrote|testified|warned|insisted|acknowledged|noted|estimated|estimates|believes|according\s+to)";

    // ";" ":" " — " and commas, but not a comma inside a number ("10,000") or before a year ("Oct. 23, 2024").
    [GeneratedRegex(@"[;:](?!\d)|\s[—–-]\s|,(?!\d)(?!\s(?:19|20)\d{2}\b)")]
    private static partial Regex Boundary();

    // "said on Monday | that…", "said on Friday | they had…": the statement ends where its content begins.
    [GeneratedRegex(@"\b" + Reporting + @"(?:\s+(?:on|in|last|this|earlier|late|early)\s+[\p{L}.]+(?:\s+\d{1,2})?)?(?=\s+(?:that|they|it|he|she|we)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterReportingVerb();

    [GeneratedRegex(@"\s(?=(?:and|but|while|whereas)\s+(?:(?:about|some|another|roughly|nearly|around|more\s+than|at\s+least)\s+)?\d)")]
    private static partial Regex NewFigure();

    [GeneratedRegex(@"\bbetween\b(?!.*\band\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\s(?=(?:up\s+|down\s+)?from\s+(?:(?:about|some|roughly|nearly|around|more\s+than|at\s+least)\s+)?\d)")]
    private static partial Regex ChangeFrom();

    [GeneratedRegex(@"\bfrom\s+(?:(?:about|some|roughly|nearly|around|more\s+than|at\s+least)\s+)?\d")]
    private static partial Regex ChangeFromStart();

    [GeneratedRegex(@"\s(?=to\s+(?:(?:about|some|roughly|nearly|around|more\s+than|at\s+least)\s+)?\d)")]
    private static partial Regex ChangeTo();

    [GeneratedRegex(@"\d")]
    private static partial Regex NumberInText();

    [GeneratedRegex(@"\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,3}(?:troops|soldiers|men|personnel|forces|fighters|reservists|officers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountInText();

    [GeneratedRegex(@"^(?:in|on|at|by|between|from|since|during|after|before|as\s+of|earlier|later|last|this|until|over|early|late|mid|within|throughout|when|once)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fronted();

    [GeneratedRegex(@"^(?:[\p{Ll}]+ing|with|including|up\s+from|down\s+from|which)\b")]
    private static partial Regex DependentStart();

    [GeneratedRegex(@"\b" + Reporting + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerb();
}
