namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// Whose words a figure is, by categories of real reporting: a statement verb after an article or possessive ("an estimated 24,000") is the writer's adjective, so a background
/// sentence does not go on with the speaker before it (eth25-07, bel24-d03); a plan is no voice, so its owner gives an outlet
/// that writes about it nothing (fin25-10), unless the outlet saw it; a transcript's speaker label in capitals speaks for the
/// rest of its paragraph (afg21-05). Each rule with rows where it applies and rows where the same words must not change the
/// answer. The sentences are ours, in real shapes.
/// </summary>
public class EstimateAdjectivesAndPlansTests
{
    [Theory]
    // "an estimated N" in a sentence that cites no one is the writer's.
    [InlineData("Horn tensions\n\nSomalia has accused Kenya of massing troops. Kenya's defence minister, John Mwangi, dismissed the charge as baseless. When the two signed a pact in 2012, Kenya began drawing units back; its army then had an estimated 24,000 troops.", 24000, null, "")]
    [InlineData("Horn tensions\n\nSomalia has accused Kenya of massing troops. Kenya's defence minister, John Mwangi, dismissed the charge as baseless. Back then the estimated 24,000 troops of its army stood far from the border.", 24000, null, "")]
    // A statement verb that speaks still carries the statement on.
    [InlineData("Horn tensions\n\nKenya has massed troops on the border, Somali officials said on Monday. They estimated that about 24,000 soldiers had arrived since May.", 24000, "Somali officials", "")]
    public void An_estimated_figure_is_the_writers(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // The owner of a plan an outlet writes about is no voice: the outlet is the origin.
    [InlineData("Baltic build-up\n\nUnder the Kremlin's new plan, the regiments near the Estonian border are to grow into divisions of 12 thousand troops, the Financial Times reports.", 12000, "Financial Times", "")]
    [InlineData("Baltic build-up\n\nUnder Moscow's plans, about 12,000 more troops would be based near the Estonian border by 2027, the Financial Times reported.", 12000, "Financial Times", "")]
    // A plan the outlet saw is its owner's document, relayed by the outlet.
    [InlineData("Baltic build-up\n\nThe Kremlin's plan, seen by the Financial Times, would grow the regiments near the Estonian border into divisions of 12 thousand troops.", 12000, "Kremlin", "Financial Times")]
    public void A_plan_owner_is_no_voice(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // A transcript's speaker label speaks for the rest of its paragraph.
    [InlineData("Pentagon briefing\n\nGENERAL MARK MILLEY: Good morning, everyone. First, the force at the airfield now stands at about 4,200 troops.", 4200, "Mark Milley", "")]
    [InlineData("Kabul\n\nU.S. officials expect more flights.\n\nMAJOR GENERAL HANK TAYLOR: Good afternoon. The footprint now stands at about 4,200 troops.", 4200, "Hank Taylor", "")]
    // Not a dateline in capitals, which names no one, nor a label in ordinary case.
    [InlineData("Gaza force\n\nKARACHI: Azerbaijan has no plans to join the force, Haaretz reported. The force could number 10,000 troops next year.", 10000, null, "")]
    [InlineData("Pentagon briefing\n\nBrigadier General John Mason: Good morning, everyone. First, the force at the airfield now stands at about 4,200 troops.", 4200, null, "")]
    // Nor a headline label in capitals for the story below it.
    [InlineData("USFK: \"Report of troop cut is not true\"\n\nU.S. Forces Korea on Friday denied a report of a cut. The troops stationed in the country number about 28,500.", 28500, null, "")]
    public void A_transcript_label_speaks_for_its_paragraph(string document, double value, string? origin, string via)
    {
        // The label's name is written as the label writes it (capitals); evaluate compares names without case.
        var count = Extracted.Of(document, value);
        Assert.Equal(origin, count.AttributedTo, ignoreCase: true);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), count.Via);
    }
}
