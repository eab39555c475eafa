using AngleSharp.Html.Dom;

namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// One web page (saved from a browser or fetched) as an article: the main text found by SmartReader
/// (Mozilla's Readability, ported), as paragraphs; the metadata the page carries
/// (<see cref="PageMetadata"/>); the outbound article links of the text. A page with no article
/// (an index, a login wall, a page of links) or not in English is a problem, and nothing is imported from it.
/// </summary>
internal static class SavedPage
{
    /// <summary>Less body text than this and the page holds no article (a headline and a teaser at most).</summary>
    public const int MinArticleCharacters = 200;

    /// <summary>How many paragraphs from the top a printed byline may stand (a standfirst or a repeated title above it).</summary>
    private const int BylineParagraphs = 3;

    public static ImportedArticle? Read(string source, string html, Uri? fetchedFrom, ICollection<LoadProblem> problems)
    {
        var page = ArticleBody.Parse(html);
        var metadata = PageMetadata.Read(page, html, fetchedFrom);
        if (metadata.Problem is { } metadataProblem) problems.Add(new LoadProblem(source, null, metadataProblem, ProblemAction.LoadedWithFallback));

        // SmartReader gets the page's text, not our parse: it rewrites what it reads, and no AngleSharp type crosses into it
        // (in the VS Code notebook kernel, handing it our parsed document failed with MissingMethodException, its
        // constructor's AngleSharp type not being ours there). Relative links resolve against the canonical address.
        var address = metadata.Url ?? fetchedFrom?.AbsoluteUri ?? "https://saved.page.invalid/";
        SmartReader.Article article;
        try
        {
            article = new SmartReader.Reader(address, html).GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add(new LoadProblem(source, null, $"the page could not be read as an article ({e.GetType().Name}: {e.Message})", ProblemAction.Skipped));
            return null;
        }

        var content = string.IsNullOrWhiteSpace(article.Content) ? null : ArticleBody.Parse(article.Content).Body;
        var links = content is null ? [] : OutboundLinks.Of(content, address);
        var paragraphs = content is null ? [] : ArticleBody.Paragraphs(content).ToList();
        var title = PageMetadata.Clean(metadata.Title) ?? PageMetadata.Clean(article.Title) ?? PageMetadata.Clean(page.QuerySelector("h1")?.TextContent);
        // "By Anna Kowal" as a paragraph of its own above the story, a byline without the markup that would have named it one:
        // the article's author (in the manifest, where a byline Readability recognises goes), and no paragraph of the story.
        string? printedAuthor = null;
        for (var i = 0; i < Math.Min(paragraphs.Count, BylineParagraphs); i++)
            if (PrintedByline.Author(paragraphs[i]) is { } names)
            {
                printedAuthor = names;
                paragraphs.RemoveAt(i);
                break;
            }
        // Readability keeps a heading that repeats the title now and then; the title line already says it.
        if (paragraphs.Count > 0 && title is not null && string.Equals(paragraphs[0], title, StringComparison.OrdinalIgnoreCase)) paragraphs.RemoveAt(0);

        var length = paragraphs.Sum(p => p.Length);
        if (length < MinArticleCharacters)
        {
            problems.Add(new LoadProblem(source, null,
                $"holds no article: {(length == 0 ? "no main text was found" : $"its main text is {length} characters, under the {MinArticleCharacters} of a news article")} (an index, a login wall or a page of links?)",
                ProblemAction.Skipped));
            return null;
        }
        if (EnglishText.NotEnglish(paragraphs, metadata.Language ?? article.Language) is { } language)
        {
            problems.Add(new LoadProblem(source, null, $"is not in English, the language the kit reads: {language}", ProblemAction.Skipped));
            return null;
        }
        if (title is null)
        {
            problems.Add(new LoadProblem(source, null, "has no title; its first sentence stands in for it", ProblemAction.LoadedWithFallback));
            title = paragraphs[0].Length > 120 ? paragraphs[0][..120].TrimEnd() + "…" : paragraphs[0];
        }

        var published = metadata.Published ?? (article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null);
        var outlet = metadata.Outlet ?? PageMetadata.Clean(article.SiteName);
        var author = metadata.Author ?? WithoutBy(PageMetadata.Clean(article.Author) ?? PageMetadata.Clean(article.Byline)) ?? printedAuthor;
        return new ImportedArticle(source, title, paragraphs, links, new DocumentMetadata(title, published, outlet, metadata.Url, author));
    }

    // A byline as pages print it: "By Mira Okafor" is the author "Mira Okafor".
    private static string? WithoutBy(string? byline) =>
        byline is not null && byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? PageMetadata.Clean(byline[3..]) : byline;
}
