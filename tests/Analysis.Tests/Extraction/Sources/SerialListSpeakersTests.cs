namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Every name of a list of three or more that speaks as one is cited: "Togo, Gabon, the Gambia and Niger have said", with or
/// without an Oxford comma, after "such as", an article or a clause's opening phrase; people with their titles too. Not names
/// after a preposition or a verb (places or objects), nor a list with no verb of speech after it.
/// </summary>
public class SerialListSpeakersTests
{
    [Theory]
    [InlineData("Several states such as Togo, the Gambia, Gabon, Ghana and Niger have said they are ready to send 300 soldiers.", "Togo")]
    [InlineData("Several states such as Togo, the Gambia, Gabon, Ghana and Niger have said they are ready to send 300 soldiers.", "Gambia")]
    [InlineData("Several states such as Togo, the Gambia, Gabon, Ghana and Niger have said they are ready to send 300 soldiers.", "Gabon")]
    [InlineData("Norway, Finland, and Estonia said 200 more troops would reach the border by spring.", "Finland")]
    [InlineData("On Friday, Poland, Latvia and Lithuania said 200 more troops would reach the border by spring.", "Poland")]
    [InlineData("Defence Minister Maria Olsen, Foreign Minister Peter Lund and Army Chief Karl Berg on Friday said 200 more troops would come.", "Maria Olsen")]
    public void Each_name_of_a_list_that_speaks_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: names after a verb or preposition are objects or places; a list with no speech verb after it.
    [InlineData("The summit praised Togo, Gabon and Niger and said 300 soldiers would be sent.", "Togo")]
    [InlineData("Soldiers from Togo, Gabon and Niger said 300 of their comrades were wounded.", "Togo")]
    [InlineData("Togo, Gabon and Niger sent 300 soldiers to the border last year.", "Togo")]
    public void A_list_that_does_not_speak_is_not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
