namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence that opens with a whole told by a number and a relative of casualties ("Of the 1,250 who were killed, ...",
/// "Among the 2,800 who sustained injuries, ..."), after a passage about troops: the whole counts casualties (the relative's
/// verb says so, the number has no noun), and a part counted after its comma is a part of them (subset), as after "Of the
/// wounded". Real casualty reporting breaks tolls down so. The comma that closes the fronted whole is the one right before the
/// part, not one inside the whole's number. Not a crowd of others ("Among the 5,000 who attended the funeral"), and a part with a
/// casualty verb of its own is a toll. The sentences are ours.
/// </summary>
public class CasualtyRelativeWholeTests
{
    private const string Before = "The kingdom has sent about 9,000 soldiers to the front this year. ";

    [Theory]
    [InlineData(Before + "Of the 1,250 who were killed, most died in artillery strikes.", 1250, TroopKind.Casualties)]
    [InlineData(Before + "Among the 2,800 who sustained injuries in the fighting, about 900 were flown back.", 2800, TroopKind.Casualties)]
    [InlineData(Before + "Among the 2,800 who sustained injuries in the fighting, about 900 were flown back.", 900, TroopKind.Subset)]
    [InlineData(Before + "Of the 2,800 who were wounded, some 700 were taken to the capital.", 700, TroopKind.Subset)]
    // The dead as speeches and memorials name them.
    [InlineData(Before + "Of the 1,900 who gave their lives in the war, 140 came from the capital.", 1900, TroopKind.Casualties)]
    [InlineData(Before + "Of the 640 who made the ultimate sacrifice, 52 were officers.", 640, TroopKind.Casualties)]
    [InlineData(Before + "Among the 310 who paid with their lives, 40 were conscripts.", 310, TroopKind.Casualties)]
    // Near miss: a casualty verb of the part's own.
    [InlineData(Before + "Of the 2,800 who were wounded, about 300 later died.", 300, TroopKind.Casualties)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    [Theory]
    // Near miss: a crowd of others the troops are among.
    [InlineData(Before + "Among the 5,000 who attended the funeral, 300 were officers.", 5000)]
    // Near miss: those who gave their time are volunteers of another sort.
    [InlineData(Before + "Of the 2,000 who gave their time to the relief effort, 300 were students.", 2000)]
    public void Not_a_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
