using System.Text.RegularExpressions;

namespace Analysis;

/// <summary>
/// Turns an article's text into headline, paragraphs and related sources, keeping every offset
/// into the original text. The first non-blank line is the headline. Body paragraphs are separated
/// by blank lines when the body has any (hard-wrapped lines then join into one paragraph), else each
/// line is a paragraph. A "Related Sources:" line starts the list of sources at the end of the
/// article; its items are never paragraphs, and an empty list is an empty list.
/// </summary>
public static partial class DocumentParser
{
    [GeneratedRegex(@"^\s*related\s+sources?\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedSourcesHeading();

    [GeneratedRegex(@"^\s*(?:[-*•]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    public static Document Parse(string id, string path, string text, DocumentMetadata? metadata = null)
    {
        var lines = Lines(text);
        var nonBlank = lines.Where(l => !l.IsBlank(text)).ToList();

        var headlineLine = nonBlank.FirstOrDefault();
        var headline = headlineLine is { } h
            ? MakeParagraph(text, 0, Trim(text, h.Span), sentenceOffset: 0)
            : new Paragraph(0, new TextSpan(0, 0), "", []);

        var bodyLines = lines.SkipWhile(l => l != headlineLine).Skip(1).ToList();
        var relatedAt = bodyLines.FindIndex(l => RelatedSourcesHeading().IsMatch(Slice(text, l.Span)));
        var related = relatedAt < 0 ? [] : RelatedItems(text, bodyLines.Skip(relatedAt));
        if (relatedAt >= 0) bodyLines = bodyLines.Take(relatedAt).ToList();

        var paragraphs = new List<Paragraph>();
        var sentenceCount = headline.Sentences.Count;
        foreach (var block in Blocks(text, bodyLines))
        {
            var paragraph = MakeParagraph(text, paragraphs.Count + 1, block, sentenceCount);
            sentenceCount += paragraph.Sentences.Count;
            paragraphs.Add(paragraph);
        }
        return new Document(id, path, text, headline, paragraphs, related, metadata ?? DocumentMetadata.None);
    }

    private static Paragraph MakeParagraph(string text, int index, TextSpan span, int sentenceOffset)
    {
        var sentences = SentenceSplitter.Split(text, span.Start, span.End)
            .Select((s, i) => new Sentence(sentenceOffset + i, index, s, Slice(text, s)))
            .ToArray();
        return new Paragraph(index, span, Slice(text, span), sentences);
    }

    // Paragraph spans: blank-line separated blocks if the body has blank lines between text, else lines.
    private static IEnumerable<TextSpan> Blocks(string text, List<Line> body)
    {
        var firstText = body.FindIndex(l => !l.IsBlank(text));
        var lastText = body.FindLastIndex(l => !l.IsBlank(text));
        if (firstText < 0) yield break;
        var inner = body.Skip(firstText).Take(lastText - firstText + 1).ToList();
        var blankSeparated = inner.Any(l => l.IsBlank(text));
        if (!blankSeparated)
        {
            foreach (var line in inner) yield return Trim(text, line.Span);
            yield break;
        }
        Line? start = null, last = null;
        foreach (var line in inner)
        {
            if (line.IsBlank(text))
            {
                if (start is { } s && last is { } e) yield return Trim(text, new TextSpan(s.Span.Start, e.Span.End));
                start = last = null;
                continue;
            }
            start ??= line;
            last = line;
        }
        if (start is { } s2 && last is { } e2) yield return Trim(text, new TextSpan(s2.Span.Start, e2.Span.End));
    }

    private static IReadOnlyList<string> RelatedItems(string text, IEnumerable<Line> fromHeading)
    {
        var items = new List<string>();
        var first = true;
        foreach (var line in fromHeading)
        {
            var content = Slice(text, line.Span);
            if (first)
            {
                content = RelatedSourcesHeading().Match(content).Groups["rest"].Value;
                first = false;
            }
            content = ListMarker().Replace(content, "").Trim();
            if (content.Length > 0) items.Add(content);
        }
        return items;
    }

    private readonly record struct Line(TextSpan Span)
    {
        public bool IsBlank(string text) => string.IsNullOrWhiteSpace(Slice(text, Span));
    }

    // Lines without their terminators; "\r\n", "\n" and a lone "\r" all end a line.
    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            lines.Add(new Line(new TextSpan(start, i)));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new Line(new TextSpan(start, text.Length)));
        return lines;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];
}
