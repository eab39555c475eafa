namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Photo credits cite nothing ("(Reuters/File)", "AFP via Getty Images"); a country's initials before its ministry name
/// it ("the UK Ministry of Defence"); a live blog entry's heading may open with a time stamp before its colon speaker
/// ("14:05 GMT Zelenskyy: …"). Sentences of our own, in the shapes of real captions (AP, Reuters, AFP/Getty, EPA-EFE,
/// Yonhap) and live blogs; each rule has rows both ways.
/// </summary>
public class PhotoCreditsAndHeadingsTests
{
    [Theory]
    [InlineData("Photo: A Ukrainian soldier near the border, November 2024. (Reuters/File)", "Reuters")]
    [InlineData("Photo: A Ukrainian soldier near the border, November 2024. (Reuters/File)", "File")]
    [InlineData("Ukrainian soldiers fire a howitzer near Kurakhove on Nov. 3, 2024. (AP Photo/Efrem Lukatsky, File)", "Associated Press")]
    [InlineData("North Korean soldiers march in Pyongyang in a file photo. AFP via Getty Images", "AFP")]
    [InlineData("A North Korean soldier at a parade in Pyongyang. (Yonhap/File)", "Yonhap")]
    [InlineData("Soldiers train near the Belarusian border in October. EPA-EFE/Wojtek Jargilo", "EFE")]
    [InlineData("Ukrainian servicemen near Pokrovsk on Tuesday. (Handout via Reuters)", "Reuters")]
    public void A_photo_credit_is_no_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // A story's own credit, and an outlet named in prose, stay sources.
    [InlineData("About 2,000 troops have arrived in Latvia, the ministry said. (Yonhap)", "Yonhap")]
    [InlineData("Some 1,500 soldiers were sent, Lithuania's army said. (PNA/Xinhua)", "Xinhua")]
    [InlineData("The 500 troops were filmed by a Reuters photographer near the border.", "Reuters")]
    [InlineData("About 1,000 soldiers arrived in Latvia, according to photos obtained by Reuters.", "Reuters")]
    // "UK" before a ministry is the country's adjective.
    [InlineData("The UK Ministry of Defence said in its daily intelligence update that Russia had moved 5,000 troops north.", "British Defense Ministry")]
    [InlineData("The UK Defence Ministry said 5,000 troops had moved.", "British Defense Ministry")]
    // A country's armed forces by their initials.
    [InlineData("The IDF said about 300 reservists were called up for the northern front.", "Israel Defense Forces")]
    [InlineData("About 300 reservists were called up, IDF spokesman Daniel Hagari said.", "Daniel Hagari")]
    public void Still_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Fact]
    public void A_countrys_initials_name_its_ministry_not_another_body() =>
        Assert.Contains(Mentions("The UK Ministry of Defence said 5,000 troops had moved."), m => m.Source == "British Defense Ministry" && m.Kind == SourceKind.Military);

    [Theory]
    [InlineData("Live: war in Ukraine\n\n14:05 GMT Zelenskyy: Russia has massed 50,000 troops near Kursk", "Volodymyr Zelensky")]
    [InlineData("Live: war in Ukraine\n\n**14:05 GMT** Zelenskyy: Russia has massed 50,000 troops near Kursk", "Volodymyr Zelensky")]
    [InlineData("Live: war in Ukraine\n\n## Zelenskyy: Russia has massed 50,000 troops near Kursk", "Volodymyr Zelensky")]
    [InlineData("Live: war in Ukraine\n\n2:15 p.m. ET – Zelenskyy: 3,000 more troops to Kursk", "Volodymyr Zelensky")]
    public void A_live_blog_headings_colon_speaker_is_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Not a heading: a time stamp inside prose, or a word that is not one.
    [InlineData("Live: war in Ukraine\n\nAt 14:05 Zelenskyy: Russia has massed 50,000 troops near Kursk", "Volodymyr Zelensky")]
    [InlineData("Live: war in Ukraine\n\n14:05 Kyiv time Zelenskyy: Russia has massed 50,000 troops near Kursk", "Volodymyr Zelensky")]
    public void Not_a_headings_speaker(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    // An unnamed state voice takes the country of the state voice cited before it, not the country whose troops its
    // sentence is about.
    [Theory]
    [InlineData("North Korea denies the reports. A government source said about 10,000 North Korean troops were in Russia.", "North Korean government sources", false)]
    [InlineData("South Korea's spy agency briefed lawmakers on Monday. About 10,000 troops from the North are in Russia, defense officials said.", "South Korean defense officials", true)]
    public void An_unnamed_voice_takes_the_cited_country_not_the_subjects(string text, string source, bool found) =>
        Assert.Equal(found, Mentions(text).Any(m => m.Source == source));
}
