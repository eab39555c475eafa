namespace Analysis.Import;

/// <summary>
/// An imported article in the kit's text format (README "Adding articles"): the headline line, a
/// blank line, the paragraphs separated by blank lines, and a closing <c>Related Sources:</c> list of
/// the outbound links (empty when there are none). Each paragraph is one line.
/// </summary>
public static class ArticleFile
{
    public static string Text(ImportedArticle article)
    {
        var lines = new List<string> { OneLine(article.Title), "" };
        foreach (var paragraph in article.Paragraphs)
        {
            lines.Add(OneLine(paragraph));
            lines.Add("");
        }
        lines.Add("Related Sources:");
        lines.AddRange(article.RelatedLinks.Select(l => $"- {l}"));
        return string.Join('\n', lines) + "\n";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
