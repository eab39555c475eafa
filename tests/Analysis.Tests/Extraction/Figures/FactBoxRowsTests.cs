namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Fact boxes and infoboxes write a country bare before its number: cells of one line set apart by "|" under a label that says
/// what they count ("Strength: Chad 2,400 | Niger 850"), or one row a line under a line about troops (a wire fact box's "Here
/// is a table by country of ..." then "France 3,000"). Each row is its country's, and so is every number of its cell
/// ("Armenia 40 killed, 112 wounded"). Our own sentences.
/// </summary>
public class FactBoxRowsTests
{
    [Theory]
    [InlineData("Strength: Chad 2,400 | Niger 850 | Benin 600", 2_400d, "Chad")]
    [InlineData("Strength: Chad 2,400 | Niger 850 | Benin 600", 850d, "Niger")]
    [InlineData("Strength: Chad 2,400 | Niger 850 | Benin 600", 600d, "Benin")]
    [InlineData("Contributions: Kenya 1,000+ soldiers | Jamaica 200 | Belize 50 military police", 50d, "Belize")]
    [InlineData("Casualties and losses: Armenia 40 killed, 112 wounded | Azerbaijan 75 killed, 9 captured", 112d, "Armenia")]
    [InlineData("Casualties and losses: Armenia 40 killed, 112 wounded | Azerbaijan 75 killed, 9 captured", 9d, "Azerbaijan")]
    [InlineData("Strength: United States 7,300 | East Germany 16 | Bulgaria 14", 16d, "East Germany")]
    public void A_cell_of_a_fact_box_is_its_countrys_figure(string line, double value, string subject) =>
        Assert.Contains(Counts(line), c => (c.Value ?? c.Low) == value && c.Subject == subject);

    [Theory]
    [InlineData("Casualties and losses: Armenia 40 killed, 112 wounded | Azerbaijan 75 killed", 112d)]
    [InlineData("Casualties and losses: Armenia 40 killed, 112 wounded | Azerbaijan 75 killed", 75d)]
    public void A_casualty_cell_counts_casualties(string line, double value) =>
        Assert.Contains(Counts(line), c => c.Value == value && c.Kind == TroopKind.Casualties);

    [Theory]
    [InlineData("Foreign troops in Mali\n\nHere is a list by country of the foreign troops in Mali.\nFrance 3,000\nChad 1,400\nTogo 650", 1_400d, "Chad")]
    [InlineData("Foreign troops in Mali\n\nHere is a list by country of the foreign troops in Mali.\nFrance 3,000\nChad 1,400\nTogo 650", 650d, "Togo")]
    [InlineData("Foreign troops in Mali\n\nHere is a list by country of the foreign troops in Mali.\nFrance: 3,000\nChad: 1,400\nTogo: 650", 3_000d, "France")]
    public void A_row_a_line_under_a_line_about_troops_is_its_countrys(string document, double value, string subject) =>
        Assert.Contains(DocumentCounts(document), c => c.Value == value && c.Subject == subject);

    [Theory]
    [InlineData("Medals: Kenya 12 | Jamaica 9 | Norway 16", 12d)]
    [InlineData("Population: Chad 18,000 | Niger 25,000", 18_000d)]
    [InlineData("Exports\n\nHere is a list by country of the coffee sold last year.\nKenya 3,000\nUganda 1,400", 1_400d)]
    public void Cells_that_count_other_things_are_not_troops(string document, double value) =>
        Assert.DoesNotContain(DocumentCounts(document), c => (c.Value ?? c.Low) == value);

