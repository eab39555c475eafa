namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>Cited sources: the gazetteer, patterns for unknown sources, and actors that are not sources.</summary>
public class SourceTests
{
    private static IReadOnlyList<SourceMention> Mentions(string text, SourceGazetteer? gazetteer = null) =>
        new ExtractorBuilder().UseTroopCounts().UseSources(gazetteer).Build().Extract(TestData.Passage(text)).SourceMentions;

    [Theory]
    [InlineData("NIS", "National Intelligence Service")]
    [InlineData("South Korea's spy agency", "National Intelligence Service")]
    [InlineData("the Pentagon", "Pentagon")]
    [InlineData("Yonhap News Agency", "Yonhap")]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("Zelenskyy", "Volodymyr Zelensky")]
    [InlineData("intercepted audio", "Intercepted communications")]
    public void Gazetteer_resolves_aliases(string surface, string canonical)
    {
        Assert.True(SourceGazetteer.Default.TryResolve(surface, out var entry));
        Assert.Equal(canonical, entry.Name);
    }

    [Fact]
    public void Gazetteer_does_not_resolve_strangers()
    {
        Assert.False(SourceGazetteer.Default.TryResolve("Zenda Courier", out _));
        Assert.Null(SourceGazetteer.Default.Resolve("Somebody Else"));
    }

    [Fact]
    public void A_user_extends_the_gazetteer_in_one_call_without_changing_the_default()
    {
        var extended = SourceGazetteer.Default.Add("Zenda Courier", SourceKind.Outlet, "Ruritania", "the Courier");
        Assert.True(extended.TryResolve("the Courier", out var entry));
        Assert.Equal(("Zenda Courier", SourceKind.Outlet, "Ruritania"), (entry.Name, entry.Kind, entry.Country));
        Assert.False(SourceGazetteer.Default.TryResolve("Zenda Courier", out _));
        Assert.Equal(SourceGazetteer.Default.Entries.Count + 1, extended.Entries.Count);

        var mention = Assert.Single(Mentions("The Zenda Courier reported that 3,000 troops had arrived.", extended));
        Assert.Equal(("Zenda Courier", SourceKind.Outlet, "Ruritania"), (mention.Source, mention.Kind, mention.Country));
    }

    [Theory]
    [InlineData("According to Kim Min-seok, the troops arrived.", "Kim Min-seok", SourceKind.Official)]
    [InlineData("Ukrainian officials said the troops arrived.", "Ukrainian officials", SourceKind.Government)]
    [InlineData("A senior U.S. official said the troops arrived.", "U.S. officials", SourceKind.Government)]
    [InlineData("The troops arrived, said Kim Min-seok.", "Kim Min-seok", SourceKind.Official)]
    [InlineData("The troops were briefed by the NIS.", "National Intelligence Service", SourceKind.Intelligence)]
    [InlineData("North Korean state media claimed the reports were false.", "North Korean state media", SourceKind.StateMedia)]
    [InlineData("Analyst Lee Il-woo told Yonhap the troops arrived.", "Lee Il-woo", SourceKind.Other)]
    [InlineData("Seoul said the troops arrived.", "South Korea", SourceKind.Government)]
    [InlineData("Poland's airborne troops reported that the brigade had moved.", "Polish troops", SourceKind.Military)]
    [InlineData("Romania's special operations forces said 200 soldiers were on alert.", "Romanian forces", SourceKind.Military)]
    public void Finds_cited_sources(string text, string source, SourceKind kind)
    {
        Assert.Contains(Mentions(text), m => m.Source == source && m.Kind == kind);
    }

    [Theory]
    [InlineData("The troops protect their leader, Kim Jong Un, at all times.")]
    [InlineData("Foreign Minister Choe Son Hui's visit to Moscow ended on Friday.")]
    [InlineData("South Korean defense officials travel to Washington this week.")]
    [InlineData("Russia needs more soldiers for its offensive.")]
    [InlineData("Kim Jong Un inspected the troops before they left.")]
    public void People_who_only_act_are_not_sources(string text) => Assert.Empty(Mentions(text));
}
