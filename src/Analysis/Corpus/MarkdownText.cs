using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Analysis.Corpus;

/// <summary>
/// The prose of a Markdown article, at the offsets it has in the file: every character that is a mark and not a
/// word (<c>#</c>, <c>**</c>, a link's brackets and address, a list's bullet, a code block) becomes a space, and
/// line ends stay; a front matter block (<see cref="FrontMatter"/>) becomes spaces too. "**About** 1,500" then
/// reads "About" before the figure, so its hedge is seen, and a figure's span still points at its characters in the file.
/// </summary>
public static class MarkdownText
{
    // Front matter ("---" lines around "key: value" lines at the top) is metadata (FrontMatter), not prose.
    private static readonly MarkdownPipeline Precise = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().Build();

    public static string ToPlain(string markdown) => ToPlain(markdown, out _);

    /// <param name="markdown">The file's text.</param>
    /// <param name="frontMatter">The lines between the front matter's "---" lines (<see cref="FrontMatter"/> reads them), or null.</param>
    public static string ToPlain(string markdown, out string? frontMatter) => ToPlain(markdown, out frontMatter, out _);

    /// <param name="markdown">The file's text.</param>
    /// <param name="frontMatter">The lines between the front matter's "---" lines (<see cref="FrontMatter"/> reads them), or null.</param>
    /// <param name="opensWithHeading">Whether the first block after the front matter is a heading ("# Title", or a line over
    /// "==="): the article's own title line, which a web clipper may keep or leave out beside the front matter's title.</param>
    public static string ToPlain(string markdown, out string? frontMatter, out bool opensWithHeading)
    {
        frontMatter = null;
        bool? heading = null;
        var text = new char[markdown.Length];
        for (var i = 0; i < text.Length; i++) text[i] = markdown[i] is '\n' or '\r' ? markdown[i] : ' ';
        foreach (var block in Markdown.Parse(markdown, Precise).Descendants<LeafBlock>())
        {
            if (block is YamlFrontMatterBlock yaml) frontMatter = yaml.Lines.ToString();
            else heading ??= block is HeadingBlock;
            if (block is CodeBlock or HtmlBlock or ThematicBreakBlock || block.Inline is null) continue;
            foreach (var inline in block.Inline.Descendants())
                if (inline is LiteralInline or HtmlEntityInline) Keep(markdown, text, inline.Span, marks: false);
                else if (inline is CodeInline or AutolinkInline) Keep(markdown, text, inline.Span, marks: true);
        }
        opensWithHeading = heading ?? false;
        return new string(text);
    }

    // A literal keeps all it covers; a code span or an autolink keeps its words and not its marks (`, <, >).
    private static void Keep(string markdown, char[] text, SourceSpan span, bool marks)
    {
        if (span.IsEmpty) return;
        for (var i = Math.Max(0, span.Start); i <= span.End && i < markdown.Length; i++)
            if (!marks || markdown[i] is not ('`' or '<' or '>')) text[i] = markdown[i];
    }
}
