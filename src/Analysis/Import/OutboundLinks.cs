using AngleSharp.Dom;

namespace Analysis.Import;

/// <summary>
/// The links of an article's body that lead to another site's article: what the kit's
/// <c>Related Sources:</c> list holds. Links to the page's own site, share buttons, tag and author
/// pages, home pages, images and non-web addresses are left out; each address once, without its
/// fragment, in reading order.
/// </summary>
internal static class OutboundLinks
{
    private static readonly string[] SharePaths = ["/intent/", "/sharer", "/share", "sharearticle", "/pin/create", "/submit"];

    private static readonly string[] ListingPaths = ["/tag/", "/tags/", "/topic/", "/topics/", "/category/", "/author/", "/authors/", "/search", "/login", "/subscribe"];

    private static readonly string[] NotPages = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".mp3", ".mp4", ".css", ".js"];

    public static IReadOnlyList<string> Of(IElement content, string? pageUrl)
    {
        var page = pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var p) ? p : null;
        var links = new List<string>();
        foreach (var anchor in content.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            Uri? target = Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute
                : page is not null && Uri.TryCreate(page, href, out var resolved) ? resolved : null;
            if (target is null || target.Scheme is not ("http" or "https")) continue;
            if (page is not null && SameSite(target.Host, page.Host)) continue;
            if (!LooksLikeArticle(target)) continue;
            var address = new UriBuilder(target) { Fragment = "" }.Uri.AbsoluteUri;
            if (!links.Contains(address, StringComparer.Ordinal)) links.Add(address);
        }
        return links;
    }

    private static bool LooksLikeArticle(Uri target)
    {
        var path = target.AbsolutePath.ToLowerInvariant();
        if (path.Length <= 1) return false;
        if (SharePaths.Any(path.Contains) || ListingPaths.Any(path.Contains)) return false;
        return !NotPages.Any(path.EndsWith);
    }

    // "www.example.com" and "news.example.com" are one site; "example.co.kr" and "other.co.kr" are not.
    internal static bool SameSite(string a, string b)
    {
        a = WithoutWww(a);
        b = WithoutWww(b);
        return a.Equals(b, StringComparison.OrdinalIgnoreCase)
            || a.EndsWith("." + b, StringComparison.OrdinalIgnoreCase)
            || b.EndsWith("." + a, StringComparison.OrdinalIgnoreCase);
    }

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
