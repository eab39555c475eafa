namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The rows of a list of contributors that a lead-in tells as promised or still to come ("Commitments so far are: Kenya
/// 1,000; Rwanda 400", or a lead-in naming "the following" offers, then rows "Ghana: about 300 soldiers", one a sentence or one
/// a line under short headings) have no verb of their own and share the lead-in's time: planned. Not a list a lead-in tells
/// as already there ("a breakdown of the contributions"), nor a row that goes on with a clause of its own. The sentences are ours.
/// </summary>
public class PledgedListRowsTests
{
    private const string SameSentence = "Troop commitments from the coastal states are: Ghana 1,100; Niger 650; Gambia 210; Togo 180.";
    private const string RowSentences = "Several governments have offered the following units to the relief force. Norway: about 320 soldiers. "
        + "Chile: 140 marines. Peru: 60 to 80 engineers.";
    private const string RowLines = "Staff officers listed these contingents, which are expected to reach the island by spring:\n"
        + "Founding members\nGhana: 410 troops\nUruguay: 275 troops\nOther partners\nFiji: 90 troops";

    [Theory]
    [InlineData(SameSentence, 650, EstimateStatus.Planned)]
    [InlineData(SameSentence, 210, EstimateStatus.Planned)]
    [InlineData(SameSentence, 180, EstimateStatus.Planned)]
    [InlineData(SameSentence, 1100, EstimateStatus.Planned)]
    [InlineData(RowSentences, 320, EstimateStatus.Planned)]
    [InlineData(RowSentences, 140, EstimateStatus.Planned)]
    [InlineData(RowLines, 410, EstimateStatus.Planned)]
    [InlineData(RowLines, 275, EstimateStatus.Planned)]
    [InlineData(RowLines, 90, EstimateStatus.Planned)]
    // Near misses: a list of the troops already there; a row with a clause of its own; a lead-in with no promise.
    [InlineData("Here is a breakdown of the contributions to the relief force:\nNorway: 320 soldiers\nChile: 140 marines", 320, EstimateStatus.Current)]
    [InlineData("Several governments have offered the following units. Norway: 320 soldiers who landed on Monday.", 320, EstimateStatus.Current)]
    [InlineData("Troops on the island by nationality: Ghana 410; Uruguay 275; Fiji 90.", 275, EstimateStatus.Current)]
    public void Status_of_the_row(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}
