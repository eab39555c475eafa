namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An envoy named with the place or body they are posted to right before their name ("Norway's ambassador to the UN Kari Lind
/// said", "Chile's high commissioner to Britain Ana Rojas said") is cited by their own name: the place is no part of the name,
/// and initials of the body ("UN", "NATO") do not make the envoy part of another's job title.
/// </summary>
public class PostedEnvoyNamesTests
{
    [Theory]
    [InlineData("Norway's ambassador to the UN Kari Lind said 300 more peacekeepers would be needed.", "Kari Lind")]
    [InlineData("The Dutch envoy to NATO Pieter Smit said 300 more troops would reach Lithuania.", "Pieter Smit")]
    [InlineData("Chile's High Commissioner to Britain Ana Rojas said 300 more troops would reach the border.", "Ana Rojas")]
    [InlineData("The Irish Deputy Representative to the U.N. Sean Daly told the council that 300 peacekeepers had left.", "Sean Daly")]
    public void An_envoy_after_the_place_they_are_posted_to_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a person named with their own title inside another's job title is not its holder.
    [InlineData("An adviser to UN Secretary-General Ana Rojas said 300 peacekeepers had left.", "Ana Rojas")]
    [InlineData("An aide to the UN envoy Kari Lind said 300 peacekeepers had left.", "Kari Lind")]
    public void A_person_inside_another_s_job_title_is_not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
