namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A foreign ministry by the name its own government gives it: a department in the Philippines, Ireland and Australia ("MANILA -
/// … the Department of Foreign Affairs said", "the Department of Foreign Affairs and Trade"), a "Ministry for Foreign Affairs" in
/// Sweden and Finland, France's "Ministry for Europe and Foreign Affairs"; and a ministry's acronym in brackets after it ("the
/// Philippine Department of Foreign Affairs (DFA)"), which later sentences cite ("the DFA said"): the ministry, named as the DevSet
/// header names ministries. Near misses: a committee of a legislature is no ministry, and a bracket after a person defines no body.
/// </summary>
public class ForeignAffairsDepartmentsTests
{
    [Theory]
    [InlineData("MANILA - Twenty-one Filipino peacekeepers have been seized on the Golan Heights, the Department of Foreign Affairs said on Thursday.", "Philippine Foreign Ministry")]
    [InlineData("DUBLIN - About 340 Irish soldiers serve with the UN force in Lebanon, the Department of Foreign Affairs said.", "Irish Foreign Ministry")]
    [InlineData("About 90 Australian soldiers will fly to the region, Australia's Department of Foreign Affairs and Trade said.", "Australian Foreign Ministry")]
    [InlineData("HELSINKI - About 200 Finnish soldiers serve in Lebanon, the Ministry for Foreign Affairs said in a statement.", "Finnish Foreign Ministry")]
    [InlineData("Some 2,000 French soldiers remain in the Sahel, the French Ministry for Europe and Foreign Affairs said.", "French Foreign Ministry")]
    // The acronym in brackets after the ministry, cited in a later sentence, with or without its country's adjective.
    [InlineData("About 2,000 soldiers were flown home, the Philippine Department of Foreign Affairs (DFA) said. The DFA said 300 more would follow next month.", "Philippine Foreign Ministry")]
    [InlineData("MANILA - About 2,000 soldiers were flown home, the Department of National Defense (DND) said. The DND said 300 more would follow next month.", "Philippine Defense Ministry")]
    [InlineData("About 2,000 soldiers were flown home, the Ukrainian Ministry of Foreign Affairs (MFA) said. The MFA said 300 more would follow next month.", "Ukrainian Foreign Ministry")]
    public void Is_the_ministry(string text, string voice) =>
        Assert.All(Counts(text), c => Assert.Equal(voice, c.AttributedTo));

    [Fact]
    // A committee of a legislature on foreign affairs is no ministry.
    public void A_committee_on_foreign_affairs_is_no_ministry() =>
        Assert.DoesNotContain(Mentions("About 2,000 more soldiers should be sent, the Senate Foreign Affairs Committee said."),
            m => m.Source.EndsWith("Foreign Ministry", StringComparison.Ordinal));

    [Fact]
    // A bracket after a person defines no body: "the DFA" later is not the secretary.
    public void A_bracket_after_a_person_defines_no_body() =>
        Assert.DoesNotContain(Counts("About 2,000 soldiers were flown home, Foreign Affairs Secretary Enrique Manalo (DFA) said. The DFA said 300 more would follow next month."),
            c => c.Value == 300 && c.AttributedTo == "Enrique Manalo");
}
