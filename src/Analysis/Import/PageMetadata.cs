using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Analysis.Import;

/// <summary>
/// What a page says about its article, each field from the most specific place that has it:
/// schema.org JSON-LD first, then Open Graph and <c>article:*</c> meta tags, then plain meta tags
/// (<c>date</c>, <c>author</c>, Dublin Core…), then the page's <c>&lt;time datetime&gt;</c>, <c>&lt;title&gt;</c>
/// and <c>&lt;html lang&gt;</c>. The address is the canonical link, else <c>og:url</c>, else JSON-LD's,
/// else the address a browser noted when saving the page, else the address it was fetched from.
/// </summary>
internal sealed partial record PageMetadata(
    string? Title, DateOnly? Published, string? Outlet, string? Url, string? Author, string? Language, string? Problem)
{
    // Names CMSs give the publication date in plain <meta name=…> tags, most common first.
    private static readonly string[] DateMetaNames =
        ["date", "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "dc.date.issued", "dc.date", "dcterms.issued",
         "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date", "originalpublicationdate"];

    private static readonly string[] AuthorMetaNames = ["author", "byl", "dc.creator", "sailthru.author", "parsely-author"];

    [GeneratedRegex(@"<!--\s*saved from url=\(\d+\)(?<url>\S+?)\s*-->|<!--\s*Page saved with SingleFile\s*url:\s*(?<url>\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex SavedFrom();

    public static PageMetadata Read(IDocument page, string html, Uri? fetchedFrom)
    {
        var ld = JsonLdArticle.Find(page.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent), out var broken) is { } found
            ? found with { Headline = Clean(found.Headline), Publisher = Clean(found.Publisher), Author = Clean(found.Author) }
            : null;
        var meta = MetaTags(page);

        var published = PageDate.Parse(ld?.DatePublished)
            ?? PageDate.Parse(Get(meta, "article:published_time", "og:article:published_time", "og:published_time"))
            ?? DateMetaNames.Select(n => PageDate.Parse(Get(meta, n))).FirstOrDefault(d => d is not null)
            ?? PageDate.Parse(Get(meta, "datepublished"))
            ?? PageDate.Parse(TimeElement(page));

        var url = Absolute(page.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), fetchedFrom)
            ?? Absolute(Get(meta, "og:url"), fetchedFrom)
            ?? Absolute(ld?.Url, fetchedFrom)
            ?? Absolute(SavedFrom().Match(html) is { Success: true } m ? m.Groups["url"].Value : null, null)
            ?? fetchedFrom?.AbsoluteUri;

        var outlet = ld?.Publisher ?? Get(meta, "og:site_name", "application-name", "publisher", "dc.publisher");

        var author = ld?.Author
            ?? NotAddress(Get(meta, "article:author"))
            ?? AuthorMetaNames.Select(n => NotAddress(Get(meta, n))).FirstOrDefault(a => a is not null);

        var title = Whole(ld?.Headline, Get(meta, "og:title"), Clean(page.QuerySelector("h1")?.TextContent)) ?? Get(meta, "og:title", "twitter:title", "dc.title");
        if (title is null && Clean(page.Title) is { } pageTitle)
        {
            // <title> is the headline and the site's name ("Headline – Gazette"): the page's <h1> says where one ends.
            var (headline, site) = SplitTitle(pageTitle, Clean(page.QuerySelector("h1")?.TextContent));
            title = headline;
            outlet ??= site;
        }
        outlet ??= HostOf(url);

        var language = ld?.Language ?? Clean(page.DocumentElement.GetAttribute("lang")) ?? Get(meta, "og:locale", "content-language", "dc.language", "language");

        var problem = broken > 0 ? $"{(broken == 1 ? "a JSON-LD block is" : $"{broken} JSON-LD blocks are")} not valid JSON; the page's other metadata is used" : null;
        return new PageMetadata(title is null ? null : WithoutOutletSuffix(title, outlet), published, outlet, url, author, language, problem);
    }

    // meta tags by name, property, itemprop or http-equiv, lower-cased; the first value of each wins.
    private static Dictionary<string, string> MetaTags(IDocument page)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var content = Clean(meta.GetAttribute("content"));
            if (content is null) continue;
            foreach (var attribute in new[] { "property", "name", "itemprop", "http-equiv" })
                if (Clean(meta.GetAttribute(attribute)) is { } key) tags.TryAdd(key, content);
        }
        return tags;
    }

    private static string? Get(Dictionary<string, string> meta, params string[] names) =>
        names.Select(n => meta.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);

    // The <time> that dates the article: one marked as the publication time, else the first in the
    // article, else the first on the page (a "last updated" time is passed over when a published one exists).
    private static string? TimeElement(IDocument page)
    {
        var marked = page.QuerySelector("time[pubdate][datetime], time[itemprop='datePublished' i][datetime], time.published[datetime], time[class*='publish' i][datetime]");
        var element = marked
            ?? page.QuerySelector("article time[datetime]:not([class*='updat' i]):not([class*='modif' i])")
            ?? page.QuerySelector("time[datetime]:not([class*='updat' i]):not([class*='modif' i])")
            ?? page.QuerySelector("time[datetime]");
        return element?.GetAttribute("datetime");
    }

    private static string? Absolute(string? href, Uri? baseUrl)
    {
        if (Clean(href) is not { } text) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.AbsoluteUri;
        return baseUrl is not null && Uri.TryCreate(baseUrl, text, out var resolved) && resolved.Scheme is "http" or "https" ? resolved.AbsoluteUri : null;
    }

    private static string? HostOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host) : null;

    private static string? NotAddress(string? text) => text is null || JsonLdArticle.IsAddress(text) ? null : text;

    // JSON-LD headlines are often cut to 110 characters for search engines ("…"): the longer title it begins is the whole one.
    private static string? Whole(string? headline, params string?[] longer)
    {
        if (headline is null || !(headline.EndsWith('…') || headline.EndsWith("...", StringComparison.Ordinal))) return headline;
        var start = headline.TrimEnd('…', '.').TrimEnd();
        return longer.FirstOrDefault(t => t is not null && t.Length > start.Length && t.StartsWith(start, StringComparison.Ordinal)) ?? headline;
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: "];

    private static (string Headline, string? Site) SplitTitle(string title, string? h1)
    {
        if (h1 is null || !title.StartsWith(h1, StringComparison.Ordinal)) return (title, null);
        var rest = title[h1.Length..];
        var separator = TitleSeparators.FirstOrDefault(s => rest.StartsWith(s, StringComparison.Ordinal));
        return separator is null || Clean(rest[separator.Length..]) is not { } site ? (title, null) : (h1, site);
    }

    // "North Korea sends troops | Example News" -> "North Korea sends troops", when the outlet is the suffix.
    private static string WithoutOutletSuffix(string title, string? outlet)
    {
        if (outlet is null) return title;
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && string.Equals(title[(at + separator.Length)..].Trim(), outlet, StringComparison.OrdinalIgnoreCase)) return title[..at].Trim();
        }
        return title;
    }

    internal static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', System.Net.WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
