namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A military body cited in a figure's own sentence ("The Philippines' military said", "Russia's military said") owns the troops
/// it counts before a country carried from an earlier sentence does, with "'s" and with a bare apostrophe; not when it only puts
/// a number on something ("estimate it at", "puts their number at").
/// </summary>
public class CitedBodyOwnerTests
{
    [Theory]
    [InlineData("Guyana said it would send 100 soldiers to the border region. The Philippines' military said 500 troops had been sent to the island.", 500, "Philippines")]
    [InlineData("Guyana said it would send 100 soldiers to the border region. Russia's military said 500 troops had been sent to the island.", 500, "Russia")]
    [InlineData("Kenya will send 400 police officers to the capital. Belarus' defence ministry said 3,000 troops were moved to the border.", 3000, "Belarus")]
    public void The_cited_body_s_country_owns_over_the_carried_one(string text, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + text, value).Subject);

    [Theory]
    // Who puts a number on a thing does not own it: the carried country does.
    [InlineData("North Korea sent more troops to Russia this month. Officers in the South Korean army estimate it at more than 1,000.", 1000, "North Korea")]
    [InlineData("North Korea sent more troops to Russia this month. The South Korean military puts their number at more than 1,000.", 1000, "North Korea")]
    public void The_carried_country_stays_where_the_body_only_estimates(string text, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + text, value).Subject);
}
