namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A request or a proposal whose object is the count asked for is its maker's voice, formal or not: "the command requested
/// 5,000 to 10,000 troops", "the minister is requesting up to 2,000 reservists", "the command recommended sending 40,000". A request of something else (an explanation, an inquiry, the
/// troops named before) speaks for no figure. The sentences are ours, in real shapes.
/// </summary>
public class RequestedCountsTests
{
    [Theory]
    // The count right after the verb, or after a hedge, "another", "an additional", "up to".
    [InlineData("Talks\n\nU.S. Central Command had initially requested 5,000 more troops for the region.", 5000, "U.S. Central Command")]
    [InlineData("Talks\n\nDefence Minister Jan Novak is requesting up to 2,000 reservists for the border.", 2000, "Jan Novak")]
    [InlineData("Talks\n\nThe Pentagon requested some 3,000 extra troops for the border.", 3000, "Pentagon")]
    [InlineData("Talks\n\nU.S. Africa Command asked for an additional 800 troops after the attack.", 800, "U.S. Africa Command")]
    // A proposal or recommendation of a count, named by what it proposes ("an increase of", "sending", "the deployment of").
    [InlineData("Talks\n\nU.S. Central Command recommended sending 40,000 more troops to the region.", 40000, "U.S. Central Command")]
    [InlineData("Talks\n\nThe Joint Chiefs of Staff recommended the deployment of 3,000 soldiers to the border.", 3000, "Joint Chiefs of Staff")]
    [InlineData("Talks\n\nNATO proposed a force of 4,000 soldiers for the mission.", 4000, "NATO")]
    // Not a request of the count: an explanation of a plan that holds it, an inquiry into a toll, talks on troops named,
    // a force's mandate.
    [InlineData("Talks\n\nNATO proposed talks on the 3,000 troops at the border.", 3000, null)]
    [InlineData("Talks\n\nThe African Union had asked for the 7,000-strong force's mandate to be extended.", 7000, null)]
    [InlineData("Talks\n\nJakarta has asked for an explanation of the plan to place 2,500 American marines in Darwin.", 2500, null)]
    [InlineData("Talks\n\nNATO has requested an inquiry into the deaths of 12 soldiers at the border.", 12, null)]
    public void A_request_speaks_for_the_count_it_asks_for(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));

    [Theory]
    // Troops asked for before, named by a pronoun: the voice that counted them keeps them.
    [InlineData("Talks\n\nThe Kremlin said the 16,000 troops had been sent lawfully. President Viktor Lenko had asked for them.", 16000, "Kremlin")]
    // A request reported inside another's words is the reporter's figure.
    [InlineData("Talks\n\nDefence Minister Jan Novak says President Adama Keita has requested 300 more troops.", 300, "Jan Novak")]
    public void A_request_of_troops_named_before_or_reported_keeps_their_voice(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}
