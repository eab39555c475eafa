namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A part given as "N out of the M ..." (part_links): the same as "N of the M", a part of the whole after it (a casualty verb
/// makes the part casualties and leaves the whole a deployment); "N out of 10" with no determiner stays a ratio.
/// </summary>
public class PartsOutOfWholesTests
{
    [Theory]
    [InlineData("Untitled\n\nSome 300 out of the 2,000 soldiers sent to the region have been withdrawn, the army said.", 300d, TroopKind.Subset)]
    [InlineData("Untitled\n\nSome 300 out of the 2,000 soldiers sent to the region have been withdrawn, the army said.", 2_000d, TroopKind.Deployment)]
    [InlineData("Untitled\n\nAbout 450 out of its 3,000 troops are engineers.", 450d, TroopKind.Subset)]
    [InlineData("Untitled\n\nOnly 800 out of their 5,500 peacekeepers have arrived so far.", 800d, TroopKind.Subset)]
    // A casualty verb after the whole: the part died, the whole is the force it came from.
    [InlineData("Untitled\n\nTwelve out of the 40 peacekeepers in the convoy were wounded.", 12d, TroopKind.Casualties)]
    [InlineData("Untitled\n\nTwelve out of the 40 peacekeepers in the convoy were wounded.", 40d, TroopKind.Deployment)]
    public void A_part_out_of_a_whole_is_a_part(string text, double value, TroopKind kind) => Assert.Equal(kind, Of(text, value).Kind);

    [Theory]
    // "out of" with no determiner is a ratio: the part is no figure.
    [InlineData("Untitled\n\nNine out of 10 soldiers said they had too little food.", 9d)]
    [InlineData("Untitled\n\nThree out of 40 soldiers in the survey said they had too little food.", 3d)]
    public void A_ratio_out_of_a_number_is_no_part(string text, double value) =>
        Assert.DoesNotContain(DocumentCounts(text), c => c.Value == value);
}
