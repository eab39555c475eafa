namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>The countries of a lexicon: names, demonyms and aliases found as whole words, case-sensitive, with possessives.</summary>
public class CountriesTests
{
    [Theory]
    [InlineData("North Korea's troops", "North Korea's|North Korea|True")]
    [InlineData("the Korean People’s Army", "Korean People’s Army|North Korea|False")]
    [InlineData("Seoul' said", "Seoul'|South Korea|True")]
    [InlineData("Russia'st", "Russia|Russia|False")]
    [InlineData("U.S.-led drills", "U.S.|United States|False")]
    [InlineData("let us go to the USA", "USA|United States|False")]
    [InlineData("Russians and Russian troops in the Russian Federation", "Russians|Russia|False;Russian|Russia|False;Russian Federation|Russia|False")]
    [InlineData("x.US or US_ or Kremlin", "Kremlin|Russia|False")]
    [InlineData("northkorea", "")]
    [InlineData("Chadian and Irish peacekeepers", "Chadian|Chad|False;Irish|Ireland|False")]
    [InlineData("troops from South Sudan, not Sudan", "South Sudan|South Sudan|False;Sudan|Sudan|False")]
    [InlineData("Guinea-Bissau's and Papua New Guinean soldiers", "Guinea-Bissau's|Guinea-Bissau|True;Papua New Guinean|Papua New Guinea|False")]
    [InlineData("officials in Côte d’Ivoire and the UAE", "Côte d’Ivoire|Ivory Coast|False;UAE|United Arab Emirates|False")]
    public void Finds_names_with_their_country_and_possessive(string text, string expected)
    {
        var found = Countries.For(Lexicon.Default).Find(text, 0, text.Length).Select(c => $"{text[c.Span.Start..c.Span.End]}|{c.Country.Name}|{c.Possessive}");
        Assert.Equal(expected, string.Join(";", found));
    }

    [Fact]
    public void Stays_inside_its_range()
    {
        const string text = "Russia and Ukraine";
        Assert.Equal(["Ukraine"], Countries.For(Lexicon.Default).Find(text, 7, text.Length).Select(c => c.Country.Name));
        Assert.Equal(["Russia"], Countries.For(Lexicon.Default).Find(text, 0, 10).Select(c => c.Country.Name));
    }

    [Fact]
    public void Adjectives_and_names_come_from_the_lexicon()
    {
        var countries = Countries.For(Lexicon.Default);
        Assert.True(Assert.Single(countries.Find("Chinese troops", 0, 14)).IsAdjective);
        Assert.False(Assert.Single(countries.Find("China's troops", 0, 14)).IsAdjective);
        Assert.False(Assert.Single(countries.Find("Chinese' troops", 0, 15)).IsAdjective);
        var pyongyang = Assert.Single(countries.Find("Pyongyang’s envoy", 0, 17));
        Assert.Equal(("North Korea", false, new TextSpan(0, 9), new TextSpan(0, 11)), (pyongyang.Country.Name, pyongyang.IsDemonym, pyongyang.Name, pyongyang.Span));
        Assert.Equal("U.S.", countries.Adjective("United States"));

        var lexicon = Lexicon.Default.Merge(Lexicon.Parse("""{ "countries": [ { "name": "Ruritania", "demonyms": ["Ruritanian"], "aliases": ["Strelsau"] } ] }"""));
        var withRuritania = Countries.For(lexicon);
        Assert.Equal(["Ruritania", "Ruritania"], withRuritania.Find("Strelsau said Ruritanian units", 0, 30).Select(c => c.Country.Name));
        Assert.Empty(Countries.For(Lexicon.Default).Find("Strelsau said", 0, 13));
        Assert.Same(withRuritania, Countries.For(lexicon));
    }
}
