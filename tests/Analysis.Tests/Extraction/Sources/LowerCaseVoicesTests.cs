namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed voices written in lower case that real copy cites with no name: one resident, witness or trader ("a witness told
/// the agency", "a resident said"), named by the plural as the DevSet header names "residents" and "witnesses"; a voice of no
/// country named by where it stands, keeping that word ("a local trader told the agency": "local traders", as "local sources"
/// and "local observers"); reports said only to be new ("according to new reports": "reports", as "some reports"); and a
/// body's envoy to a place named with its article ("the UN's envoy to the Dominican Republic said"). Near misses: residents
/// who do not speak, and a country's local officials, who stay its officials. The articles are ours.
/// </summary>
public class LowerCaseVoicesTests
{
    [Theory]
    [InlineData("According to a witness, about 40 soldiers crossed the river at dawn.", "witnesses")]
    [InlineData("A witness told the agency that about 40 soldiers crossed the river at dawn.", "witnesses")]
    [InlineData("About 40 soldiers crossed the river at dawn, a resident said.", "residents")]
    [InlineData("A local trader told the agency that about 40 soldiers crossed the river at dawn.", "local traders")]
    [InlineData("About 40 soldiers crossed the river at dawn, local traders said.", "local traders")]
    [InlineData("About 40 soldiers have left the town, according to new reports.", "reports")]
    [InlineData("Fresh reports say about 40 soldiers have left the town.", "reports")]
    public void A_lower_case_voice_is_cited_as_the_text_names_it(string sentence, string expected) =>
        Assert.Contains(PageMentions("Soldiers cross the river", sentence), m => m.Source == expected);

    [Theory]
    [InlineData("The UN's envoy to the Dominican Republic accused the police of abuses by some of its 2,000 officers.")]
    [InlineData("The UN's envoy to the Republic of the Congo accused the army of abuses by some of its 2,000 soldiers.")]
    public void An_envoy_to_a_place_named_with_its_article_is_the_body(string sentence) =>
        Assert.Contains(PageMentions("Envoy accuses army", sentence), m => m.Source == "United Nations");

    [Theory]
    [InlineData("An analyst, John Merrow, said about 50 soldiers remained at the base.", "analysts")]
    public void One_voice_named_in_commas_is_that_person_alone(string sentence, string group)
    {
        var mentions = PageMentions("Soldiers stay at the base", sentence);
        Assert.DoesNotContain(mentions, m => m.Source == group);
        Assert.Contains(mentions, m => m.Source.Contains(' ') && char.IsUpper(m.Source[0]));
    }

    // Near misses: residents who do not speak; local officials, who stay their country's; a capitalised clause after the
    // comma that names no one.
    [Fact]
    public void A_clause_after_the_voice_is_no_name_beside_it() =>
        Assert.Contains(PageMentions("Troops arrive", "According to a witness, Russian troops arrived in the town, about 60 of them."), m => m.Source == "witnesses");

    [Fact]
    public void Residents_who_do_not_speak_are_no_source() =>
        Assert.DoesNotContain(PageMentions("Soldiers cross the river", "About 40 soldiers crossed the river while a resident watched from the bank."),
            m => m.Source.Contains("resident"));

    [Fact]
    public void A_countrys_local_officials_keep_no_local_in_their_name() =>
        Assert.DoesNotContain(PageMentions("Kenya sends police", "Kenya sent 400 police officers to the capital, local officials said."),
            m => m.Source == "local officials");
}
