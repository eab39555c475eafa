using System.Net;

namespace Analysis.Tests.Import;

using Analysis.Corpus;

/// <summary>
/// Web pages and feeds written for the import tests, in the shapes news CMSs give them (the text is
/// the tests' own). Every page has the same story, furniture around it (navigation, a captioned
/// photo, an advertisement, a "related" box, a footer) and one outbound link in its text.
/// </summary>
internal static class TestPages
{
    public const string Headline = "Seoul says North Korean troop total in Russia rises to 11,000";

    public static readonly string[] Story =
    [
        "South Korea's spy agency told lawmakers on Monday that about 11,000 North Korean soldiers are now in Russia, up from the 3,000 it counted three weeks earlier, according to a lawmaker who attended the closed briefing.",
        "The agency said some of the troops had moved to the Kursk region, where Ukrainian forces have held ground since the summer. It did not say how it had reached the new figure, and the lawmaker declined to give details.",
        "Officials in Kyiv gave a similar number last week. Ukraine's defence intelligence put the total at 11,000 and said more units were expected before the end of the year.",
        "Moscow has not confirmed that North Korean units are on its territory, and Pyongyang's state media has described the reports as a smear campaign by its enemies.",
    ];

    public const string OutboundLink = "https://otherwire.example/news/2024/10/30/kyiv-estimate";

    /// <summary>A whole page: <paramref name="head"/> inside &lt;head&gt;, <paramref name="dateLine"/> under the headline.</summary>
    public static string Page(string head, string dateLine = "", string? story = null, string lang = "en") => $"""
        <!DOCTYPE html>
        <html lang="{lang}">
        <head>
        <meta charset="utf-8">
        {head}
        </head>
        <body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/tag/korea">Korea</a></nav></header>
        <main>
        <article>
        <h1>{WebUtility.HtmlEncode(Headline)}</h1>
        {dateLine}
        {story ?? Body()}
        <aside class="related-stories"><h3>More on this story</h3><ul><li><a href="/world/2024/10/first-reports">Earlier: the first reports of troops in Russia</a></li></ul></aside>
        </article>
        </main>
        <footer><p>© 2024 The Harbour Post. All rights reserved.</p><a href="https://twitter.com/intent/tweet?url=x">Share</a></footer>
        </body>
        </html>
        """;

    public static string Body() => $"""
        <p>{WebUtility.HtmlEncode(Story[0])}</p>
        <figure><img src="/images/training.jpg" alt=""><figcaption>Soldiers at a training ground, in a photo the agency released to reporters.</figcaption></figure>
        <p>{WebUtility.HtmlEncode(Story[1]).Replace("the Kursk region", "<a href=\"/world/2024/11/03/kursk\">the Kursk region</a>")}</p>
        <div class="ad-slot">Advertisement</div>
        <p>Officials in Kyiv gave a similar number last week. <a href="{OutboundLink}">Ukraine's defence intelligence</a> put the total at 11,000 and said more units were expected before the end of the year.</p>
        <p>{WebUtility.HtmlEncode(Story[3])}</p>
        """;

    // CMS shapes: where each kind of site keeps its metadata.

    /// <summary>
    /// A WordPress/Yoast page: everything in a JSON-LD @graph, the publisher named by reference to another node of it,
    /// the article dated late in the evening in Seoul.
    /// </summary>
    public static string JsonLdOnly() => Page("""
        <title>Troop total rises</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"https://harbourpost.example/#website","name":"Harbour Post website"},
          {"@type":"Organization","@id":"https://harbourpost.example/#organization","name":"Harbour Post"},
          {"@type":["NewsArticle"],"headline":"Seoul says North Korean troop total in Russia rises to 11,000",
           "datePublished":"2024-11-04T23:40:00+09:00","dateModified":"2024-11-05T08:00:00+09:00",
           "author":[{"@type":"Person","name":"Mira Okafor"},{"@type":"Person","name":"Tae-yang Ruiz"}],
           "publisher":{"@id":"https://harbourpost.example/#organization"},
           "mainEntityOfPage":{"@type":"WebPage","@id":"https://harbourpost.example/world/2024/11/04/troop-total"}}
        ]}
        </script>
        """);