    // A row whose label names troops or casualties counts its bare numbers, each cell's sources in the bracket after it.
    [Theory]
    [InlineData("Chad: the figures\n\nTroops sent in 2024: about 1,000 (French army); 1,200 (Chadian officials)", 1_000d, TroopKind.Deployment, "French Army")]
    [InlineData("Chad: the figures\n\nTroops sent in 2024: about 1,000 (French army); 1,200 (Chadian officials)", 1_200d, TroopKind.Deployment, "Chadian officials")]
    [InlineData("Chad: the figures\n\nSoldiers killed since May: 35 (Chadian army)", 35d, TroopKind.Casualties, "Chadian Army")]
    [InlineData("Chad: the figures\n\nFatalities: 90", 90d, TroopKind.Casualties, null)]
    [InlineData("Chad: the figures\n\nReinforcements in 2025: 2,000-3,000 more (U.S., France)", 2_000d, TroopKind.Deployment, "United States")]
    public void A_labelled_row_counts_what_its_label_names(string document, double value, TroopKind kind, string? origin)
    {
        var count = Assert.Single(DocumentCounts(document), c => (c.Value ?? c.Low) == value);
        Assert.Equal(kind, count.Kind);
        Assert.Equal(origin, count.AttributedTo);
    }

    // A cell may name its force before the number, set off by a comma or a colon; a label may say where the people stand.
    [Theory]
    [InlineData("Reservists on active duty: Army Reserve, 9,120; Naval Reserve, 2,310; Coast Guard Reserve, 480.", 2_310d)]
    [InlineData("Reservists on active duty: Army Reserve, 9,120; Naval Reserve, 2,310; Coast Guard Reserve, 480.", 480d)]
    [InlineData("Numbers deployed: Rapid Reaction Brigade, 3,400; Air Wing, 650.", 650d)]
    [InlineData("Strength: Rebel Army: 40,000 | Home Guard: 12,000", 12_000d)]
    public void A_named_cell_of_a_labelled_row_counts_its_force(string document, double value) =>
        Assert.Contains(DocumentCounts(document), c => c.Value == value);

    [Theory]
    [InlineData("Budget in 2025: Army Reserve, 9,120; Naval Reserve, 2,310.", 2_310d)]
    [InlineData("Votes cast: Labour Party, 9,120; Green Party, 2,310.", 2_310d)]
    [InlineData("Reservists on active duty: the reserve of the army in the north, 9,120.", 9_120d)]
    public void Named_cells_of_other_rows_count_none(string document, double value) =>
        Assert.DoesNotContain(DocumentCounts(document), c => c.Value == value);

    // A bulleted list under a row about troops: each row's bare number counts them, whatever its label (a date, an event, an
    // abbreviated month), and a row's present verb is one troops take.
    private const string Drawdown = "Fact box: the Dutch drawdown in Uruzgan\n\n- Peak, 2008: about 1,900 troops\n"
        + "- End of the combat mission, Aug. 1, 2010: some 300 stay on as trainers\n- Handover, Sept. 30, 2010: about 150\n"
        + "- After Dec. 31: fewer than 20 at the embassy";

    [Theory]
    [InlineData(300d)]
    [InlineData(150d)]
    [InlineData(20d)]
    public void A_bulleted_row_under_a_row_about_troops_counts_them(double value) =>
        Assert.Contains(DocumentCounts(Drawdown), c => c.Value == value);

    // A wire list of dates and events, one a line, after a line about troops: no bullet, longer labels.
    private const string Levels = "Dutch troop levels in Uruzgan\n\nHere is a look at the Dutch force at key points:\n"
        + "August 2006 -- Dutch troops take over the province from U.S. forces: 1,400.\n"
        + "December 2007 -- The cabinet extends the mission by two more years: 1,650.\nAugust 2010 -- The last convoy leaves Tarin Kowt: 200.";

    [Theory]
    [InlineData(1_650d)]
    [InlineData(200d)]
    public void A_row_of_a_wire_list_under_a_line_about_troops_counts_them(double value) =>
        Assert.Contains(DocumentCounts(Levels), c => c.Value == value);

    // A later clause's number after a list row's label is no cell of it.
    [Fact]
    public void A_number_past_a_list_rows_first_clause_is_none() =>
        Assert.DoesNotContain(DocumentCounts("Mercenaries in the Seychelles\n\nSome 50 men landed with him.\nIn Context: The islands kept five of the men in custody; four were freed later."),
            c => c.Value == 4d);

