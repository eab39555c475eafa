namespace Analysis.Tests.Claims;

using Analysis.Claims;

public class TextTableTests
{
    [Fact]
    public void A_text_is_numbered_once_and_comes_back_as_it_was()
    {
        var table = new TextTable();
        var yonhap = table.Id("Yonhap");
        var nis = table.Id("National Intelligence Service");
        Assert.Equal(yonhap, table.Id("Yonhap"));
        Assert.NotEqual(yonhap, nis);
        Assert.NotEqual(yonhap, table.Id("yonhap"));
        Assert.Equal("Yonhap", table.Text(yonhap));
        Assert.Equal("National Intelligence Service", table.Text(nis));
        Assert.Equal(3, table.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Kyiv / Київ")]
    [InlineData("서울 — 국가정보원")]
    [InlineData("emoji 🇰🇵 flag")]
    public void Any_text_round_trips(string text)
    {
        var table = new TextTable();
        table.Id("before");
        var id = table.Id(text);
        Assert.Equal(text, table.Text(id));
        Assert.Equal(id, table.Id(text));
    }

    [Fact]
    public void A_lone_surrogate_is_kept_as_it_is_and_apart_from_its_replacement()
    {
        var table = new TextTable();
        var lone = table.Id("a\uD800b");
        var replaced = table.Id("a\uFFFDb");
        Assert.NotEqual(lone, replaced);
        Assert.Equal("a\uD800b", table.Text(lone));
        Assert.Equal("a\uFFFDb", table.Text(replaced));
        Assert.Equal(lone, table.Id("a\uD800b"));
    }

    [Fact]
    public void Many_texts_and_a_text_longer_than_a_chunk_keep_their_numbers()
    {
        var table = new TextTable();
        var ids = new int[300_000];
        for (var i = 0; i < ids.Length; i++) ids[i] = table.Id($"part{i / 1000:D4}/note_{i:D7}");
        var longText = new string('x', 3_000_000);
        var longId = table.Id(longText);
        var after = table.Id("after the long one");
        for (var i = 0; i < ids.Length; i += 997)
        {
            Assert.Equal(ids[i], table.Id($"part{i / 1000:D4}/note_{i:D7}"));
            Assert.Equal($"part{i / 1000:D4}/note_{i:D7}", table.Text(ids[i]));
        }
        Assert.Equal(longText, table.Text(longId));
        Assert.Equal("after the long one", table.Text(after));
        Assert.Equal(ids.Length + 2, table.Count);
    }

    [Fact]
    public void Texts_compare_as_ordinal_strings_do()
    {
        var table = new TextTable();
        // U+FF21 sorts after a surrogate pair in UTF-8 but before it in UTF-16: ordinal is UTF-16.
        string[] texts = ["b", "a", "\uFF21", "\U0001F600", "ab", ""];
        var ids = texts.Select(table.Id).ToArray();
        for (var i = 0; i < texts.Length; i++)
            for (var j = 0; j < texts.Length; j++)
                Assert.Equal(Math.Sign(string.CompareOrdinal(texts[i], texts[j])), table.CompareOrdinal(ids[i], ids[j]));
    }
}
