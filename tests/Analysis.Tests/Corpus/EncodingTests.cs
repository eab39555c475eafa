using System.Text;

namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>Bytes that are not plain UTF-8: byte-order marks, UTF-16, Windows-1252, junk, line ends.</summary>
public class EncodingTests
{
    private const string Article = "Night crossing “confirmed”\nThe café owner saw trucks at 2 a.m. She counted forty.\n";

    public static TheoryData<string, byte[]> MarkedEncodings => new()
    {
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article)] },
        { "UTF-16 LE", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)] },
        { "UTF-16 BE", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)] },
    };

    [Theory]
    [MemberData(nameof(MarkedEncodings))]
    public void Byte_order_mark_decides_the_encoding_and_is_not_part_of_the_text(string name, byte[] bytes)
    {
        using var corpus = new TempCorpus();
        corpus.Write("marked.txt", bytes);

        var loaded = corpus.Load();

        Assert.Empty(loaded.Problems);
        var document = Assert.Single(loaded.Documents);
        Assert.Equal(Article, document.Text);
        Assert.Equal("Night crossing “confirmed”", document.Title);
        Assert.Equal(["The café owner saw trucks at 2 a.m.", "She counted forty."], document.Paragraphs[0].Sentences.Select(s => s.Text));
        Assert.True(TextDecoder.TryDecode(bytes, out _, out var encoding, out _));
        Assert.Equal(name, encoding);
    }

    [Fact]
    public void Windows_1252_file_loads_with_its_curly_quotes_and_accents_and_one_problem_at_the_first_bad_line()
    {
        using var corpus = new TempCorpus();
        // The test writes Windows-1252 itself: the kit registers the code pages only when it reads such a file.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = corpus.Write("legacy.txt", Encoding.GetEncoding(1252).GetBytes(Article));

        var loaded = corpus.Load();

        var document = Assert.Single(loaded.Documents);
        Assert.Equal(Article, document.Text);
        Assert.Contains("café", document.Paragraphs[0].Text);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((file, 1, ProblemAction.LoadedWithFallback), (problem.File, problem.Line, problem.Action));
        Assert.Contains("read as Windows-1252", problem.Message);
    }

    [Fact]
    public void Invalid_UTF8_is_read_as_Windows_1252_and_the_problem_names_the_line_of_the_first_bad_byte()
    {
        using var corpus = new TempCorpus();
        // Lines 1 and 2 are valid UTF-8 (with a multi-byte character); line 3 has a lone 0xE9.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Port traffic rises\r\nCrates marked ‘parts’ arrived.\r\nThe d"), 0xE9, .. "pot was full.\r\n"u8];
        corpus.Write("mixed.txt", bytes);

        var loaded = corpus.Load();

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains($"byte {bytes.AsSpan().IndexOf((byte)0xE9)}", problem.Message);
        var document = Assert.Single(loaded.Documents);
        Assert.Equal("The dépot was full.", document.Paragraphs[^1].Text);
        DocumentInvariants.Check(document);
    }

    public static TheoryData<string, byte[]> Junk
    {
        get
        {
            var random = new Random(6);
            var noise = new byte[20_000];
            random.NextBytes(noise);
            var controls = Enumerable.Range(0, 4000).Select(i => (byte)(1 + i % 8)).ToArray();
            byte[] png = [0x89, .. "PNG\r\n"u8, 0x1A, (byte)'\n', 0, 0, 0, 13, .. "IHDR"u8];
            // Text at the start and junk far beyond the first kilobytes: the whole file is checked.
            byte[] lateJunk = [.. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Plain words here. ", 2000))), 0, 0, 1, 2];
            return new() { { "random", noise }, { "controls", controls }, { "png", png }, { "late", lateJunk } };
        }
    }

    [Theory]
    [MemberData(nameof(Junk))]
    public void Binary_junk_with_an_article_name_is_skipped_with_one_problem(string name, byte[] bytes)
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write($"{name}.txt", bytes);
        corpus.Write("fine.md", "Fine\nA sentence of body.\n");

        var loaded = corpus.Load();

        Assert.Equal(["fine"], loaded.Documents.Select(d => d.Id));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((file, ProblemAction.Skipped), (problem.File, problem.Action));
        Assert.Contains("binary", problem.Message);
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_named_as_such_rather_than_as_junk()
    {
        Assert.False(TextDecoder.TryDecode(Encoding.Unicode.GetBytes(Article), out _, out _, out var error));
        Assert.Contains("UTF-16 without a byte-order mark", error);
        Assert.Throws<InvalidDataException>(() => TextDecoder.Decode(Encoding.Unicode.GetBytes(Article)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_gives_the_same_paragraphs_and_offsets_that_quote_the_exact_text(string newline)
    {
        var text = string.Join(newline, "Ferry routes closed", "", "Two ships waited offshore. A third turned back.", "", "Crews were not told why.", "");
        using var corpus = new TempCorpus();
        corpus.Write("lines.txt", text);

        var document = Assert.Single(corpus.Load().Documents);

        Assert.Equal(text, document.Text);
        Assert.Equal("Ferry routes closed", document.Title);
        Assert.Equal(["Two ships waited offshore. A third turned back.", "Crews were not told why."], document.Paragraphs.Select(p => p.Text));
        Assert.Equal(text.IndexOf("A third", StringComparison.Ordinal), document.Paragraphs[0].Sentences[1].Start);
        Assert.All(document.Sentences, s => Assert.DoesNotContain('\r', s.Text));
        DocumentInvariants.Check(document);
    }

    [Fact]
    public void Hard_wrapped_paragraph_with_CR_line_ends_joins_into_one_paragraph_whose_text_keeps_the_CRs()
    {
        const string text = "Rail links\r\rThe line was cut\rnear the border.\r\rRepairs began.";
        var document = CorpusLoader.FromText(text);

        Assert.Equal(["The line was cut\rnear the border.", "Repairs began."], document.Paragraphs.Select(p => p.Text));
        DocumentInvariants.Check(document);
    }
}
