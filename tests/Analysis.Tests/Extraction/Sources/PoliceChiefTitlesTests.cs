namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A police force's head titled as African and South Asian copy titles them, the office running on past "of" ("Inspector General
/// of Police Wanjiru Kamau said", "Commissioner of Police Omar Juma said"), is the person after the title: before, the whole run
/// was one unknown name of kind other, or the office alone. A bare "Inspector General" before a name stays a civilian's
/// title, not a general's. The sentences are ours.
/// </summary>
public class PoliceChiefTitlesTests
{
    [Theory]
    [InlineData("Inspector General of Police Wanjiru Kamau said 250 officers would fly to Port-au-Prince.", "Wanjiru Kamau", SourceKind.Official)]
    [InlineData("Deputy Inspector General of Police Peter Otieno said 250 officers would fly to Port-au-Prince.", "Peter Otieno", SourceKind.Official)]
    [InlineData("Commissioner of Police Omar Juma said 250 officers would fly to Port-au-Prince.", "Omar Juma", SourceKind.Official)]
    // Near miss: a bare inspector general is the person, a civilian.
    [InlineData("Inspector General Dana Holt said 250 officers would fly to Port-au-Prince.", "Dana Holt", SourceKind.Official)]
    public void The_holder_after_the_police_title_speaks(string text, string name, SourceKind kind)
    {
        var mention = Assert.Single(Mentions(text));
        Assert.Equal((name, kind), (mention.Source, mention.Kind));
    }
}
