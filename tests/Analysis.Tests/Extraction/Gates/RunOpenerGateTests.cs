namespace Analysis.Tests.Extraction.Gates;

using Analysis.Extraction;

/// <summary>
/// A line saying where a story ran before ("Originally published in …", "This article first appeared on …") is read by
/// <see cref="SignOffs.RunOpener"/> only where <see cref="SignOffs.MayOpenRun"/> finds one of its branches' first words at the
/// line's start (after "This " or "The ", the thing that ran and its space): wherever the pattern matches, the gate lets it run
/// (every dev-set passage's sentences and generated articles, whole and from each space on; every branch written out), and the
/// rest is turned away.
/// </summary>
public class RunOpenerGateTests
{
    [Fact]
    public void The_gate_lets_every_match_of_the_pattern_run()
    {
        var agreement = new GateAgreement(SignOffs.RunOpener, SignOffs.MayOpenRun);
        foreach (var sentence in GateAgreement.Sentences(generated: 300))
        {
            agreement.Check(sentence);
            for (var i = 0; i < sentence.Length; i++)
                if (sentence[i] == ' ') agreement.Check(sentence.AsSpan(i + 1));
        }
        Assert.Empty(agreement.Missed);
        Assert.True(agreement.TurnedAway > 100_000, $"only {agreement.TurnedAway} lines turned away");
    }

    // Our own lines, one per branch of the pattern and its options.
    [Theory]
    [InlineData("This article first appeared on The Harbour Ledger, a nonprofit newsroom.")]
    [InlineData("The story was originally published in the Valley Courier.")]
    [InlineData("This op-ed has been published by the Coastal Review.")]
    [InlineData("The column also ran in the Evening Post.")]
    [InlineData("A version of this report first appeared in the Northern Herald.")]
    [InlineData("A version of this piece was published on Radio Lakeside.")]
    [InlineData("Originally published in the Mountain Gazette.")]
    [InlineData("First appeared on Island Wire.")]
    [InlineData("Reprinted with the permission of the Plains Tribune.")]
    [InlineData("Republished from the River Times.")]
    public void Every_branch_passes_the_gate(string line)
    {
        Assert.Matches(SignOffs.RunOpener, line);
        Assert.True(SignOffs.MayOpenRun(line));
    }

    // Near misses: a branch's words out of their case or place, which the pattern cannot match either.
    [Theory]
    [InlineData("this article first appeared on The Harbour Ledger.")]
    [InlineData("It was originally published in the Valley Courier.")]
    [InlineData("REPRINTED from the River Times.")]
    [InlineData("The government first published the figures on Monday.")]
    [InlineData("This week the story was first published in the Valley Courier.")]
    [InlineData("The Article first appeared on The Harbour Ledger.")]
    [InlineData("The story, first published in the Valley Courier, ran again.")]
    public void Lines_that_open_with_no_branch_are_turned_away(string line)
    {
        Assert.DoesNotMatch(SignOffs.RunOpener, line);
        Assert.False(SignOffs.MayOpenRun(line));
    }
}
