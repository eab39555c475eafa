namespace Analysis.Tests.Extraction.Owners;

using Analysis.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "69 servicemen of the Armed Forces of Ukraine": an origin word, a country's service by its common noun and "of", then the
/// country's name, own the troops, as Ukrainian and Philippine copy name their forces. The sentences are ours.
/// </summary>
public class ServiceOfCountryTests
{
    [Theory]
    [InlineData("About 40 servicemen of the Armed Forces of Ukraine were wounded in the shelling.", "Ukraine")]
    [InlineData("Some 3,000 troops of the Armed Forces of the Philippines were sent to the island.", "Philippines")]
    [InlineData("About 600 soldiers from the army of Mali joined the operation.", "Mali")]
    // Near miss: a place after "of" is no service's country.
    [InlineData("About 600 soldiers of the garrison of Gao joined the operation.", null)]
    public void A_countrys_service_named_with_of_owns_the_troops(string text, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text)).Subject);

    // The service as the subject of a verb acts for its country (not a place after "of"); by its official name it is the whole
    // force, so what it has is its strength.
    [Theory]
    [InlineData("The Armed Forces of Ukraine have about 800,000 personnel.", "Ukraine", TroopKind.ArmySize)]
    [InlineData("The army of Mali has about 20,000 soldiers.", "Mali", TroopKind.ArmySize)]
    [InlineData("The Armed Forces of Ukraine sent about 3,000 soldiers to the north.", "Ukraine", TroopKind.Deployment)]
    public void A_countrys_service_as_subject_acts_for_the_country(string text, string subject, TroopKind kind)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal((subject, kind), (count.Subject, count.Kind));
    }
}
