namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A bracket right after a figure that holds only names gives the figure's sources, as fact boxes and explainers set them:
/// "Troops sent: about 11,000 (NIS); 10,000-12,000 (U.S., Ukraine)", "some 1,000 troops (French army figures)".
/// </summary>
internal sealed partial class CitationRoles
{
    // Lower-case words such a bracket may hold beside the names (bracket_source_words).
    private readonly WordSet bracketSourceWords;

    // Whether the name between `before` and `after` stands in such a bracket: the bracket opens right after a number (or a number
    // and up to three words of its noun), closes within a few words, and holds no digit and no word but names and those above.
    private bool InBracketAfterFigure(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var open = before.LastIndexOf('(');
        if (open < 0 || before.Length - open > 40 || before[(open + 1)..].IndexOf(')') >= 0) return false;
        var close = after.IndexOf(')');
        if (close < 0 || close > 40 || after[..close].IndexOf('(') >= 0) return false;
        return OnlyNames(before[(open + 1)..]) && OnlyNames(after[..close]) && FigureEndsAt(before[..open])
            && !AcronymInNounPhrase(before[..open], after[(close + 1)..]);
    }

    // "Some 50 Kurdistan Workers Party (PKK) militants were killed": a bracket between a name that only capitalised words join to
    // the number and a lower-case noun is that name's acronym, inside the figure's own noun phrase, not its source ("about 5,000
    // to Kursk (Reuters) were" has a lower-case word between, "50 troops (Reuters)" no name).
    private static bool AcronymInNounPhrase(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var next = after.TrimStart();
        if (next.IsEmpty || !char.IsLower(next[0])) return false;
        var text = before.TrimEnd();
        var names = 0;
        while (!text.IsEmpty)
        {
            var space = text.LastIndexOf(' ');
            var word = text[(space + 1)..];
            if (word.ContainsAnyInRange('0', '9')) return names > 0;
            if (word.IsEmpty || !char.IsUpper(word[0]) || word[^1] is ',' or ';' or ':' or '.') return false;
            names++;
            if (space < 0) break;
            text = text[..space].TrimEnd();
        }
        return false;
    }

    private bool OnlyNames(ReadOnlySpan<char> words)
    {
        foreach (var range in words.SplitAny(" ,;/"))
        {
            var word = words[range];
            if (word.IsEmpty) continue;
            if (word.ContainsAnyInRange('0', '9')) return false;
            if (!char.IsUpper(word[0]) && !bracketSourceWords.Contains(word)) return false;
        }
        return true;
    }

    // A number among the last four words before the bracket, with no mark between that ends a phrase; not a year alone
    // ("sent in 2024 (Reuters)").
    private static bool FigureEndsAt(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        for (var words = 0; words < 4 && !text.IsEmpty; words++)
        {
            var space = text.LastIndexOf(' ');
            var word = text[(space + 1)..];
            if (word.Length > 0 && word[^1] is ',' or ';' or ':' or '.' or ')' or '"' or '”') return false;
            if (word.ContainsAnyInRange('0', '9'))
                return !(word.Length == 4 && word[0] is '1' or '2' && !word.ContainsAnyExcept("0123456789"));
            if (space < 0) break;
            text = text[..space].TrimEnd();
        }
        return false;
    }
}
