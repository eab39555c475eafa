namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of the attribution and kind rules, each beside the shape its rule was written
/// for: both must hold. The sentences are ours, in the shapes real reporting uses.
/// </summary>
public class ReportedSpeechAndWithdrawalsTests
{
    private static TroopCount At(string passage, double value) => Assert.Single(Counts(passage), c => c.Value == value);

    [Theory]
    // A participle after the speech verb that goes on with what was said (estimating, including, citing, counting).
    [InlineData("North Korea has sent more soldiers to Russia, the Pentagon said, estimating 12,000 are now in Kursk.", 12000)]
    [InlineData("North Korea has lost many soldiers in Kursk, the Pentagon said, including 1,000 killed last week.", 1000)]
    [InlineData("North Korean troops have begun fighting, the Pentagon said, citing 8,000 soldiers in Kursk.", 8000)]
    [InlineData("Russia is massing troops near Kursk, the Pentagon said, counting 50,000 Russian and North Korean soldiers.", 50000)]
    // A breakdown of a figure written with a scale or dots ("1.5 million", "1.500.000"), after ';' or in the next sentence.
    [InlineData("The Pentagon said Russia had 1.5 million troops; 600,000 are in Ukraine.", 600000)]
    [InlineData("The Pentagon said Russia had 1.5 million troops. About 600,000 are in Ukraine.", 600000)]
    // A clause after ';' in the past goes on with what was said.
    [InlineData("The Pentagon said 30 North Korean soldiers were killed on Monday; 40 more were wounded.", 40)]
    [InlineData("The Pentagon said the North was preparing a new deployment; some 3,000 soldiers were being trained.", 3000)]
    // The shape the breakdown rule was written for, a year in the sentence.
    [InlineData("The Pentagon said in 2025 that about 9,000 troops would leave Italy. Some 5,000 are to return home.", 5000)]
    public void Reported_speech_keeps_its_speaker(string passage, double value) =>
        Assert.Equal("Pentagon", At(passage, value).AttributedTo);

    [Theory]
    // A participle that joins the figure to a force already there is the writer's.
    [InlineData("About 700 Marines will deploy to Los Angeles, the Pentagon said, joining the 2,000 National Guard troops already there.", 2000)]
    [InlineData("About 300 Marines will arrive in Lithuania, the Pentagon said on Friday, reinforcing some 1,000 soldiers already there.", 1000)]
    // A clause after ';' in the present is the writer's background; a figure larger than the one cited is none of its parts.
    [InlineData("The Pentagon said the brigade would leave by March; at present some 4,000 soldiers are stationed there.", 4000)]
    [InlineData("The Pentagon said the force in Italy would be cut to 25,000; at present some 34,500 are stationed there.", 34500)]
    // A year of the sentence before is no whole that a bare number breaks down.
    [InlineData("The Pentagon said in 2024 that it would send troops to Poland. About 700 are already stationed there.", 700)]
    public void Background_has_no_speaker(string passage, double value) =>
        Assert.Null(At(passage, value).AttributedTo);

    [Theory]
    // Initials before a withdrawal noun are the one who withdraws; a full name is the place left.
    [InlineData("The US withdrawal will leave about 2,500 troops in Afghanistan by January, officials said.", 2500, "United States")]
    [InlineData("US troop cuts in Germany will affect about 12,000 soldiers.", 12000, "United States")]
    // "from 5 states" is one country's Guard, not a multinational force.
    [InlineData("The Pentagon said it has 2,000 troops from 5 states on the border.", 2000, "United States")]
    // A state bound to a Guard noun, or acting as the sender, is the United States.
    [InlineData("West Virginia is sending 300 Guard members to the capital.", 300, "United States")]
    [InlineData("About 150 Ohio National Guard members left for the capital on Monday.", 150, "United States")]
    public void Whose_troops(string passage, double value, string subject) =>
        Assert.Equal(subject, At(passage, value).Subject);

    [Theory]
    // A full country name before a withdrawal noun is where troops leave.
    [InlineData("The Germany drawdown will affect about 12,000 soldiers.", 12000, "Germany")]
    // A US state that is a place is no sender ("Officials in Washington say").
    [InlineData("Officials in Washington say the regime is sending 3,000 more troops to Kursk.", 3000, "United States")]
    // A force from a number of countries has no single owner.
    [InlineData("NATO has about 4,000 troops from 10 countries in Kosovo.", 4000, "United States")]
    public void Not_whose_troops(string passage, double value, string subject) =>
        Assert.NotEqual(subject, At(passage, value).Subject);

    [Theory]
    // A call-up word that acts on something else leaves an army's size its size.
    [InlineData("North Korea has about 1.2 million active troops and activated reserve units last year.", 1200000, TroopKind.ArmySize)]
    [InlineData("Russia's army of about 1.3 million has activated reserve units near the border.", 1300000, TroopKind.ArmySize)]
    // Reservists called up, before the figure or as a passive or state after it, are sent.
    [InlineData("Russia has mobilised 300,000 reservists since September.", 300000, TroopKind.Deployment)]
    [InlineData("The government raised to 360,000 the number of reservists that the army may keep mobilised until March.", 360000, TroopKind.Deployment)]
    // A year is no whole that a part is counted from; a number of troops is.
    [InlineData("Of 2024's deployments, 10,000 North Korean troops went to Kursk.", 10000, TroopKind.Deployment)]
    [InlineData("Of the 11,000 North Korean soldiers sent to Russia, about 3,000 were redeployed to the front.", 3000, TroopKind.Subset)]
    public void Kind(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, At(passage, value).Kind);

    [Theory]
    // An order or a wish that a past time or a "did" says was carried out is no plan.
    [InlineData("Kim Jong Un ordered about 11,000 troops to join the fighting in Kursk last autumn.", 11000, EstimateStatus.Current)]
    [InlineData("Ukrainian intelligence expects 12,000 North Korean soldiers to be in Kursk by now.", 12000, EstimateStatus.Current)]
    [InlineData("Seoul expected 3,000 more soldiers to arrive in December, and they did.", 3000, EstimateStatus.Current)]
    // One still to be carried out is.
    [InlineData("The Pentagon ordered about 2,000 troops to be ready to move.", 2000, EstimateStatus.Planned)]
    [InlineData("Biden told 3,000 troops to be ready to deploy to Europe.", 3000, EstimateStatus.Planned)]
    public void Status(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, At(passage, value).Status);
}
