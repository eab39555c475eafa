namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Who said it when the words went by wire, radio or signal ("the ambassador cabled Washington that …", "the commander
/// radioed that …"), as diplomatic history and war reporting give an envoy's or a commander's count, and a witness quoted
/// remembering ("…,” recalls Jan Novak). Rows where the same verbs carry no message stay unattributed.
/// The sentences are ours, in shapes real reporting uses.
/// </summary>
public class SentMessagesAndRememberedWordsTests
{
    [Theory]
    // A message sent by cable, radio or telegraph is its sender's word, with or without its addressee.
    [InlineData("The ambassador in Vientiane, Winthrop Brown, cabled Washington that about 2,000 Pathet Lao troops had crossed the river.", 2000, "Winthrop Brown")]
    [InlineData("Ambassador Winthrop Brown cabled that about 2,000 Pathet Lao troops had crossed the river.", 2000, "Winthrop Brown")]
    [InlineData("The U.S. embassy in Havana cabled Washington on Tuesday that about 1,500 Cuban soldiers had landed at Luanda.", 1500, "U.S. embassy in Havana")]
    [InlineData("Captain Lee radioed headquarters that about 300 Chinese soldiers were closing on the hill.", 300, "Lee")]
    [InlineData("Consul Robert Clive telegraphed London that some 4,000 Soviet troops had entered Tabriz.", 4000, "Consul Robert Clive")]
    [InlineData("Chad signalled that it could send 2,000 troops to Mali.", 2000, "Chad")]
    // Not: a readiness signalled, a call for more men, or cables as a noun.
    [InlineData("Chad signalled readiness to send 2,000 troops to Mali.", 2000, null)]
    [InlineData("The company commander radioed for 300 more soldiers to hold the ridge.", 300, null)]
    [InlineData("The embassy cables that 2,000 Cuban soldiers have landed at Luanda were later published.", 2000, null)]
    public void A_message_sent_by_wire_or_radio_is_its_senders_word(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A witness remembering, with the verb before the name after a quotation, or before "that".
    [InlineData("\"About 200,000 Warsaw Pact soldiers occupied the country,\" recalls writer Karel Srp.", 200000, "Karel Srp")]
    [InlineData("\"About 200,000 soldiers came over the border that night,\" remembers Jan Novak, a former conscript.", 200000, "Jan Novak")]
    [InlineData("Jan Novak remembers that about 200,000 soldiers came over the border that night.", 200000, "Jan Novak")]
    // Not: a state recalling troops is no speech.
    [InlineData("Russia recalls 2,000 troops from the border.", 2000, null)]
    public void A_witness_remembering_is_cited(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));
}
