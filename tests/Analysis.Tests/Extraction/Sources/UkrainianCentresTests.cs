namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Ukraine's Center for Countering Disinformation and its National Resistance Center, cited throughout the reporting on North
/// Korean troops in Russia, are known bodies of Ukraine: one name whichever spelling copy uses ("Centre", as British and
/// Ukrainian outlets write it) and Ukraine's voice where the text names no owner, so that unnamed intelligence officials after
/// them are Ukraine's as after any Ukrainian state voice. The sentences are ours.
/// </summary>
public class UkrainianCentresTests
{
    [Theory]
    [InlineData("The Centre for Countering Disinformation said on Sunday that 400 North Korean soldiers had been wounded.", "Center for Countering Disinformation")]
    [InlineData("According to the National Resistance Centre, 1,500 North Korean soldiers were training near Kursk.", "National Resistance Center")]
    [InlineData("The National Resistance Centre, part of Ukraine's Special Operations Forces, said 900 North Korean troops had arrived.", "National Resistance Center")]
    public void The_centres_are_Ukrainian_bodies(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source && m.Country == "Ukraine");

    // Near miss: a centre inside its head's job title is no voice of its own; he speaks.
    [Theory]
    [InlineData("Andriy Kovalenko, who heads the Centre for Countering Disinformation, said 600 North Korean soldiers had died.", "Andriy Kovalenko")]
    public void Its_head_speaks_for_himself(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
