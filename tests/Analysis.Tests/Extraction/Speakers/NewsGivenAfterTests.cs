namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// A figure whose own sentence cites no one, followed by a sentence that names the news again with the act that gave it out
/// ("X announced the plan", "the decision was announced by X", "X confirmed the news", "X confirmed the deployment"): the
/// one who gave the news is the figure's voice, in the next sentence, in the next paragraph, or opening the next paragraph past
/// one sentence that cites no one. Near misses: the act gives
/// out a figure of its own ("confirmed the deployment of 500 more"), the news is only judged ("the plan was criticised by"),
/// or the speaker announces something else. The sentences are ours, in real shapes.
/// </summary>
public class NewsGivenAfterTests
{
    [Theory]
    [InlineData("Troops\n\nAbout 2,000 soldiers will be sent to the border region next week. Defence Minister Anna Berg announced the plan on Tuesday.", 2000, "Anna Berg")]
    [InlineData("Troops\n\nSome 1,500 troops will stay in the country until June. The decision was announced by Prime Minister Ana Ruiz.", 1500, "Ana Ruiz")]
    [InlineData("Troops\n\nAt least 40 soldiers were killed in the ambush on Friday. Defence Minister Anna Berg confirmed the news on Saturday.", 40, "Anna Berg")]
    [InlineData("Troops\n\nAbout 2,000 soldiers will be sent to the border region next week.\n\nThe plan was announced by the Pentagon.", 2000, "Pentagon")]
    [InlineData("Troops\n\nThe island has received about 900 troops from its neighbours. Defence Minister Anna Berg confirmed the deployment on Monday.", 900, "Anna Berg")]
    [InlineData("Troops\n\nAbout 8,000 troops will leave the country early next year.\n\nPresident Ana Ruiz announced her decision in an address on Tuesday.", 8000, "Ana Ruiz")]
    // Past one sentence that cites no one, opening the next paragraph.
    [InlineData("Troops\n\nThe cabinet has approved sending about 120 soldiers to the flooded north. The move follows a week of heavy rain.\n\nDefence Minister Anna Berg confirmed the deployment, saying the troops would build dykes.", 120, "Anna Berg")]
    [InlineData("Troops\n\nAt least 40 soldiers were killed in the ambush on Friday. It was the deadliest attack this year.\n\nThe news was given by army spokesman Piet Dorn.", 40, "Piet Dorn")]
    // Near misses: the writer's own figure stays so.
    [InlineData("Troops\n\nAbout 2,000 soldiers will be sent to the border region next week. The move follows a week of clashes.\n\nThe figures of the Pentagon put the total at 3,000.", 2000, null)]
    [InlineData("Troops\n\nAbout 2,000 soldiers will be sent to the border region next week. Defence Minister Anna Berg confirmed the deployment of 500 more troops on Monday.", 2000, null)]
    [InlineData("Troops\n\nAbout 2,000 soldiers will be sent to the border region next week. The plan was criticised by opposition leader Jan Kowal.", 2000, null)]
    [InlineData("Troops\n\nAbout 2,000 soldiers will be sent to the border region next week. Defence Minister Anna Berg announced new sanctions on Tuesday.", 2000, null)]
    public void The_giver_of_the_news_voices_the_figure_before(string document, double value, string? origin) =>
        Assert.Equal(origin, Extracted.Of(document, value).AttributedTo);
}
