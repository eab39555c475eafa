namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Words set between an intention and its "to" leave the plan whole: an adverb ("is eventually to number"), the time or the
/// occasion the intention was told ("promised on Tuesday to find", "agreed during the minister's visit to Budapest to
/// dispatch"), or an aside of speech between commas ("plans, its minister said, to deploy"). Not a plan told in the past
/// perfect, nor a force that is there already, nor a phrase after a word that is no intention. The sentences are ours.
/// </summary>
public class IntentionInsertsTests
{
    [Theory]
    [InlineData("The alliance's force is eventually to number 4,200 soldiers.", 4200, EstimateStatus.Planned)]
    [InlineData("The brigade, meant to number 3,300 soldiers, has barely begun forming.", 3300, EstimateStatus.Planned)]
    [InlineData("The camp is expected eventually to hold 1,900 recruits.", 1900, EstimateStatus.Planned)]
    [InlineData("The council promised on Tuesday to find 2,600 troops for the mission.", 2600, EstimateStatus.Planned)]
    [InlineData("The government decided last week to train 740 more gendarmes.", 740, EstimateStatus.Planned)]
    [InlineData("Denmark plans, its defence minister said, to deploy 650 soldiers to Latvia.", 650, EstimateStatus.Planned)]
    [InlineData("The ministry agreed, according to state media, to send 480 troops.", 480, EstimateStatus.Planned)]
    [InlineData("Hungary agreed during the minister's visit to Budapest to dispatch 230 engineers.", 230, EstimateStatus.Planned)]
    [InlineData("The cabinet decided at a meeting in Vilnius to send 340 soldiers.", 340, EstimateStatus.Planned)]
    // Near misses: an aside that is no speech, a plan in the past perfect, a force that is there already.
    [InlineData("Officials, the report said, counted 820 soldiers at the camp.", 820, EstimateStatus.Current)]
    [InlineData("The army had planned, officials said, to send 910 troops.", 910, EstimateStatus.Current)]
    [InlineData("The minister hopes, he said, to visit the 2,050 soldiers stationed there.", 2050, EstimateStatus.Current)]
    [InlineData("The government decided last week to train the 740 gendarmes already serving there.", 740, EstimateStatus.Current)]
    [InlineData("The reservists were called up in the spring to replace 1,350 soldiers who had left.", 1350, EstimateStatus.Current)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}
