namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bracket after a caption that joins an agency and a photographer (or the picture's owner) by a slash, "(AGENCY/Jane Doe)",
/// "(Agency/Stringer)", credits a picture: neither the agency nor the name is a source of the story. Two agencies joined, or an
/// agency and another's initials, are a story's credit and stay cited, as does a local agency's name before the wire's
/// ("(Tamber/Xinhua)").
/// </summary>
public class AgencyPhotographerCreditTests
{
    [Theory]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nSoldiers march near Brest on May 2, 2025. (REUTERS/Marta Kowalska)", "Reuters")]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nSoldiers march near Brest on May 2, 2025. (REUTERS/Marta Kowalska)", "Marta Kowalska")]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nThe defence minister, 2 May 2025. (AFP/Northfield Holdings)", "AFP")]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nThe defence minister, 2 May 2025. (AFP/Northfield Holdings)", "Northfield Holdings")]
    [InlineData("Belarus sent 900 soldiers to the border.\n\nSoldiers march near Brest. (Reuters/Stringer)", "Stringer")]
    public void A_photographers_credit_cites_no_one(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a story's credit closing the story, of two agencies, of one, or of a local agency before the wire.
    [InlineData("Belarus sent 900 soldiers to the border, the ministry said. (PNA/Xinhua)", "Xinhua")]
    [InlineData("Belarus sent 900 soldiers to the border, the ministry said. (Yonhap)", "Yonhap")]
    [InlineData("About 300 soldiers will leave in May, the minister said. (Tamber/Xinhua)", "Tamber")]
    public void A_storys_credit_still_cites(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}
