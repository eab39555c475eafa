namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Sources that no entry of the gazetteer names, found by their shape: a credit after the last sentence, a ministry or
/// a group named by its country's capital, a country's state media and armed forces, an armed group, a title that runs
/// on or sits inside an apposed name.
/// </summary>
public class UnlistedSourcesTests
{
    [Theory]
    [InlineData("Kenya will send 400 more police officers to Haiti, officials said. -Capital FM", "Capital FM", SourceKind.Outlet)]
    [InlineData("The ambush killed 12 soldiers, the army said. (Agenzia Nova)", "Agenzia Nova", SourceKind.Outlet)]
    [InlineData("Some 600 German soldiers will take part, the Defence Ministry said.", "German Defense Ministry", SourceKind.Military)]
    [InlineData("Lawmakers in Seoul said the troops had arrived.", "South Korean lawmakers", SourceKind.Official)]
    [InlineData("The drill will involve 3,000 soldiers, the government in Budapest announced.", "Hungarian government", SourceKind.Government)]
    [InlineData("Houthi militants said they had shot down the drone.", "Houthi militants", SourceKind.Other)]
    [InlineData("Hungary's state news agency reported that 300 soldiers had left.", "Hungarian state news agency", SourceKind.StateMedia)]
    [InlineData("Latvia's National Guard said 500 volunteers joined the drill.", "Latvian National Guard", SourceKind.Military)]
    [InlineData("Sergeant Ana Costa, a spokeswoman for the brigade, said the troops had left.", "Ana Costa", SourceKind.Military)]
    [InlineData("Chief of the Defence Staff Ian Marsh said the troops were ready.", "Ian Marsh", SourceKind.Official)]
    [InlineData("Colonel Souleymane Dembélé, a spokesman for the army, said 40 soldiers had died.", "Souleymane Dembélé", SourceKind.Military)]
    [InlineData("Chief of the Defence Staff Søren Østergård said 200 soldiers would go.", "Søren Østergård", SourceKind.Official)]
    public void Finds_sources_no_list_names(string text, string source, SourceKind kind) =>
        Assert.Contains(Mentions(text), m => m.Source == source && m.Kind == kind);

    [Theory]
    [InlineData("Troops in Lithuania will train with Polish units next year.")]
    [InlineData("Tuareg rebels control most of the north.")]
    [InlineData("Fighting resumed near the border in May (KFOR).")]
    [InlineData("The Ministry of Defence building was evacuated on Monday.")]
    [InlineData("The convoy reached the base before 2024 - Route Nine stayed closed.")]
    public void Shapes_that_do_not_cite_are_not_sources(string text) => Assert.Empty(Mentions(text));

    [Theory]
    [InlineData("IDF spokesman Daniel Hagari said 300,000 reservists were mobilised. Hagari added that more could follow.", "Hagari")]
    [InlineData("Defense Ministry spokesman Jeon Ha-kyu said the troops had left. Jeon told reporters they had arrived.", "Jeon")]
    [InlineData("Defense Ministry spokesman Jeon Ha-kyu said the troops had left. Jeon Ha Kyu later said they had arrived.", "Jeon Ha Kyu")]
    public void A_person_named_once_is_one_source_by_surname_and_spelling(string text, string laterSurface)
    {
        var mentions = Mentions(text);
        var later = Assert.Single(mentions, m => m.Surface == laterSurface);
        Assert.Equal(mentions[0].Source, later.Source);
        Assert.Single(mentions.Select(m => m.Source).Distinct());
    }

    [Theory]
    // (A surname no gazetteer lists: Hagari is listed now.)
    [InlineData("Shoshani said 300,000 reservists were mobilised.")]
    [InlineData("Analyst Mark Ellis said the brigade had moved. Ellis Park stayed closed to traffic.")]
    public void A_surname_is_a_source_only_after_its_person_and_where_it_is_cited(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Surface is "Shoshani" or "Ellis");
}
