namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A party's or a committee's capitalised name before a titled person ("according to Democratic Party Rep. Kim Byung-kee",
/// "according to House Armed Services Committee Chairman Mike Rogers") is part of the person's title: the cue before it cites
/// the person, and the run that ends on an abbreviated title ("Democratic Party Rep") is no voice of its own. Before, the cue
/// cited that run, or no one. A title with nothing before it was already read so. The sentences are ours.
/// </summary>
public class PartyBeforeTitleTests
{
    [Theory]
    [InlineData("Some 2,500 soldiers were flown to Vladivostok, according to Democratic Party Rep. Hong Ki-won.", 2500, "Hong Ki-won")]
    [InlineData("Pyongyang may add 4,000 troops, according to Justice Party lawmaker Shim Sang-jung.", 4000, "Shim Sang-jung")]
    [InlineData("Up to 1,200 Marines could rotate through Darwin, according to Senate Foreign Relations Committee Chairman Tom Akers.", 1200, "Tom Akers")]
    [InlineData("About 600 Guard members are heading south, according to Republican Sen. Dale Hollis.", 600, "Dale Hollis")]
    // Near misses: a titled person with no party before the title, and a party member speaking after his name.
    [InlineData("Some 2,500 soldiers were flown to Vladivostok, according to Rep. Hong Ki-won.", 2500, "Hong Ki-won")]
    [InlineData("People Power Party Rep. Yu Sang-bum said 2,500 soldiers were flown to Vladivostok.", 2500, "Yu Sang-bum")]
    public void The_person_after_a_party_title_speaks(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    [InlineData("Some 2,500 soldiers were flown to Vladivostok, according to Democratic Party Rep. Hong Ki-won.")]
    [InlineData("About 600 Guard members are heading south, according to Republican Sen. Dale Hollis.")]
    public void The_party_and_title_are_no_source(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.EndsWith(" Rep", StringComparison.Ordinal) || m.Source.EndsWith(" Sen", StringComparison.Ordinal) || m.Source.Contains("Party"));
}
