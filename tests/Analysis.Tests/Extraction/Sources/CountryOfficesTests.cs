namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's office named without its holder's name speaks for the body it heads (issue 14, unnamed officials):
/// "Poland's defence minister said", "South Korea's spy chief told lawmakers". Sentences of our own, in the shapes of
/// real reporting (AP, Reuters, Yonhap); the negative rows are the shapes where the office is not the body's voice.
/// </summary>
public class CountryOfficesTests
{
    [Theory]
    [InlineData("About 3,000 soldiers have reached the border, Poland's defence minister said on Monday.", "Polish Defense Ministry", SourceKind.Military)]
    [InlineData("South Korea's spy chief told lawmakers that 1,500 more troops had left by ship.", "National Intelligence Service", SourceKind.Intelligence)]
    [InlineData("The Ukrainian interior minister said 8,500 border guards and police would be sent north.", "Ukrainian Interior Ministry", SourceKind.Government)]
    [InlineData("Britain's defence secretary said 900 more troops would rotate into Estonia in the spring.", "British Defense Ministry", SourceKind.Military)]
    [InlineData("Some 1,000 soldiers crossed into the east, Rwanda's army chief told a parliamentary committee.", "Rwandan Army", SourceKind.Military)]
    [InlineData("Lithuania's intelligence chief said about 4,000 Wagner fighters were still in Belarus.", "Lithuanian intelligence", SourceKind.Intelligence)]
    [InlineData("Latvia's defence minister: 1,500 reservists called up for the drills", "Latvian Defense Ministry", SourceKind.Military)]
    // A holder's word before "of" heads the service named after it: the chief of the general staff speaks for the General Staff.
    [InlineData("Ukraine's chief of the general staff said 3,000 Russian troops had been massed near Kharkiv.", "Ukrainian General Staff", SourceKind.Military)]
    [InlineData("About 3,000 soldiers crossed into northern Iraq, Turkey's Chief of General Staff told reporters.", "Turkish General Staff", SourceKind.Military)]
    public void The_office_speaks_for_its_countrys_body(string text, string source, SourceKind kind) =>
        Assert.Contains(Mentions(text), m => m.Source == source && m.Kind == kind);

    [Theory]
    // The holder is named: the person speaks, not the office.
    [InlineData("Poland's defence minister Jan Nowak said 3,000 soldiers had reached the border.", "Polish Defense Ministry")]
    [InlineData("Russia's army chief, Ivan Petrov, said 2,000 soldiers had been sent south.", "Russian Army")]
    // The office is only mentioned.
    [InlineData("About 500 soldiers escorted Lithuania's defence minister on his visit to the base.", "Lithuanian Defense Ministry")]
    // Offices that head no body the kit can name.
    [InlineData("Russia's military chief said 11,000 North Korean soldiers had fought in Kursk.", "Russian military")]
    [InlineData("Britain's prime minister said 900 troops would go to Estonia.", "British Defense Ministry")]
    // The chief of the general staff named: the person speaks; a staff the kit names no service for ("the defence staff").
    [InlineData("Ukraine's chief of the general staff, Serhiy Shaptala, said 3,000 Russian troops had been massed near Kharkiv.", "Ukrainian General Staff")]
    [InlineData("Britain's chief of the defence staff said 900 troops would go to Estonia.", "British Defense Ministry")]
    // No country: whose spy chief it is stays open.
    [InlineData("The spy chief told lawmakers that 1,500 more troops had left by ship.", "National Intelligence Service")]
    public void Not_the_bodys_voice(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
