using System.Text.RegularExpressions;

namespace Analysis.Corpus;

/// <summary>
/// Turns an article's text into headline, paragraphs and related sources, keeping every offset
/// into the original text. The first non-blank line is the headline, unless it reads as body text:
/// two or more sentences ending in sentence punctuation (a paragraph pasted without its title), in
/// which case the document has no headline (an empty one) and that line is the first paragraph.
/// Body paragraphs are separated by blank lines when the body has any (hard-wrapped lines then join
/// into one paragraph), else each line is a paragraph. A "Related Sources:" line starts the list of
/// sources at the end of the article; its items are never paragraphs, and an empty list is an empty
/// list. Every non-blank character of the text lands in exactly one of: the headline, a paragraph,
/// or the related-sources section. The work is linear in the length of the text.
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
        var first = lines.FindIndex(l => !IsBlank(text, l));

        var headline = new Paragraph(0, new TextSpan(0, 0), "", []);
        var bodyFrom = lines.Count;
        if (first >= 0)
        {
            var span = Trim(text, lines[first]);
            var readsAsBody = ReadsAsBody(text, span);
            if (!readsAsBody) headline = MakeParagraph(text, 0, span, sentenceOffset: 0);
            bodyFrom = readsAsBody ? first : first + 1;
        }

        var body = lines.GetRange(bodyFrom, lines.Count - bodyFrom);
        var relatedAt = body.FindIndex(l => IsRelatedSourcesHeading(text, l));
        var related = relatedAt < 0 ? [] : RelatedItems(text, body.Skip(relatedAt));
        if (relatedAt >= 0) body = body.GetRange(0, relatedAt);

        var paragraphs = new List<Paragraph>();
        var sentenceCount = headline.Sentences.Count;
        foreach (var block in Blocks(text, body))
        {
            var paragraph = MakeParagraph(text, paragraphs.Count + 1, block, sentenceCount);
            sentenceCount += paragraph.Sentences.Count;
            paragraphs.Add(paragraph);
        }
        return new Document(id, path, text, headline, paragraphs, related, metadata ?? DocumentMetadata.None);
    }

    /// <summary>
    /// Whether a first line is body text rather than a title: headlines are one sentence (or a
    /// fragment) and rarely end in a full stop; a pasted paragraph has several sentences and does.
    /// </summary>
    private static bool ReadsAsBody(string text, TextSpan line)
    {
        var end = line.End;
        while (end > line.Start && "\"'”’)]»".Contains(text[end - 1])) end--;
        if (end == line.Start || text[end - 1] is not ('.' or '!' or '?' or '…')) return false;
        // Only the first two sentences are needed: the splitter is lazy, so a huge line costs little.
        return SentenceSplitter.Split(text, line.Start, line.End).Take(2).Count() == 2;
    }

    private static Paragraph MakeParagraph(string text, int index, TextSpan span, int sentenceOffset)
    {
        var sentences = new List<Sentence>();
        foreach (var s in SentenceSplitter.Split(text, span.Start, span.End))
            sentences.Add(new Sentence(sentenceOffset + sentences.Count, index, s, Slice(text, s)));
        return new Paragraph(index, span, sentences, text);
    }

    // Paragraph spans: blank-line separated blocks if the body has blank lines between text, else lines.
    private static IEnumerable<TextSpan> Blocks(string text, List<TextSpan> body)
    {
        var blank = body.Select(l => IsBlank(text, l)).ToArray();
        var firstText = Array.IndexOf(blank, false);
        var lastText = Array.LastIndexOf(blank, false);
        if (firstText < 0) yield break;
        var blankSeparated = Array.IndexOf(blank, true, firstText, lastText - firstText + 1) >= 0;
        if (!blankSeparated)
        {
            for (var i = firstText; i <= lastText; i++) yield return Trim(text, body[i]);
            yield break;
        }
        var start = -1;
        for (var i = firstText; i <= lastText + 1; i++)
        {
            if (i <= lastText && !blank[i])
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) yield return Trim(text, new TextSpan(body[start].Start, body[i - 1].End));
            start = -1;
        }
    }

    private static bool IsRelatedSourcesHeading(string text, TextSpan line) =>
        text.AsSpan(line.Start, line.Length).Contains(':') && RelatedSourcesHeading().IsMatch(text.AsSpan(line.Start, line.Length));

    private static IReadOnlyList<string> RelatedItems(string text, IEnumerable<TextSpan> fromHeading)
    {
        var items = new List<string>();
        var first = true;
        foreach (var line in fromHeading)
        {
            var content = Slice(text, line);
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

    private static bool IsBlank(string text, TextSpan line)
    {
        for (var i = line.Start; i < line.End; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    // Lines without their terminators; "\r\n", "\n" and a lone "\r" all end a line.
    private static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var at = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (at < 0)
            {
                if (start < text.Length) lines.Add(new TextSpan(start, text.Length));
                break;
            }
            var end = start + at;
            lines.Add(new TextSpan(start, end));
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
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
