namespace Analysis.Tests.Extraction.Sources;

using Analysis.Corpus;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that opens its sentence and goes on to speak in a clause joined to its own by "and" or "but" ("Moscow has raised its
/// contingent to 3,000, but says this is within limits", "UNESCO welcomed the truce and said …"), or by a comma in a headline
/// ("Kyiv parades foreign POWs, says many Cubans fight for Russia"), is cited; so is a body or state that speaks by a participle
/// after its clause, as a person does ("Moscow moved its forces, claiming that …"), or as the means of its act ("Minsk justified
/// its moves by claiming that …"). Not a name that only qualifies the voice after it ("A Kosovo government official confirmed …,
/// saying"), not two subjects of one verb, not a clause that
/// another subject may open before the join, and not a verb that orders ("and told them to dig in").
/// </summary>
public class CoordinatedSpeechTests
{
    [Theory]
    [InlineData("Minsk has moved 4,000 troops to the frontier, but insists the move is purely defensive.", "Belarus")]
    [InlineData("UNICEF welcomed the truce on Monday and said some 300 child soldiers had been released.", "UNICEF")]
    [InlineData("Tehran moved two divisions to the border, claiming that 40,000 Iraqi soldiers were massing there.", "Iran")]
    [InlineData("Minsk has justified the drills by claiming that 120,000 Ukrainian soldiers are massed at the border.", "Belarus")]
    [InlineData("20:15: NATO condemned the strike and warned that 2,000 more troops could be sent east.", "NATO")]
    public void A_voice_speaking_in_its_joined_clause_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Fact]
    public void A_headline_voice_speaks_after_a_comma() =>
        Assert.Contains(Extractor.Default.Extract(CorpusLoader.FromText("Tbilisi recalls envoy, says 500 Russian paratroopers have entered Abkhazia\n\nThe ministry spoke on Friday.", "t")).SourceMentions,
            m => m.Source == "Georgia");

    [Theory]
    // An order, not speech.
    [InlineData("Minsk has moved 4,000 troops to the frontier and told them to dig in.", "Belarus")]
    // A clause of its own opens before the join: its subject may be the one who speaks.
    [InlineData("Minsk has welcomed the news that Moscow moved 4,000 troops to the frontier and said it would answer.", "Belarus")]
    // A participle that says nothing; a name that qualifies the voice after it.
    [InlineData("Tehran shelled the border post, claiming the lives of 40 Iraqi soldiers.", "Iran")]
    [InlineData("A Kosovo government official confirmed the pull-back, saying 3,000 Serbian troops had left.", "Kosovo")]
    // A comma outside a headline joins no speech to the opening voice.
    [InlineData("Minsk has moved 4,000 troops to the frontier, said nothing of why, and kept them there.", "Belarus")]
    public void A_voice_that_does_not_speak_in_a_joined_clause_is_not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
