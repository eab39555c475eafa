using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>Whatever the folder holds, every paragraph of every loaded file is in the model, and every problem is reported once.</summary>
public partial class NothingLostTests
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    private static string Squash(string s) => Space().Replace(s, " ").Trim();

    // Articles in many layouts: (file, text, paragraphs a reader sees, in order). Headline and
    // related sources are not paragraphs.
    public static IEnumerable<(string File, string Text, string[] Paragraphs)> Layouts()
    {
        yield return ("one-per-line.txt", "Harbour watch\nShips were counted at dawn.\nMore came by noon. Some left.\n",
            ["Ships were counted at dawn.", "More came by noon. Some left."]);
        yield return ("wrapped.md", "Winter drills\n\nThe exercise began in\nthe hills and lasted\na week.\n\n\n\nObservers filed two\nreports.\n",
            ["The exercise began in the hills and lasted a week.", "Observers filed two reports."]);
        yield return ("crlf.txt", "Field notes\r\n\r\nFirst entry. Second entry.\r\n\r\nThird entry.\r\nRelated Sources:\r\n- Notebook A\r\n",
            ["First entry. Second entry.", "Third entry."]);
        yield return ("cr.txt", "Night shift\r\rGuards changed at ten.\r\rNobody spoke.\r", ["Guards changed at ten.", "Nobody spoke."]);
        yield return ("indented.txt", "   \n\t Spaced title  \n\n   Indented paragraph one.   \n\n\tTabbed paragraph two.\t\n   \n",
            ["Indented paragraph one.", "Tabbed paragraph two."]);
        yield return ("no-title.txt", "Rain fell all day. Roads flooded.\nBridges held.\n", ["Rain fell all day. Roads flooded.", "Bridges held."]);
        yield return ("odd-chars.txt", "Signals\n\u0007Bell char line.\n\u200BZero width space line.\nEmoji 🚚 convoy line.\n",
            ["\u0007Bell char line.", "\u200BZero width space line.", "Emoji 🚚 convoy line."]);
        yield return ("related-inline.txt", "Sources only\nOne body line.\nrelated sources: Agency X; Agency Y\n", ["One body line."]);
    }

    [Fact]
    public void Every_non_empty_paragraph_of_every_loaded_file_appears_in_the_model_in_order()
    {
        using var corpus = new TempCorpus();
        var layouts = Layouts().ToArray();
        foreach (var (file, text, _) in layouts) corpus.Write(file, text);

        var loaded = corpus.Load();

        Assert.Equal(layouts.Length, loaded.Documents.Count);
        var expectedTotal = 0;
        foreach (var (file, text, paragraphs) in layouts)
        {
            var document = loaded[Path.GetFileNameWithoutExtension(file)];
            Assert.Equal(text, document.Text);
            Assert.Equal(paragraphs, document.Paragraphs.Select(p => Squash(p.Text)));
            DocumentInvariants.Check(document);
            expectedTotal += paragraphs.Length;
        }
        Assert.Equal(expectedTotal, loaded.Documents.Sum(d => d.Paragraphs.Count));
    }

    [Fact]
    public void A_hostile_folder_loads_every_good_article_and_reports_each_bad_thing_exactly_once()
    {
        using var corpus = new TempCorpus();
        foreach (var (file, text, _) in Layouts()) corpus.Write(file, text);
        // The test writes Windows-1252 itself: the kit registers the code pages only when it reads such a file.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bad = new[]
        {
            corpus.Write("empty.txt", ""),
            corpus.Write("blank.txt", " \r\n\t\n"),
            corpus.Write("junk.txt", [0x00, 0x01, 0xFF, 0xFE, 0x00, 0x7F, 0x10]),
            corpus.Write("legacy.txt", Encoding.GetEncoding(1252).GetBytes("Caf\u00E9 closes\nThe \u201Cowner\u201D left.\n")),
            corpus.Write("title-only.txt", "Just a title"),
            corpus.Write("picture.png", [0x89, 0x50, 0x4E, 0x47]),
            corpus.Write("sub/.hidden.txt", "Hidden\nText.\n"),
        };
        bad = [.. bad, corpus.PathOf("no-title.txt")]; // a good layout that still earns a problem: no headline
        var loop = corpus.PathOf("sub/loop");
        Directory.CreateSymbolicLink(loop, "..");
        var dangling = corpus.PathOf("dangling.txt");
        File.CreateSymbolicLink(dangling, corpus.PathOf("nowhere.txt"));
        corpus.Write(Manifest.FileName, "{\n \"wrapped\": { \"published\": \"yesterday\", \"tone\": \"flat\" },\n \"ghost\": { \"title\": \"Ghost\" }\n}\n");

        var loaded = corpus.Load();

        // Good articles, plus the two bad ones that load with a fallback.
        Assert.Equal(Layouts().Select(l => Path.GetFileNameWithoutExtension(l.File)).Append("legacy").Append("title-only").Order(StringComparer.Ordinal),
            loaded.Documents.Select(d => d.Id));
        Assert.All(loaded.Documents, DocumentInvariants.Check);

        // Each bad file once; the manifest once per distinct mistake (three, on lines 2, 2 and 3).
        var byFile = loaded.Problems.GroupBy(p => p.File).ToDictionary(g => g.Key, g => g.ToArray());
        Assert.Equal(bad.Append(loop).Append(dangling).Append(corpus.PathOf(Manifest.FileName)).Order(StringComparer.Ordinal),
            byFile.Keys.Order(StringComparer.Ordinal));
        Assert.All(bad.Append(loop).Append(dangling), file => Assert.Single(byFile[file]));
        Assert.Equal([2, 2, 3], byFile[corpus.PathOf(Manifest.FileName)].Select(p => p.Line ?? 0).Order());
        Assert.Equal(loaded.Problems.Count, loaded.Problems.Distinct().Count());
        Assert.All(loaded.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }
}
