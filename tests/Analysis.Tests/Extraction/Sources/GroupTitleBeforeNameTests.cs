namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's voice named right before a titled person is that person's title: "according to Latvian MP Anna Ozola",
/// "citing Estonian lawmaker Mart Tamm", "This was stated by Polish military spokesman Jan Nowak" cite the person only. Before,
/// where the title stood right after "according to", "citing" or "by", the group ("Latvian lawmakers") was cited beside the
/// person, as "Latvian MP Anna Ozola said" never was. A group with no name after it is still cited. The sentences are ours.
/// </summary>
public class GroupTitleBeforeNameTests
{
    [Theory]
    [InlineData("According to Latvian MP Anna Ozola, some 900 soldiers have crossed the border.", "Anna Ozola")]
    [InlineData("The agency LETA reported, citing Estonian lawmaker Mart Tamm, that 900 soldiers had crossed the border.", "Mart Tamm")]
    [InlineData("This was stated by Polish military spokesman Jan Nowak, who put the number at 900.", "Jan Nowak")]
    public void Only_the_titled_person_is_cited(string text, string person)
    {
        var mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Source == person);
        Assert.DoesNotContain(mentions, m => m.Source.EndsWith("lawmakers", StringComparison.Ordinal) || m.Source.EndsWith("spokesperson", StringComparison.Ordinal));
    }

    // Near miss: a lawmaker with no name is still the group.
    [Fact]
    public void A_group_with_no_name_after_it_is_cited() =>
        Assert.Contains(Mentions("According to a Latvian lawmaker, some 900 soldiers have crossed the border."), m => m.Source == "Latvian lawmakers");
}
