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
/// or the related-sources section. The work is linear in the length of the text. A text whose title is elsewhere (a
/// Markdown file's front matter that could not be pointed at) is parsed with <c>untitled</c>: its first line is body.
/// </summary>
public static class DocumentParser
{
    public static Document Parse(string id, string path, string text, DocumentMetadata? metadata = null, bool untitled = false)
    {
        // A feed's footer that repeats the title ("The post <title> appeared first on <site>.") is no second headline.
        text = FeedFooters.Blank(text);
        // A video transcript's time codes glued to each line's first word ("01:14South Korea's …") are no part of its words.
        text = TranscriptTimestamps.Blank(text);
        // The lines live in a pooled array and sentences are split into a per-thread list, so that what is
        // allocated is what the document keeps: its paragraphs, its sentences and their texts.
        var pooled = System.Buffers.ArrayPool<TextSpan>.Shared.Rent(LineCountAtMost(text));
        try
        {
            var lines = pooled.AsSpan(0, Lines(text, pooled));
            var first = 0;
            while (first < lines.Length && IsBlank(text, lines[first])) first++;

            var headline = new Paragraph(0, new TextSpan(0, 0), "", []);
            var bodyFrom = lines.Length;
            if (first < lines.Length)
            {
                var span = Trim(text, lines[first]);
                var readsAsBody = untitled || ReadsAsBody(text, span);
                if (!readsAsBody) headline = MakeParagraph(text, 0, span, sentenceOffset: 0);
                bodyFrom = readsAsBody ? first : first + 1;
            }

            var body = lines[bodyFrom..];
            var relatedAt = 0;
            while (relatedAt < body.Length && !IsRelatedSourcesHeading(text, body[relatedAt])) relatedAt++;
            IReadOnlyList<string> related = relatedAt == body.Length ? [] : RelatedItems(text, body[relatedAt..]);
            body = body[..relatedAt];

            var paragraphs = new List<Paragraph>();
            var sentenceCount = headline.Sentences.Count;
            foreach (var block in Blocks(text, body, Scratch.Blocks))
            {
                var paragraph = MakeParagraph(text, paragraphs.Count + 1, block, sentenceCount);
                sentenceCount += paragraph.Sentences.Count;
                paragraphs.Add(paragraph);
            }
            return new Document(id, path, text, headline, paragraphs, related, metadata ?? DocumentMetadata.None);
        }
        finally
        {
            System.Buffers.ArrayPool<TextSpan>.Shared.Return(pooled);
        }
    }

    // Lists reused by each parse on a thread.
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? current;
        private static Scratch Current => current ??= new Scratch();

        public static List<TextSpan> Blocks => Current.blocks;
        public static List<TextSpan> Sentences => Current.sentences;

