namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline that ends in a colon and an acronym ("…: GDS") which the body defines in brackets ("the Ghana Defence Staff
/// (GDS) said") names its speaker by that acronym: the body the document defined, not an unknown word. An acronym nothing
/// defines stays no speaker. The sentences are ours.
/// </summary>
public class HeadlineDefinedAcronymTests
{
    [Theory]
    [InlineData("Ghana sends 350 soldiers to Lebanon: GDS\n\nThe Ghana Defence Staff (GDS) said on Monday the soldiers had left Accra.", "Ghana Defence Staff")]
    public void The_defined_acronym_speaks(string document, string origin) =>
        Assert.Equal(origin, Assert.Single(DocumentCounts(document), c => c.Value == 350).AttributedTo);

    [Theory]
    // Near miss: an acronym the body never defines.
    [InlineData("Ghana sends 350 soldiers to Lebanon: GDS\n\nThe soldiers had left Accra on Monday.")]
    public void An_undefined_acronym_is_no_speaker(string document) =>
        Assert.Null(Assert.Single(DocumentCounts(document), c => c.Value == 350).AttributedTo);
}
