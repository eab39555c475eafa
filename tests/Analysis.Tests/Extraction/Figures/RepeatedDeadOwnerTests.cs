namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The dead and wounded of a headline that names no owner take the owner of the same number told again in the lead ("5
/// SUDANESE SOLDIERS KILLED IN YEMEN" over "Five Sudanese soldiers have been killed ..."); a different number later, which may
/// be the other side's dead, gives them none.
/// </summary>
public class RepeatedDeadOwnerTests
{
    [Fact]
    public void A_headline_toll_told_again_in_the_lead_takes_its_owner()
    {
        // The headline's figure comes first; the lead's "Five" is the second of the same value.
        var count = DocumentCounts("5 SUDANESE SOLDIERS KILLED IN YEMEN\n\nFive Sudanese soldiers have been killed while fighting for the coalition in Yemen, an army spokesman said on Tuesday.").First(c => c.Value == 5);
        Assert.Equal((TroopKind.Casualties, "Sudan"), (count.Kind, count.Subject));
    }

    [Fact]
    public void A_headline_toll_beside_another_number_takes_no_owner() =>
        Assert.Null(Of("12 SOLDIERS KILLED IN BORDER CLASH\n\nChad said on Monday its forces had killed 30 Sudanese soldiers near the border.", 12).Subject);
}
