namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Choosing the speaker among the voices the kit finds: an unnamed voice named again by
/// its noun before the outlet it told, a state that its own official reports, a speaking "it" after a body named without being
/// cited, a speaker set off by commas that closes the sentence, a wire headline's spaced hyphen, and a state that only places a
/// count of troops. Rows where each rule applies and rows where the same words must not change the answer. The sentences are ours.
/// </summary>
public class ChoosingAmongVoicesTests
{
    [Theory]
    // "the source told Xinhua": the source named before ("a military source"), through the outlet.
    [InlineData("The army expanded its deployment near Khiam, a Lebanese military source said. The army has moved about 6,000 soldiers south, the source told Xinhua.", 6000, "Lebanese military sources")]
    // A state reported by its own official is the official's word; another body reported stays the origin.
    [InlineData("A senior U.S. defense official said on Tuesday that Washington had counted 300 casualties among them.", 300, "U.S. defense officials")]
    [InlineData("Lieutenant General Rajiv Ghai said the Pakistani Army had acknowledged that 40 of its soldiers were killed.", 40, "Pakistani Army")]
    [InlineData("Pentagon spokesman John Kirby said Russia had acknowledged 300 casualties.", 300, "Russia")]
    // A speaking "it" after a body that opens the sentence, named without being cited.
    [InlineData("NATO on Thursday released satellite images that it said showed some 40,000 Russian troops near the border.", 40000, "NATO")]
    [InlineData("NATO released new images on Thursday. It said they showed 40,000 Russian troops near the border.", 40000, "NATO")]
    // A speaker set off by commas closes a sentence of two clauses, whatever stands in apposition to it.
    [InlineData("Russia lost 150 soldiers on Monday, and 200 more were wounded, the army's chief, Oleh Ivashchenko, said.", 150, "Oleh Ivashchenko")]
    [InlineData("Russia lost 150 soldiers on Monday, and 200 more were wounded, Oleh Ivashchenko, the army's chief, said.", 150, "Oleh Ivashchenko")]
    // A state that places a count of troops is no voice: the speaker after it is.
    [InlineData("Jamaica will put 200 soldiers on standby for the force, Prime Minister Andrew Holness said on Friday.", 200, "Andrew Holness")]
    [InlineData("Jamaica will send 200 soldiers to the force, Prime Minister Andrew Holness said on Friday.", 200, "Andrew Holness")]
    public void The_speaker_chosen_is_the_one_who_said_it(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A wire headline's spaced hyphen before its last words, as its dash does, names the speaker.
    [InlineData("Russia has moved 5,000 troops to Ukraine's borders - Stoltenberg\n\nNATO Secretary-General Jens Stoltenberg called on Russia on Tuesday to withdraw the forces.", 5000, "Jens Stoltenberg")]
    [InlineData("Russia has moved 5,000 troops to Ukraine's borders – Stoltenberg\n\nNATO Secretary-General Jens Stoltenberg called on Russia on Tuesday to withdraw the forces.", 5000, "Jens Stoltenberg")]
    public void A_headline_names_its_speaker_after_a_spaced_hyphen(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Extractor.Default.Extract(Analysis.Corpus.CorpusLoader.FromText(text, "t")).TroopCounts, c => c.Value == value).AttributedTo);
}
