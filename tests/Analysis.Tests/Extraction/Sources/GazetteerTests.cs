namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>Where the gazetteer finds its names: whole words, either case of the first letter, "the" optional.</summary>
public class GazetteerTests
{
    private static string[] Found(string text) =>
        SourceGazetteer.Default.Find(text, 0, text.Length).Select(m => $"{text[m.Span.Start..m.Span.End]}={m.Entry.Name}").ToArray();

    [Theory]
    [InlineData("the Pentagon said", "Pentagon=Pentagon")]
    [InlineData("The NIS's estimate", "NIS=National Intelligence Service")]
    [InlineData("Intercepted audio suggests", "Intercepted audio=Intercepted communications")]
    [InlineData("the Yonhap News  Agency reported", "Yonhap News  Agency=Yonhap")]
    [InlineData("Yonhap’s reporters", "Yonhap=Yonhap")]
    [InlineData("NIS, KCNA and TASS", "NIS=National Intelligence Service", "KCNA=KCNA", "TASS=TASS")]
    public void Finds_whole_names(string text, params string[] found) => Assert.Equal(found, Found(text));

    [Theory]
    [InlineData("a Yonhap-based crew")]
    [InlineData("the nIs and the nis")]
    [InlineData("NISed")]
    [InlineData("anti-NATO protests")]
    [InlineData("the NIS'ed files")]
    public void Finds_no_part_of_a_word(string text) => Assert.Empty(Found(text));

    [Fact]
    public void Is_the_lexicons_sources_section()
    {
        var lexicon = Lexicon.Default.Merge(Lexicon.Parse("""{ "sources": [ { "name": "Zenda Courier", "kind": "outlet", "country": "Ruritania", "aliases": ["Courier"] } ] }"""));
        var gazetteer = SourceGazetteer.For(lexicon);
        Assert.Same(gazetteer, SourceGazetteer.For(lexicon));
        Assert.Equal(SourceGazetteer.Default.Entries.Count + 1, gazetteer.Entries.Count);
        var (span, entry) = Assert.Single(gazetteer.Find("The Courier reported", 0, 20));
        Assert.Equal((4, 11, "Zenda Courier", SourceKind.Outlet, "Ruritania"), (span.Start, span.End, entry.Name, entry.Kind, entry.Country));
    }

    // A person's office, where the lexicon gives one, is the role noun the rules read ("lawmaker": one who relays a briefing).
    [Fact]
    public void A_source_s_role_is_read()
    {
        var lexicon = Lexicon.Parse("""{ "sources": [ { "name": "Rudolf Rassendyll", "kind": "official", "country": "Ruritania", "role": "lawmaker" }, { "name": "Zenda Courier", "kind": "outlet" } ] }""");
        var gazetteer = SourceGazetteer.For(lexicon);
        Assert.True(gazetteer.TryResolve("Rudolf Rassendyll", out var person));
        Assert.True(gazetteer.TryResolve("Zenda Courier", out var outlet));
        Assert.Equal(("lawmaker", "outlet"), (SourceNouns.RoleNounOf(person), SourceNouns.RoleNounOf(outlet)));
    }

    [Fact]
    public void A_source_of_an_unknown_kind_is_named_with_its_line()
    {
        var lexicon = Lexicon.Parse("{\n  \"sources\": [\n    { \"name\": \"Yle\", \"kind\": \"broadcaster\" }\n  ]\n}", "corpus/lexicon.json");
        var problem = Assert.Throws<LexiconException>(() => SourceGazetteer.For(lexicon));
        Assert.StartsWith("corpus/lexicon.json, line 3: source 'Yle' has kind 'broadcaster'", problem.Message);
    }
}
