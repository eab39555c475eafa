namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Voices that recur across the Russia and Kursk reporting under several spellings: the BBC's Russian service, which keeps a
/// name-by-name count of Russia's war dead with Mediazona ("Mediazona and BBC Russian", "the BBC Russian Service", "BBC News
/// Russian"), a source of its own apart from the BBC; the Kursk region's governor, whose given name copy transliterates several
/// ways ("Aleksandr Khinshtein", "Alexander Khinshtein"); and the PLA's English news site by its credit ("(ChinaMil)"). Near
/// miss: the BBC itself stays the BBC. The sentences are ours, in the shapes of Kyiv Independent, TASS and ChinaMil copy.
/// </summary>
public class CountKeepersAndRegionalVoicesTests
{
    [Theory]
    [InlineData("Losses\n\nMediazona and BBC Russian have confirmed the names of 45,000 Russian soldiers killed in Ukraine.", "BBC Russian")]
    [InlineData("Losses\n\nThe BBC Russian Service has identified 92 soldiers killed in the strike.", "BBC Russian")]
    [InlineData("Kursk\n\nThe governor of the Kursk region, Aleksandr Khinshtein, has reported that 1,000 North Korean sappers cleared the border.", "Alexander Khinshtein")]
    [InlineData("Development passage\n\nJUBA, July 11 (ChinaMil) -- Two Chinese peacekeepers were killed when a shell struck their vehicle, China Military Online reported.", "China Military Online")]
    // Near miss: the BBC itself.
    [InlineData("Losses\n\nThe BBC said 300 soldiers had left the town.", "BBC")]
    public void The_voice_is_named_once(string document, string source) =>
        Assert.Contains(DocumentMentions(document), m => m.Source == source);

    [Theory]
    [InlineData("Losses\n\nMediazona and BBC Russian have confirmed the names of 45,000 Russian soldiers killed in Ukraine.", "BBC")]
    [InlineData("Development passage\n\nJUBA, July 11 (ChinaMil) -- Two Chinese peacekeepers were killed when a shell struck their vehicle, China Military Online reported.", "ChinaMil")]
    [InlineData("Kursk\n\nThe governor of the Kursk region, Aleksandr Khinshtein, has reported that 1,000 North Korean sappers cleared the border.", "Aleksandr Khinshtein")]
    public void The_variant_is_no_source_of_its_own(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);
}
