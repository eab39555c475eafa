using System.Text;
using Analysis.Tests.Corpus;
using FsCheck.Xunit;

namespace Analysis.Tests.Properties;

using Analysis.Corpus;

/// <summary>
/// For any text: parsing and splitting never throw, every span lies inside the text and quotes it
/// exactly, sentences are in order without overlap, paragraphs hold their sentences, and no
/// non-blank character is lost (see <see cref="DocumentInvariants"/>).
/// </summary>
[Properties(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 300)]
public class CorpusProperties
{
    [Property]
    public void Parsing_hostile_text_keeps_every_invariant(HostileText input) =>
        DocumentInvariants.Check(DocumentParser.Parse("p", "p.txt", input.Text));

    [Property]
    public void Parsing_any_string_keeps_every_invariant(string? text) =>
        DocumentInvariants.Check(CorpusLoader.FromText(text ?? ""));

    [Property]
    public void Splitting_any_range_gives_ordered_trimmed_spans_inside_it_that_cover_all_its_text(HostileText input, int a, int b)
    {
        var text = input.Text;
        var start = Math.Abs(a % (text.Length + 1));
        var end = start + Math.Abs(b % (text.Length - start + 1));

        var spans = SentenceSplitter.Split(text, start, end).ToArray();

        var previousEnd = start;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= previousEnd && span.End <= end && span.Length > 0, $"span {span} out of order or outside [{start}, {end})");
            Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"span {span} not trimmed");
            for (var i = previousEnd; i < span.Start; i++) Assert.True(char.IsWhiteSpace(text[i]), $"character {i} between sentences dropped");
            previousEnd = span.End;
        }
        for (var i = previousEnd; i < end; i++) Assert.True(char.IsWhiteSpace(text[i]), $"character {i} after the last sentence dropped");
        // Nothing outside the range decides anything: the same range cut out gives the same sentences.
        Assert.Equal(SentenceSplitter.Split(text[start..end]), spans.Select(s => text[s.Start..s.End]));
    }

    [Property]
    public void Decoding_any_bytes_never_throws_and_never_yields_NUL(byte[]? bytes)
    {
        bytes ??= [];
        if (TextDecoder.TryDecode(bytes, out var text, out _, out var error))
        {
            Assert.DoesNotContain('\0', text);
            Assert.Null(error);
        }
        else Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Property]
    public void Text_saved_with_a_byte_order_mark_decodes_to_itself_unless_it_is_refused_as_binary(HostileText input)
    {
        foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(input.Text)).ToArray();
            var expected = encoding.GetString(encoding.GetBytes(input.Text)); // lone surrogates become U+FFFD
            if (TextDecoder.TryDecode(bytes, out var text, out _, out var error)) Assert.Equal(expected, text);
            else Assert.Contains('\0', expected); // the only refusal after a BOM: NUL characters
        }
    }
}