    [Theory]
    [InlineData("Fact box: the budget\n\n- Peak, 2008: about 1,900 million euros\n- Handover, Sept. 30, 2010: about 150\n- After Dec. 31: fewer than 20", 150d)]
    [InlineData("Fact box: the budget\n\n- Peak, 2008: about 1,900 million euros\n- Handover, Sept. 30, 2010: about 150\n- After Dec. 31: fewer than 20", 20d)]
    public void A_bulleted_row_under_other_rows_counts_none(string document, double value) =>
        Assert.DoesNotContain(DocumentCounts(document), c => c.Value == value);

    // An infobox flattened into prose: a short label runs on after the sentence before it in its line.
    [Theory]
    [InlineData("UN Mission in Chad, 2008-2010. Peak strength: 5,200. Fatalities: 12.", 5_200d, TroopKind.Deployment)]
    [InlineData("UN Mission in Chad, 2008-2010. Peak strength: 5,200. Fatalities: 12.", 12d, TroopKind.Casualties)]
    public void A_short_row_may_run_on_in_its_line(string document, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(DocumentCounts(document), c => c.Value == value).Kind);

    [Theory]
    [InlineData("UN Mission in Chad, 2008-2010. Peak strength: 5,200. Budget: 450 million.", 450d)]
    [InlineData("The mission ended in 2010. Reporters embedded with the troops: 12.", 12d)]
    public void A_run_on_row_of_other_things_or_a_long_label_counts_none(string document, double value) =>
        Assert.DoesNotContain(DocumentCounts(document), c => (c.Value ?? c.Low) == value);

    [Theory]
    [InlineData("Chad: the figures\n\nBudget in 2024: about 4,000 (French army)", 4_000d)]
    [InlineData("Chad: the figures\n\nPopulation: 90,000", 90_000d)]
    [InlineData("Chad: the figures\n\nThe minister said on Monday that the troops had arrived: 900 tonnes of aid came with them.", 900d)]
    public void A_row_of_other_things_counts_no_troops(string document, double value) =>
        Assert.DoesNotContain(DocumentCounts(document), c => (c.Value ?? c.Low) == value);

    private const string DashedBox = "Ethiopia-Somalia War\n\nStrength: Ethiopia - 40,000 troops; Somalia - 35,000 troops; Cuba - 15,000 troops\n\n"
        + "Casualties and losses: Ethiopia - ~6,000 killed, 200 captured; Somalia - 6,500+ killed; Cuba - 400 killed; civilians - ~25,000 killed";

    // Rows set apart by ";" with a spaced dash between the country and its number: the first row's country opens the line as a
    // dateline's would, but a number after the dash makes it a row; the civilians' row is no troop figure and keeps none of the
    // other rows from being read.
    [Theory]
    [InlineData(40_000d, "Ethiopia", TroopKind.Deployment)]
    [InlineData(35_000d, "Somalia", TroopKind.Deployment)]
    [InlineData(6_000d, "Ethiopia", TroopKind.Casualties)]
    [InlineData(200d, "Ethiopia", TroopKind.Casualties)]
    [InlineData(6_500d, "Somalia", TroopKind.Casualties)]
    [InlineData(400d, "Cuba", TroopKind.Casualties)]
    public void A_dashed_row_is_its_countrys_figure(double value, string subject, TroopKind kind) =>
        Assert.Contains(Counts(DashedBox), c => c.Value == value && c.Subject == subject && c.Kind == kind);

    [Fact]
    public void The_civilians_row_is_no_figure() =>
        Assert.DoesNotContain(Counts(DashedBox), c => c.Value == 25_000d);

    // Near miss: a dateline's dash before a sentence stays a dateline; its country owns nothing.
    [Fact]
    public void A_dateline_before_a_number_is_still_a_dateline() =>
        Assert.Contains(Counts("Untitled\n\nKenya - 400 Haitian police officers finished training on Monday."), c => c.Value == 400d && c.Subject != "Kenya");
}
