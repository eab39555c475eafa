using System.Text.Json;

namespace Analysis.Import;

/// <summary>
/// The schema.org article a page describes in its JSON-LD blocks (<c>&lt;script type="application/ld+json"&gt;</c>):
/// a <c>NewsArticle</c> (or one of its kinds) first, else any <c>Article</c> or <c>BlogPosting</c>, found at the
/// top level, in an array or in an <c>@graph</c>. Values come in the shapes CMSs write: a string, an object with
/// a <c>name</c> or <c>@id</c>, or an array of those.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Publisher, string? Author, string? Url, string? Language)
{
    private static readonly string[] NewsTypes =
        ["NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "LiveBlogPosting"];

    private static readonly string[] ArticleTypes = ["Article", "BlogPosting", "Report", "ScholarlyArticle", "WebPage"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// The article described by <paramref name="blocks"/> (the text of each JSON-LD script), or null.
    /// <paramref name="broken"/> counts blocks that are not JSON: the page's other metadata is used instead.
    /// </summary>
    public static JsonLdArticle? Find(IEnumerable<string> blocks, out int broken)
    {
        broken = 0;
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var block in blocks)
            {
                try
                {
                    documents.Add(JsonDocument.Parse(Unwrap(block), Options));
                }
                catch (JsonException)
                {
                    broken++;
                }
            }
            var nodes = documents.SelectMany(d => Nodes(d.RootElement)).ToList();
            // Yoast and other generators name the publisher by reference ({"@id": "…#organization"}) to a node of the graph.
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var node in nodes)
                if (node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && node.TryGetProperty("name", out _))
                    byId.TryAdd(id.GetString()!, node);

            JsonLdArticle? news = null, article = null;
            foreach (var node in nodes)
            {
                var types = Strings(node.TryGetProperty("@type", out var t) ? t : default, byId).ToList();
                if (news is null && types.Any(NewsTypes.Contains)) news = From(node, byId);
                else if (article is null && types.Any(ArticleTypes.Contains) && HasArticleFields(node)) article = From(node, byId);
            }
            return news ?? article;
        }
        finally
        {
            foreach (var document in documents) document.Dispose();
        }
    }

    // CMS templates wrap the JSON in HTML comments or CDATA markers now and then.
    private static string Unwrap(string block) => block.Trim()
        .Replace("<!--", "").Replace("-->", "").Replace("//<![CDATA[", "").Replace("//]]>", "").Replace("<![CDATA[", "").Replace("]]>", "");

    private static bool HasArticleFields(JsonElement node) =>
        node.TryGetProperty("headline", out _) || node.TryGetProperty("datePublished", out _);

    private static JsonLdArticle From(JsonElement node, Dictionary<string, JsonElement> byId) => new(
        First(node, "headline", byId) ?? First(node, "name", byId),
        First(node, "datePublished", byId) ?? First(node, "dateCreated", byId),
        NotAddress(First(node, "publisher", byId) ?? First(node, "sourceOrganization", byId)),
        Names(node, "author", byId) ?? Names(node, "creator", byId),
        First(node, "url", byId) ?? First(node, "mainEntityOfPage", byId, resolve: false),
        First(node, "inLanguage", byId));

    // Every object of a JSON-LD value: the value itself, the items of an array, the items of an @graph.
    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var node in Nodes(item)) yield return node;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var node in Nodes(graph)) yield return node;
        }
    }

    private static string? First(JsonElement node, string property, Dictionary<string, JsonElement> byId, bool resolve = true) =>
        node.TryGetProperty(property, out var value) ? Strings(value, resolve ? byId : null).FirstOrDefault() : null;

    private static string? Names(JsonElement node, string property, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty(property, out var value)) return null;
        var names = Strings(value, byId).Where(n => !IsAddress(n)).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    // A value as text: a string, an object's name (else, when it refers to a node of the page, that node's name;
    // else its @id or url), each item of an array.
    private static IEnumerable<string> Strings(JsonElement value, Dictionary<string, JsonElement>? byId)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (value.GetString() is { } s && !string.IsNullOrWhiteSpace(s)) yield return s.Trim();
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                    foreach (var text in Strings(item, byId)) yield return text;
                break;
            case JsonValueKind.Object:
                if (!value.TryGetProperty("name", out _) && byId is not null && value.TryGetProperty("@id", out var reference)
                    && reference.ValueKind == JsonValueKind.String && byId.TryGetValue(reference.GetString()!, out var named))
                    value = named;
                foreach (var key in new[] { "name", "@id", "url" })
                    if (value.TryGetProperty(key, out var inner) && Strings(inner, null).FirstOrDefault() is { } found)
                    {
                        yield return found;
                        break;
                    }
                break;
        }
    }

    private static string? NotAddress(string? text) => text is null || IsAddress(text) ? null : text;

    internal static bool IsAddress(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
