namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice in a clause opened by "as" that closes a phrase after another voice's clause, with no comma of its own ("…, the
/// Pentagon says, more than tripling the previous estimate as NATO warned of …"), tells its own news, as one after ", as" does:
/// the figure is the first voice's. Where no other voice speaks before it, the "as" clause's voice keeps the figure. The
/// sentences are ours, in the shape of AFP copy reused by several outlets.
/// </summary>
public class AsClauseAfterPhraseTests
{
    [Theory]
    [InlineData("Earlier on Monday, France said that Russia has sent some 2,000 troops to Mali, more than doubling the previous estimate as the EU warned of a wider war.", "France")]
    [InlineData("Russia has sent some 2,000 troops to Mali, the French defence ministry says, nearly doubling its earlier count as the EU warned of a wider war.", "French Defense Ministry")]
    // Near misses: no other voice before "as"; "as well as" joins a second voice.
    [InlineData("Some 2,000 Russian troops have reached Mali, more than doubling the earlier count as the EU reported on Monday.", "European Union")]
    [InlineData("Poland said that 2,000 Belarusian troops had massed at the border, as well as NATO officials.", "Poland")]
    public void The_voice_before_the_as_clause_says_the_figure(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
