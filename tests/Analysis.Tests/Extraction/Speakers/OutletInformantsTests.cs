namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Outlets and their informants, both ways: the informant an outlet cites for one claim is no origin of its other statements
/// (a later sentence's "The paper reported that …", a headline's "…, NYT says"), though it stays the origin of the claim it was
/// cited for; and an outlet that a voice the kit does not know told is the figure's via, no origin, while an inverted verb that
/// closes the sentence ("…, informed the daily Globes.") still makes the outlet speak. The sentences are ours.
/// </summary>
public class OutletInformantsTests
{
    [Theory]
    // The outlet's own other statements are its own.
    [InlineData("Report\n\nThe Guard in the capital may soon be armed, The New York Times reported, citing two people familiar with the plans. The New York Times reported that four states would send up to 600 more troops.", 600, "The New York Times", "")]
    [InlineData("US weighs moving 3,000 troops out of Japan, NYT says\n\nThe Pentagon is weighing the move, The New York Times reported on Friday, citing defense officials familiar with the talks.", 3000, "The New York Times", "")]
    // The claim it was cited for keeps its informant.
    [InlineData("Report\n\nThe Pentagon plans to move 2,000 troops to Guam, The New York Times reported, citing U.S. officials.", 2000, "U.S. officials", "The New York Times")]
    // An outlet told by a voice the kit does not know relays it; an inverted verb that closes the sentence does not.
    [InlineData("Report\n\nThe Kremlin has sent 1,200 troops to the region, the source told Reuters.", 1200, null, "Reuters")]
    [InlineData("Report\n\nThe army will keep 4,000 reservists mobilized until August, informed the economic daily Globes.", 4000, "Globes", "")]
    public void An_outlet_speaks_for_itself_alone(string document, double value, string? origin, string via)
    {
        var count = Of(document, value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), count.Via);
    }
}
