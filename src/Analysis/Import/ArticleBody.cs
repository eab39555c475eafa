using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Analysis.Corpus;

namespace Analysis.Import;

/// <summary>
/// An article's main content (HTML, as SmartReader returns it or a feed item carries it) as the kit's
/// paragraphs: the text of each innermost block (<c>p</c>, headings, list items, quotes…), white space
/// collapsed, one paragraph per block. What is not story text is left out: figures and their
/// captions, datelines, asides, forms, scripts, share and "related" boxes, and the lines CMSs put between
/// paragraphs ("Advertisement", "Read more: …").
/// </summary>
internal static class ArticleBody
{
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td, div";

    private const string NotStory =
        "figure, figcaption, aside, nav, form, button, script, style, noscript, iframe, svg, template, " +
        "[class*='caption' i], [class*='related' i], [class*='share' i], [class*='social' i], [class*='newsletter' i], " +
        "[class*='advert' i], [class*='promo' i], [class*='subscribe' i], [aria-hidden='true']";

    // Paragraphs that are a CMS's furniture, not the story: dropped when a paragraph starts with one of these.
    private static readonly string[] Furniture =
        ["advertisement", "read more", "read also", "also read", "related:", "related articles", "related stories", "related sources",
         "click here", "sign up", "subscribe", "share this", "follow us", "copyright ©", "© "];

    public static IReadOnlyList<string> Paragraphs(string contentHtml) => Paragraphs(Parse(contentHtml).Body!);

    public static IReadOnlyList<string> Paragraphs(IElement content)
    {
        foreach (var element in content.QuerySelectorAll(NotStory).ToList()) element.Remove();
        var paragraphs = new List<string>();
        foreach (var block in content.QuerySelectorAll(Blocks))
        {
            // Innermost blocks only, and a div only when it holds text of its own (a CMS's <div> paragraphs).
            if (block.QuerySelector(Blocks) is not null && !HasOwnText(block)) continue;
            var text = PageMetadata.Clean(block.QuerySelector(Blocks) is null ? block.TextContent : OwnText(block));
            if (text is null || IsFurniture(text) || IsDateline(block, text)) continue;
            paragraphs.Add(text);
        }
        if (paragraphs.Count == 0 && PageMetadata.Clean(content.TextContent) is { } all && !IsFurniture(all)) paragraphs.Add(all);
        return paragraphs;
    }

    internal static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static bool IsFurniture(string text) =>
        Furniture.Any(f => text.StartsWith(f, StringComparison.OrdinalIgnoreCase))
        // WordPress feeds end each item with "The post <title> appeared first on <site>."
        || FeedFooters.IsPostFooter(text);

    // "Updated 9 November · Published 6 November 2024": a short line around a <time> is the article's dateline, not its story.
    private static bool IsDateline(IElement block, string text) => text.Length < 100 && block.QuerySelector("time") is not null;

    private static bool HasOwnText(IElement element) =>
        element.ChildNodes.Any(n => n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent));

    // The text of an element's own text nodes and inline children, not of the blocks inside it.
    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.Select(n => n switch
        {
            IElement child when child.Matches(Blocks) => " ",
            _ => n.TextContent,
        }));
}
