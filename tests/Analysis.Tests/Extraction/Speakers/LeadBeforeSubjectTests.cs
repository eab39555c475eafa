namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence may open with a lead of time, place or occasion before its subject ("On Monday, …", "At a ceremony in Pyongyang, …",
/// "At the ceremony …" with no comma): the subject after it still opens the sentence, so it speaks in the clause it joins to its
/// own ("… thanked the sappers and declared that nine had died") and through a closing participle ("…, telling the Marines that
/// …"), as it does with no lead. Without a comma the lead is one noun after a determiner at most, so that a name inside a longer
/// lead ("In talks with Kim Jong Un praised …") is no subject. The sentences are ours.
/// </summary>
public class LeadBeforeSubjectTests
{
    [Theory]
    [InlineData("On Monday, Kim Jong Un thanked the returning sappers and said nine soldiers had died.", "Kim Jong Un")]
    [InlineData("At a ceremony in Pyongyang, Kim Jong Un thanked the sappers and declared that nine soldiers had died.", "Kim Jong Un")]
    [InlineData("At the ceremony Kim Jong Un thanked the military and declared that nine soldiers had died in the demining.", "Kim Jong Un")]
    [InlineData("On Friday Defense Secretary Pete Hegseth flew to the ship, telling the Marines that 2,000 more would follow.", "Pete Hegseth")]
    [InlineData("In talks with Kim Jong Un, Vladimir Putin praised the troops and said 11,000 had fought in Kursk.", "Vladimir Putin")]
    public void The_subject_after_a_lead_speaks_in_its_joined_clause(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: a name inside a lead with no comma is its object, and a lead before no subject names none.
    [InlineData("In talks with Kim Jong Un praised the troops and said 11,000 had fought in Kursk.")]
    [InlineData("At the ceremony with Kim Jong Un the sappers marched past and said 300 soldiers had been wounded.")]
    public void A_name_inside_the_lead_is_no_speaker(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}
