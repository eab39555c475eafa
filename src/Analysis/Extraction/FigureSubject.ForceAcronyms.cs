namespace Analysis.Extraction;

using Analysis.Corpus;

internal sealed partial class TroopCountFinder
{
    // The longest initials read in brackets after a force's name ("(MSS)", "(MNJTF)").
    private const int LongestForceAcronym = 8;

    // "the Multinational Security Support Mission (MSSM) ... The MSSM, spearheaded by ..., remains below its planned strength of
    // 1,000", "a new Gang Suppression Force (GSF) ... The GSF will comprise over 5,500 personnel": initials a text gives in brackets
    // to a force of several states (right after its name, or inside it: "Multinational Security Support (MSS) mission") stand for
    // that force later, so HeldByForceOfSeveral reads them as it reads the name. Read once per text (per thread).
    [ThreadStatic] private static (TroopCountFinder Owner, string Text, List<string> Initials) forceInitials;

    private List<string> ForceInitials(string text)
    {
        if (ReferenceEquals(forceInitials.Owner, this) && ReferenceEquals(forceInitials.Text, text)) return forceInitials.Initials;
        var initials = new List<string>();
        void Read(int from, int to)
        {
            var after = SourceText.SkipWhiteSpace(text, to);
            for (var open = text.IndexOf('(', from, Math.Min(after + 1, text.Length) - from); open >= 0;
                 open = open + 1 < text.Length && open < after ? text.IndexOf('(', open + 1, Math.Min(after + 1, text.Length) - open - 1) : -1)
            {
                var close = open + 1;
                while (close < text.Length && close - open <= LongestForceAcronym && char.IsUpper(text[close])) close++;
                if (close < text.Length && text[close] == ')' && close - open > 2 && !initials.Contains(text[(open + 1)..close]))
                    initials.Add(text[(open + 1)..close]);
            }
        }
        // Read only in a text that brackets initials somewhere (about half of them): elsewhere the heads' walks over the whole
        // text could find none.
        if (HasBracketedInitials(text))
        {
            foreach (var m in kindWords.MultinationalForceHeads.Find(text)) Read(m.Span.Start, m.Span.End);
            foreach (var m in multinationalNames.Find(text)) Read(m.Span.Start, m.Span.End);
            foreach (var led in LedForceHeads(text, 0, text.Length)) Read(led.Start, led.End);
        }
        forceInitials = (this, text, initials);
        return initials;
    }

    // Whether the text holds anywhere what Read takes for initials: "(", two to LongestForceAcronym capitals, ")".
    private static bool HasBracketedInitials(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = open + 1 < text.Length ? text.IndexOf('(', open + 1) : -1)
        {
            var close = open + 1;
            while (close < text.Length && close - open <= LongestForceAcronym && char.IsUpper(text[close])) close++;
            if (close < text.Length && text[close] == ')' && close - open > 2) return true;
        }
        return false;
    }

    // The last place in [start, at) where one of ForceInitials stands as a word of its own (not the bracketed definition), or null.
    private TextSpan? ForceInitialsBefore(string text, int start, int at)
    {
        TextSpan? last = null;
        foreach (var initials in ForceInitials(text))
            for (var i = text.IndexOf(initials, start, at - start, StringComparison.Ordinal); i >= 0;
                 i = i + 1 < at ? text.IndexOf(initials, i + 1, at - i - 1, StringComparison.Ordinal) : -1)
            {
                var end = i + initials.Length;
                if ((i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '(')) || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
                if (last is null || i > last.Value.Start) last = new TextSpan(i, end);
            }
        return last;
    }
}
