namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops and whether they are ready to go, on the shapes of troop stories other than the bundled one (issue 14):
/// a National Guard is called up at home, so the state body that cites it owns it; a readiness that is denied is no plan;
/// the place troops are withdrawn from, and the country that only speaks, own nothing. Rows both ways.
/// </summary>
public class HomeForcesAndDeniedReadinessTests
{
    [Theory]
    // A Guard, like reservists, belongs to the country of the state body cited in its sentence.
    [InlineData("Untitled\n\nSome 4,000 Guard troops were sent to the port city, the Pentagon said.", "United States")]
    [InlineData("Untitled\n\nAbout 1,200 National Guard members patrol the capital, the Pentagon said on Monday.", "United States")]
    // A demonym bound to the troops still wins over the body that speaks.
    [InlineData("Untitled\n\nSeoul said some 900 guardsmen of the North Korean army had reached the front.", "North Korea")]
    // No cited state body: the Guard alone names no owner.
    [InlineData("Untitled\n\nSome 4,000 Guard troops were sent to the port city on Sunday.", null)]
    // Where troops are withdrawn from is not whose they are; a country that only speaks is not the owner.
    [InlineData("Untitled\n\nThe Pentagon plans to pull 2,500 troops out of Iraq by the spring.", "United States")]
    [InlineData("Untitled\n\nWashington will bring home 3,000 troops from Afghanistan by Christmas.", "United States")]
    [InlineData("Untitled\n\nThe drawdown would remove roughly 7,000 American service members from Afghanistan.", "United States")]
    [InlineData("Untitled\n\nThe plan would pull 2,000 troops out of Germany within a year.", null)]
    [InlineData("Untitled\n\nThe plan would withdraw about 2,000 troops from Germany within a year.", null)]
    [InlineData("Untitled\n\nOfficials expect to bring home 1,500 soldiers from Syria.", null)]
    // Without a moving verb, "from" names where the troops come from.
    [InlineData("Untitled\n\nThe mission received about 800 soldiers from Nepal in March.", "Nepal")]
    [InlineData("Untitled\n\nSome 1,200 peacekeepers from Ghana have arrived in the capital.", "Ghana")]
    [InlineData("Untitled\n\nSeoul said around 1,500 North Korean troops had landed in Vladivostok.", "North Korea")]
    [InlineData("Untitled\n\nAbout 400 soldiers died in the fighting near the river, Kyiv said.", null)]
    // The host as grammatical subject does not own troops a demonym names.
    [InlineData("Untitled\n\nChad hosted some 1,000 French soldiers at its bases until the winter.", "France")]
    public void Home_forces_belong_to_the_cited_state_and_places_own_nothing(string text, string? subject) =>
        Assert.Equal(subject, Only(text).Subject);

    [Theory]
    // A readiness denied in the figure's clause: the troops are where they are.
    [InlineData("Untitled\n\nThe island has not increased the readiness level of its 22,500-strong army.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nSome 3,000 reservists were never put on standby, officials said.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nAbout 2,000 soldiers wasn't put on high alert, the ministry insisted.", EstimateStatus.Current)]
    // A readiness stated, a hedge with "no" before the figure, or a denial in another clause: still ready to go.
    [InlineData("Untitled\n\nNo fewer than 5,000 troops were put on high alert along the border.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nSome 3,000 reservists were put on standby on Friday.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe ministry did not say why, but 1,500 paratroopers were placed on high alert.", EstimateStatus.Planned)]
    public void A_denied_readiness_is_not_a_plan(string text, EstimateStatus status) => Assert.Equal(status, Only(text).Status);

    [Theory]
    // In a document that names one side of a divided country, "the North" and "the South" are its sides.
    [InlineData("Pyongyang deepens its ties with Moscow\n\nThe North has sent 1,500 more soldiers to the front, lawmakers said.", "North Korea")]
    [InlineData("Seoul raises its guard\n\nThe South has put 3,000 soldiers on alert along the border.", "South Korea")]
    [InlineData("Pyongyang deepens its ties with Moscow\n\nSeoul believes the nuclear-armed North has sent another 3,000 troops.", "North Korea")]
    [InlineData("Talks in Khartoum\n\nSudan said the South had moved 2,000 soldiers to the border.", "South Sudan")]
    // Not without a divided country in the document, not "the North Atlantic", not a lower-case "north", not a speaker.
    [InlineData("Untitled\n\nThe North has sent 1,500 more soldiers to the front, lawmakers said.", null)]
    [InlineData("Drills in the Arctic\n\nSome 2,000 soldiers trained near the North Atlantic coast. North Korea sent observers.", null)]
    [InlineData("Drills in the Arctic\n\nAbout 2,000 soldiers moved to the north of the city. South Korea sent observers.", null)]
    [InlineData("Talks in Johannesburg\n\nThe South has put 3,000 soldiers on alert, South Africa said.", null)]
    public void The_North_and_the_South_are_the_sides_of_a_divided_country(string text, string? subject) =>
        Assert.Equal(subject, Only(text).Subject);
}
