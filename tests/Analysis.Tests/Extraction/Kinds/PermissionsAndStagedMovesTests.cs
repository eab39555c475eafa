namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Status: a permission for a sending ("allow the deployment of", "opened the way for the deployment of")
/// and an approved basing or stationing are planned; a part told right before a whole of the past ("6,500 of the 9,000 troops
/// at the height of the deployment") is earlier; a request with its object before the infinitive ("asked its allies to send
/// 4,300"), an authority or a motion to send, and a stage of a planned move with its own target date are planned. Each has a
/// twin that must not change.
/// </summary>
public class PermissionsAndStagedMovesTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A permission for a sending, or an approved basing: not there yet; a sending or basing told as done stays as it is.
    [InlineData("The senate voted to allow the deployment of 4,500 Chilean troops on the border.", 4500, EstimateStatus.Planned)]
    [InlineData("The senate praised the deployment of 4,500 Chilean troops on the border.", 4500, EstimateStatus.Current)]
    [InlineData("The accord opened the way for the deployment of 7,200 Peruvian peacekeepers.", 7200, EstimateStatus.Planned)]
    [InlineData("The accord followed the deployment of 7,200 Peruvian peacekeepers.", 7200, EstimateStatus.Current)]
    [InlineData("The cabinet approved the stationing of 3,300 Dutch soldiers in Lithuania.", 3300, EstimateStatus.Planned)]
    [InlineData("The cabinet reviewed the stationing of 3,300 Dutch soldiers in Lithuania.", 3300, EstimateStatus.Current)]
    public void Permissions_for_a_sending_are_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A part of a whole of the past is of its time; a part of a whole there now, or a part with a word of the present, is not.
    [InlineData("Danish soldiers made up 1,400 of the roughly 8,000 troops at the height of the mission.", 1400, EstimateStatus.Earlier)]
    [InlineData("Danish soldiers make up 1,400 of the roughly 8,000 troops now in the mission.", 1400, EstimateStatus.Current)]
    [InlineData("About 2,600 Finnish peacekeepers were among the 12,000 UN troops at the peak of the mission.", 2600, EstimateStatus.Earlier)]
    [InlineData("About 2,600 Finnish peacekeepers are among the 12,000 UN troops serving in the mission.", 2600, EstimateStatus.Current)]
    public void Parts_of_a_past_whole_are_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A request with its object before the infinitive, or an authority to send: not met yet; help given, or troops given, are.
    [InlineData("Madrid asked its allies in the region to send about 4,300 more soldiers.", 4300, EstimateStatus.Planned)]
    [InlineData("Madrid helped its allies in the region to send about 4,300 more soldiers.", 4300, EstimateStatus.Current)]
    [InlineData("The decree gave the army authority to activate 6,100 reservists.", 6100, EstimateStatus.Planned)]
    [InlineData("The decree gave the army 6,100 reservists.", 6100, EstimateStatus.Current)]
    // A stage of a planned move, with its own target date; a stage of a move made stays as it is.
    [InlineData("Chile will deploy 5,200 soldiers in two stages: 2,100 by March and 3,100 by June.", 2100, EstimateStatus.Planned)]
    [InlineData("Chile deployed 5,200 soldiers last year; 2,100 arrived by March and 3,100 by June.", 2100, EstimateStatus.Current)]
    public void Requests_authorities_and_stages_are_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);
}
