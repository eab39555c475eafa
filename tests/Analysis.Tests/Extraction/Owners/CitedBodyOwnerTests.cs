namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A military body of one country that speaks in a figure's sentence does not take the troops it counts from the country the
/// passage carries: one state's army routinely counts another's troops (Seoul's on the North's, Kyiv's on Moscow's).
/// </summary>
public class CitedBodyOwnerTests
{
    [Theory]
    [InlineData("North Korea has sent 11,000 troops to Russia. South Korea's military said 3,000 troops had been sent to the front.", 3000, "North Korea")]
    [InlineData("Russia moved two brigades toward the border this month. Ukraine's defence ministry said 8,000 troops had arrived near Kharkiv.", 8000, "Russia")]
    public void The_speaking_body_does_not_take_the_carried_country_s_troops(string text, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + text, value).Subject);

    [Theory]
    // Who puts a number on a thing does not own it: the carried country does.
    [InlineData("North Korea sent more troops to Russia this month. Officers in the South Korean army estimate it at more than 1,000.", 1000, "North Korea")]
    [InlineData("North Korea sent more troops to Russia this month. The South Korean military puts their number at more than 1,000.", 1000, "North Korea")]
    public void The_carried_country_stays_where_the_body_only_estimates(string text, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + text, value).Subject);

    [Theory]
    // A country's possessive on its count or estimate gives the figure; it is not the subject of the verb that follows.
    [InlineData("Eritrea sent a division across the border in May. By Addis Ababa's count, the division had lost more than 2,500 men.", 2500, "Eritrea")]
    [InlineData("Rwanda moved troops into the east last year. By Kinshasa's estimate, the brigade has lost 700 soldiers since March.", 700, "Rwanda")]
    // Near miss: the possessive of a force, not of a count, is the verb's subject.
    [InlineData("Rwanda moved troops into the east last year. Uganda's army has lost 300 soldiers since March.", 300, "Uganda")]
    public void A_country_s_count_does_not_make_it_the_loser(string text, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + text, value).Subject);
}
