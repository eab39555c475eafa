using System.ServiceModel.Syndication;
using System.Xml;

namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// An RSS 2.0 or Atom feed as articles, one per item (System.ServiceModel.Syndication reads both):
/// the item's title, its own date and link, the feed's title as the outlet, and as the text the item's
/// full content (<c>content:encoded</c>, Atom <c>content</c>) when the feed carries it. An item with only a
/// summary is imported with the summary, and that is reported, since the figures are usually further down the story.
/// </summary>
internal static class NewsFeed
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>A description at least this long (in characters of text) is taken as the full article.</summary>
    public const int FullTextCharacters = 1000;

    /// <summary>Whether <paramref name="text"/> starts like a feed: an <c>rss</c>, <c>feed</c> or <c>rdf:RDF</c> root.</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<ImportedArticle> Read(string source, string xml, ICollection<LoadProblem> problems)
    {
        SyndicationFeed feed;
        var badDates = new List<string>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName switch
            {
                "rss" => new Rss20FeedFormatter(),
                "feed" => new Atom10FeedFormatter(),
                _ => throw new XmlException($"its root element is <{reader.Name}>, not <rss> (RSS 2.0) or <feed> (Atom); RSS 1.0 (RDF) feeds are not read"),
            };
            // A date the formatter cannot read would throw away the whole feed: it is kept as unknown, and reported.
            formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset value) =>
            {
                if (PageDate.TryParse(data.DateTimeString, out var day)) value = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                else
                {
                    badDates.Add(data.DateTimeString);
                    value = DateTimeOffset.MinValue;
                }
                return true;
            };
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException e)
        {
            problems.Add(new LoadProblem(source, e.LineNumber > 0 ? e.LineNumber : null, $"is not a feed that can be read: {e.Message}", ProblemAction.Skipped));
            return [];
        }

        var outlet = PageMetadata.Clean(feed.Title?.Text);
        var articles = new List<ImportedArticle>();
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var title = PageMetadata.Clean(item.Title?.Text);
            var where = $"item {index}{(title is null ? "" : $" ('{title}')")}";
            var (html, full) = Text(item);
            if (html is null)
            {
                problems.Add(new LoadProblem(source, null, $"{where} carries no text; not imported (put its link in a --urls file to fetch it)", ProblemAction.Skipped));
                continue;
            }
            var content = ArticleBody.Parse(html).Body!;
            var link = Link(item);
            var links = OutboundLinks.Of(content, link);
            var paragraphs = ArticleBody.Paragraphs(content);
            if (paragraphs.Count == 0)
            {
                problems.Add(new LoadProblem(source, null, $"{where} carries no text; not imported", ProblemAction.Skipped));
                continue;
            }
            if (EnglishText.NotEnglish(paragraphs, feed.Language) is { } language)
            {
                problems.Add(new LoadProblem(source, null, $"{where} is not in English, the language the kit reads: {language}", ProblemAction.Skipped));
                continue;
            }
            if (!full)
                problems.Add(new LoadProblem(source, null, $"{where} carries only a summary ({paragraphs.Sum(p => p.Length)} characters); the summary is imported (fetch {link ?? "its page"} with --urls for the whole story)", ProblemAction.LoadedWithFallback));
            var date = item.PublishDate != DateTimeOffset.MinValue ? item.PublishDate : item.LastUpdatedTime;
            // Feeds that date items with Dublin Core (<dc:date>) instead of <pubDate>.
            DateOnly? published = date != DateTimeOffset.MinValue ? DateOnly.FromDateTime(date.DateTime)
                : Extensions(item, "date", DublinCore).Select(PageDate.Parse).FirstOrDefault(d => d is not null);
            var author = string.Join(", ", item.Authors.Select(a => PageMetadata.Clean(a.Name) ?? PageMetadata.Clean(a.Email)).OfType<string>()
                .Concat(Extensions(item, "creator", DublinCore).Select(PageMetadata.Clean).OfType<string>()).Distinct());
            title ??= paragraphs[0].Length > 120 ? paragraphs[0][..120].TrimEnd() + "…" : paragraphs[0];
            articles.Add(new ImportedArticle($"{source} ({where})", title, paragraphs, links,
                new DocumentMetadata(title, published, outlet, link, author.Length == 0 ? null : author)));
        }
        foreach (var bad in badDates.Distinct())
            problems.Add(new LoadProblem(source, null, $"date '{bad}' is not a date the kit can read; the item is imported without it", ProblemAction.LoadedWithFallback));
        if (feed.Items.Any() is false)
            problems.Add(new LoadProblem(source, null, "is a feed with no items", ProblemAction.Skipped));
        return articles;
    }

    // The item's full text when the feed carries it (content:encoded, Atom content, a long description), else its summary.
    private static (string? Html, bool Full) Text(SyndicationItem item)
    {
        var encoded = Extensions(item, "encoded", ContentModule).FirstOrDefault();
        if (encoded is not null) return (encoded, true);
        if (item.Content is TextSyndicationContent { Text: { Length: > 0 } content }) return (content, true);
        if (item.Content is XmlSyndicationContent xml) return (xml.ReadContent<XmlElement>().OuterXml, true);
        var summary = item.Summary?.Text;
        if (string.IsNullOrWhiteSpace(summary)) return (null, false);
        var length = PageMetadata.Clean(ArticleBody.Parse(summary).Body!.TextContent)?.Length ?? 0;
        return (summary, length >= FullTextCharacters);
    }

    private static IEnumerable<string> Extensions(SyndicationItem item, string name, string ns)
    {
        foreach (var extension in item.ElementExtensions.Where(e => e.OuterName == name && e.OuterNamespace == ns))
            if (extension.GetReader().ReadElementContentAsString() is { } text && !string.IsNullOrWhiteSpace(text)) yield return text;
    }

    private static string? Link(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
        if (link is not null && link.IsAbsoluteUri && link.Scheme is "http" or "https") return link.AbsoluteUri;
        return item.Id is { } id && Uri.TryCreate(id, UriKind.Absolute, out var guid) && guid.Scheme is "http" or "https" ? guid.AbsoluteUri : null;
    }
}
