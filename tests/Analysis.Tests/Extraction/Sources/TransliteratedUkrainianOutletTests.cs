namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Ukrainian outlets in the other transliterations that relays of Ukrainian copy write ("RBK-Ukraine" and "RBK-Ukraina" for
/// РБК-Україна, "Ukrayinska Pravda"): each is the outlet, the relay of the paper it cites. The dev set's gold keeps "RBK-Ukraine"
/// as written (nk5), so that spelling is its own entry; "Ukrayinska Pravda" is Ukrainska Pravda. The sentences are ours.
/// </summary>
public class TransliteratedUkrainianOutletTests
{
    [Theory]
    [InlineData("Up to 1,200 North Korean soldiers were wounded in January, as reported by RBK-Ukraine, citing The Washington Post.", "RBK-Ukraine")]
    [InlineData("Up to 1,200 North Korean soldiers were wounded in January, RBK-Ukraina reported.", "RBK-Ukraine")]
    [InlineData("Up to 1,200 North Korean soldiers were wounded in January, Ukrayinska Pravda reported.", "Ukrainska Pravda")]
    // Near miss: the usual spelling, as before.
    [InlineData("Up to 1,200 North Korean soldiers were wounded in January, RBC-Ukraine reported.", "RBC-Ukraine")]
    public void The_outlet_is_a_source(string text, string outlet) =>
        Assert.Contains(Mentions(text), m => m.Source == outlet && m.Kind == Analysis.Extraction.SourceKind.Outlet);
}
