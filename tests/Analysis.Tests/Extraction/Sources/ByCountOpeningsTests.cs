namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "by" opening a clause cites the country's count or estimates named after it, as "according to" does, where the clause ends
/// there ("By Soviet count, 50,183 troops left", "…, by Ukrainian estimates.", "By the official Ukrainian count, …";
/// by_count_fillers). Near misses: "By NATO standards" (no count), "By comparison", a byline's person ("by Major X, U.S. Army"),
/// and an agent after a passive ("were killed by Ukrainian forces").
/// </summary>
public class ByCountOpeningsTests
{
    [Theory]
    [InlineData("By Soviet count, 50,183 troops left Afghanistan in the first three months.", 50183, "Soviet Union")]
    [InlineData("About 3,000 Russian troops were killed in the first week, by Ukrainian estimates.", 3000, "Ukraine")]
    [InlineData("By the official Ukrainian count, 3,000 Russian troops were killed in the first week.", 3000, "Ukraine")]
    [InlineData("By latest Indian figures, 1,200 troops were moved to the border.", 1200, "India")]
    // A capitalised "By" opening the sentence is no modifier of "official" after it (a title word read with the words before it).
    [InlineData("By official Soviet count, 13,000 soldiers died in the nine-year war.", 13000, "Soviet Union")]
    [InlineData("By official Ukrainian figures, 9,000 soldiers had been killed by late August.", 9000, "Ukraine")]
    [InlineData("By official Israeli count, 1,400 reservists were called up overnight.", 1400, "Israel")]
    public void The_count_speaks(string text, double value, string origin) =>
        Assert.Contains(Counts(text), c => c.Value == value && c.AttributedTo == origin);

    [Theory]
    [InlineData("By NATO standards, the 3,000 troops sent to the border are a small force.")]
    [InlineData("By comparison, the 3,000 troops sent by Ukraine to the border are a small force.")]
    [InlineData("About 3,000 troops were killed by Ukrainian forces in the first week.")]
    [InlineData("Led by official Ukrainian envoys, 3,000 troops were sent to the border.")]
    public void No_count_is_cited(string text) =>
        Assert.DoesNotContain(Counts(text), c => c.AttributedTo is "NATO" or "Ukraine" or "Ukrainian forces");

    [Fact]
    // A byline's person is no count.
    public void A_byline_person_is_no_count() =>
        Assert.DoesNotContain(DocumentMentions("INTERVENTION IN THREE PARTS\nby Major Lawrence M. Greenberg, U.S. Army, Defense Intelligence Agency\nTwo battalions of 2,500 paratroopers landed at the airfield on 30 April."),
            m => m.Source == "Lawrence Greenberg");
}
