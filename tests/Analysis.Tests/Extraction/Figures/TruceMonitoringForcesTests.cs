namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A regional force sent to watch a truce (Bougainville's Truce and Peace Monitoring Groups, West Africa's Ceasefire
/// Monitoring Group) is counted by its name as a force is: "the Peace Monitoring Group numbered about 300", "When the Truce
/// Monitoring Group arrived, it numbered about 250". A plain "monitoring group" may be a project that tracks a war, and counts
/// no troops.
/// </summary>
public class TruceMonitoringForcesTests
{
    [Theory]
    [InlineData("The Peace Monitoring Group, which numbered about 300 at its height, will leave the island by the end of 2002.", 300d)]
    [InlineData("When the Truce Monitoring Group arrived in Arawa, it numbered about 250, most of them New Zealanders.", 250d)]
    [InlineData("Its successor, the Australian-led Peace Monitoring Group, reached some 300 in 1998 and stayed until 2003.", 300d)]
    [InlineData("The truce monitors numbered some 250 when the first teams reached Buin.", 250d)]
    [InlineData("The Peace Monitoring Group now consists of about 100 people from Australia, New Zealand, Fiji and Vanuatu.", 100d)]
    public void A_truce_monitoring_force_is_counted_by_its_name(string passage, double value) =>
        Assert.Contains(value, Values(passage));

    // Near misses: a monitoring project that tracks a war, and the people a monitoring group meets, are no troops.
    [Theory]
    [InlineData("The Belarusian monitoring group Hajun said 300 vehicles had crossed the border overnight.")]
    [InlineData("The monitoring group met about 300 villagers in Buka on Tuesday.")]
    [InlineData("According to the DeepState monitoring group, the front moved about 300 metres.")]
    public void A_monitoring_project_counts_no_troops(string passage) =>
        Assert.Empty(Counts(passage));
}
