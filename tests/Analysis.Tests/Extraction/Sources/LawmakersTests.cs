namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Members of a legislature cited with no country before them ("lawmakers briefed by the
/// agency said", "the lawmakers said", "citing legislators") are a state's, the state whose body the sentence names (who
/// briefed them), else the state voice's the passage cited before, else the dateline's or the national outlet's; named as a
/// country's lawmakers are ("South Korean lawmakers"). Not an audience ("told lawmakers"), not before their names.
/// </summary>
public class LawmakersTests
{
    [Theory]
    // The body the sentence names briefed them.
    [InlineData("The NIS believes about 4,000 North Korean soldiers have been wounded, lawmakers briefed by the agency said on Monday.", "South Korean lawmakers")]
    [InlineData("Some 2,500 troops will be sent to the region, according to legislators briefed by the Pentagon on Thursday.", "U.S. lawmakers")]
    // A national outlet cites them.
    [InlineData("About 1,200 more soldiers will go to the front, Yonhap reported, citing lawmakers who attended the closed session.", "South Korean lawmakers")]
    // The dateline is theirs.
    [InlineData("CANBERRA - Up to 400 soldiers will stay on at the base next year, lawmakers said after the hearing.", "Australian lawmakers")]
    public void Lawmakers_with_no_country_before_them_are_the_passages_states(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Fact]
    public void The_lawmakers_of_a_later_sentence_are_the_state_voice_cited_before()
    {
        var mentions = Mentions("Some 8,000 North Korean troops are now in Kursk, the National Intelligence Service told a closed session on Tuesday. "
            + "About 300 of them have been killed since January, the lawmakers said.");
        Assert.Contains(mentions, m => m.Source == "South Korean lawmakers");
    }

    [Theory]
    // An audience is no source.
    [InlineData("CANBERRA - Up to 400 soldiers will stay on at the base next year, the minister told lawmakers.", "Australian lawmakers")]
    // Named lawmakers speak themselves.
    [InlineData("Some 3,000 North Korean troops were wounded, lawmakers Park Ji-won and Lee Hoon told reporters after the NIS briefing.", "South Korean lawmakers")]
    // A passage that gives them no state leaves them out rather than guessing one.
    [InlineData("About 900 troops will be sent by the end of the year, lawmakers said.", "U.S. lawmakers")]
    [InlineData("About 900 troops will be sent by the end of the year, lawmakers said.", "lawmakers")]
    public void Lawmakers_are_not_cited_as_the_passages_states_where_they_do_not_speak(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // A demonym before them is theirs, never the briefing body's.
    [InlineData("Some 10,000 troops were placed on alert, U.S. lawmakers briefed by the NIS said.", "U.S. lawmakers", "South Korean lawmakers")]
    public void A_demonym_before_lawmakers_is_theirs(string text, string source, string not)
    {
        var mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Source == source);
        Assert.DoesNotContain(mentions, m => m.Source == not);
    }
}