    /// <summary>A page with only Open Graph and article:* tags (article:author is a profile address, the name is in meta author).</summary>
    public static string OpenGraphOnly() => Page("""
        <title>Seoul says North Korean troop total in Russia rises to 11,000 | Coastline Daily</title>
        <meta property="og:type" content="article">
        <meta property="og:title" content="Seoul says North Korean troop total in Russia rises to 11,000">
        <meta property="og:site_name" content="Coastline Daily">
        <meta property="og:url" content="https://coastline.example/2024/11/05/troops?utm_source=feed">
        <meta property="article:published_time" content="2024-11-05T06:15:00Z">
        <meta property="article:author" content="https://coastline.example/staff/jo-haddad">
        <meta name="author" content="Jo Haddad">
        """);

    /// <summary>A theme that dates its posts only with &lt;time&gt;: an updated time before the published one.</summary>
    public static string TimeOnly() => Page(
        "<title>Seoul says North Korean troop total in Russia rises to 11,000 – Ridge Gazette</title>",
        """<p class="meta">Updated <time class="updated" datetime="2024-11-09T10:00:00+00:00">9 November</time> · Published <time class="entry-date published" datetime="2024-11-06T09:30:00+00:00">6 November 2024</time></p>""");

    /// <summary>A page with no metadata at all: a title and the story.</summary>
    public static string NoMetadata() => Page("<title>Seoul says North Korean troop total in Russia rises to 11,000</title>");

    /// <summary>A page of links with no story in it: a section front.</summary>
    public static string SectionFront() => """
        <!DOCTYPE html><html lang="en"><head><title>World news | Harbour Post</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <ul><li><a href="/a">Troops cross the border</a></li><li><a href="/b">Talks stall again</a></li><li><a href="/c">Markets slide</a></li>
        <li><a href="/d">Weather warning issued</a></li></ul></body></html>
        """;

    /// <summary>The story in French (the tests' own words), on a page that declares lang="fr".</summary>
    public static string InFrench() => Page("<title>Les troupes nord-coréennes en Russie</title>", story: """
        <p>Le service de renseignement sud-coréen a déclaré lundi aux députés qu'environ onze mille soldats nord-coréens se trouvent désormais en Russie, contre trois mille selon son estimation précédente.</p>
        <p>Selon l'agence, une partie des troupes a rejoint la région de Koursk, où les forces ukrainiennes tiennent du terrain depuis l'été. Elle n'a pas expliqué comment elle était parvenue à ce nouveau chiffre.</p>
        <p>Moscou n'a pas confirmé la présence d'unités nord-coréennes sur son territoire, et les médias d'État de Pyongyang parlent d'une campagne de dénigrement menée par ses ennemis.</p>
        """, lang: "fr");

    /// <summary>An RSS 2.0 feed: one item with its full text (content:encoded), one with a summary only.</summary>
    public static string Rss() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Ridge Gazette - World</title>
          <link>https://ridge.example/world</link>
          <description>World news</description>
          <language>en-gb</language>
          <item>
            <title>{WebUtility.HtmlEncode(Headline)}</title>
            <link>https://ridge.example/world/2024/11/07/troops</link>
            <guid isPermaLink="false">ridge-81723</guid>
            <pubDate>Thu, 07 Nov 2024 22:10:00 +0900</pubDate>
            <dc:creator>Ana Lindqvist</dc:creator>
            <description>Seoul's spy agency raised its count of North Korean troops in Russia.</description>
            <content:encoded><![CDATA[{Body()}]]></content:encoded>
          </item>
          <item>
            <title>Talks on prisoner exchange resume</title>
            <link>https://ridge.example/world/2024/11/08/talks</link>
            <pubDate>Fri, 08 Nov 2024 07:00:00 GMT</pubDate>
            <description>Negotiators met again in Istanbul on Friday, officials said.</description>
          </item>
        </channel>
        </rss>
        """;

    /// <summary>An Atom feed whose entry carries its text as escaped HTML.</summary>
    public static string Atom() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Coastline Daily</title>
          <id>urn:coastline:world</id>
          <updated>2024-11-10T12:00:00Z</updated>
          <entry>
            <title>{WebUtility.HtmlEncode(Headline)}</title>
            <id>urn:coastline:4411</id>
            <link rel="alternate" href="https://coastline.example/2024/11/10/troops-atom"/>
            <published>2024-11-10T08:00:00-05:00</published>
            <updated>2024-11-10T09:00:00-05:00</updated>
            <author><name>Jo Haddad</name></author>
            <content type="html">{WebUtility.HtmlEncode(Body())}</content>
          </entry>
        </feed>
        """;
}