        private readonly List<TextSpan> blocks = [];
        private readonly List<TextSpan> sentences = [];
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
        var spans = Scratch.Sentences;
        spans.Clear();
        SentenceSplitter.Split(text, span.Start, span.End, spans);
        var sentences = new Sentence[spans.Count];
        for (var i = 0; i < sentences.Length; i++)
            sentences[i] = new Sentence(sentenceOffset + i, index, spans[i], Slice(text, spans[i]));
        return new Paragraph(index, span, sentences, text);
    }

    // Paragraph spans, into blocks (cleared first): blank-line separated blocks if the body has blank lines
    // between text, else lines.
    private static List<TextSpan> Blocks(string text, ReadOnlySpan<TextSpan> body, List<TextSpan> blocks)
    {
        blocks.Clear();
        var firstText = 0;
        while (firstText < body.Length && IsBlank(text, body[firstText])) firstText++;
        if (firstText == body.Length) return blocks;
        var lastText = body.Length - 1;
        while (IsBlank(text, body[lastText])) lastText--;
        var blankSeparated = false;
        for (var i = firstText + 1; i < lastText && !blankSeparated; i++) blankSeparated = IsBlank(text, body[i]);
        if (!blankSeparated)
        {
            for (var i = firstText; i <= lastText; i++) blocks.Add(Trim(text, body[i]));
            return blocks;
        }
        var start = -1;
        for (var i = firstText; i <= lastText + 1; i++)
        {
            // A list item ("- About 11,000 deployed", "• 4,000 killed, per Seoul") is a paragraph of its own even with no blank
            // line before it: a block's lines join as hard-wrapped text, and items with no full stop would join into one sentence.
            if (i <= lastText && start >= 0 && StartsListItem(text, body[i]))
            {
                blocks.Add(Trim(text, new TextSpan(body[start].Start, body[i - 1].End)));
                start = i;
                continue;
            }
            if (i <= lastText && !IsBlank(text, body[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) blocks.Add(Trim(text, new TextSpan(body[start].Start, body[i - 1].End)));
            start = -1;
        }
        return blocks;
    }

    private static bool IsRelatedSourcesHeading(string text, TextSpan line) =>
        AfterRelatedSourcesHeading(text.AsSpan(line.Start, line.Length)) >= 0;

    // "Related Sources:", "related source :" (any case and spacing): where the text after the colon starts, or -1.
    private static int AfterRelatedSourcesHeading(ReadOnlySpan<char> line)
    {
        var at = Words(line, 0);
        if (!line[at..].StartsWith("related", StringComparison.OrdinalIgnoreCase)) return -1;
        var gap = Words(line, at + "related".Length);
        if (gap == at + "related".Length || !line[gap..].StartsWith("source", StringComparison.OrdinalIgnoreCase)) return -1;
        at = gap + "source".Length;
        if (at < line.Length && line[at] is 's' or 'S') at++;
        at = Words(line, at);
        return at < line.Length && line[at] == ':' ? Words(line, at + 1) : -1;

        static int Words(ReadOnlySpan<char> line, int at)
        {
            while (at < line.Length && char.IsWhiteSpace(line[at])) at++;
            return at;
        }
    }

    // A line that opens with a bullet and a space ("- ", "* ", "• "): a list item. Numbered items are left to the line joins, as a
    // hard-wrapped line may open with a number and a full stop ("... in\n2024. The ...").
    private static bool StartsListItem(string text, TextSpan line)
    {
        var at = line.Start;
        while (at < line.End && text[at] is ' ' or '\t') at++;
        return at + 1 < line.End && text[at] is '-' or '*' or '•' && text[at + 1] is ' ' or '\t';
    }

    // "- item", "* item", "• item", "1. item", "2) item": the item without its marker (and the space after it).
    private static string WithoutListMarker(string line)
    {
        var at = 0;
        while (at < line.Length && char.IsWhiteSpace(line[at])) at++;
        var marker = at;
        if (at < line.Length && line[at] is '-' or '*' or '•') at++;
        else
        {
            while (at < line.Length && char.IsDigit(line[at])) at++;
            if (at == marker || at == line.Length || line[at] is not ('.' or ')')) return line;
            at++;
        }
        var item = at;
        while (item < line.Length && char.IsWhiteSpace(line[item])) item++;
        return item > at ? line[item..] : line;
    }

    private static IReadOnlyList<string> RelatedItems(string text, ReadOnlySpan<TextSpan> fromHeading)
    {
        var items = new List<string>();
        var first = true;
        foreach (var line in fromHeading)
        {
            var content = Slice(text, line);
            if (first)
            {
                content = content[AfterRelatedSourcesHeading(content)..];
                first = false;
            }
            content = WithoutListMarker(content).Trim();
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

    // At least as many as Lines finds: one more than the line ends.
    private static int LineCountAtMost(string text) => text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + 1;

    // Lines without their terminators, into lines; returns how many. "\r\n", "\n" and a lone "\r" all end a line.
    private static int Lines(string text, TextSpan[] lines)
    {
        var count = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var at = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (at < 0)
            {
                if (start < text.Length) lines[count++] = new TextSpan(start, text.Length);
                break;
            }
            var end = start + at;
            lines[count++] = new TextSpan(start, end);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return count;
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
