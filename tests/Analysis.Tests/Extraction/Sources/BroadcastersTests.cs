namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Government bodies and outlets as speakers: a country's broadcaster named by its country and what it
/// is, with no "state" before it ("Syrian television reported", "Bahrain TV said"). Rows where each rule applies and near misses
/// where the same words name no speaker. The sentences are ours.
/// </summary>
public class BroadcastersTests
{
    [Theory]
    [InlineData("Syrian television reported that about 300 soldiers had been sent to the border.", 300, "Syrian television")]
    [InlineData("Bahrain TV said a second wave of about 1,000 Saudi troops had arrived.", 1000, "Bahrain TV")]
    [InlineData("Iranian radio said some 2,000 troops were moving toward the frontier.", 2000, "Iranian radio")]
    // Near misses: the broadcaster is where something was shown, or one of a country's many, or footage.
    [InlineData("About 300 soldiers marched past, as shown on Syrian television on Monday.", 300, null)]
    [InlineData("Syrian television footage showed about 300 soldiers marching past.", 300, null)]
    public void A_countrys_broadcaster_without_state_speaks_by_its_words(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // "the bloc", "the regional bloc": the international body named before it.
    [InlineData("About 500 ECOWAS troops remain in Gambia, the regional bloc said on Monday.", 500, "ECOWAS")]
    [InlineData("The African Union met in Addis Ababa. About 4,000 troops will stay in Somalia, the bloc said.", 4000, "African Union")]
    // Near miss: no such body before it.
    [InlineData("Russia has massed 100,000 troops at the border, the bloc said.", 100000, null)]
    public void A_bloc_is_the_international_body_named_before_it(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A state's office after its country's name used as a noun before it: the country's government.
    [InlineData("The Kenya government said 1,000 police officers would deploy to Haiti.", 1000, "Kenyan government")]
    [InlineData("The Sudan government on Tuesday said 2,000 troops were sent to the border.", 2000, "Sudanese government")]
    [InlineData("A Kenya government statement said 1,000 police officers would deploy.", 1000, "Kenyan government")]
    // Near misses: the office's troops, or its possessive.
    [InlineData("Some 2,000 Sudan government troops were sent to the border.", 2000, null)]
    [InlineData("The Kenya government's plan would send 1,000 police officers to Haiti.", 1000, null)]
    public void A_countrys_name_before_its_office_names_its_government(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));
}
