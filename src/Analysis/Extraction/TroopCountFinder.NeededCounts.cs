namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// What a force needs or a contributor gives, with no noun of its own: "The UN force is short of peacekeepers. The mission
/// would need 3,000 to hold the towns", "Washington would provide up to 25,000", "the surge could require 28,500". In a passage
/// about troops the number after such a verb (figures.json: need_verbs) counts them, unless supplies are named in its sentence
/// or the one before (supply_nouns: "short of artillery shells. Its gunners would need 200,000 a month").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases needVerbs;
    private readonly PhraseMatcher supplyNouns;

    // A verb of need_verbs right before the number at `at` (or before an object filler: "would need another 2,000"), and no
    // supply noun from the start of the sentence before (in its paragraph) to the end of this one.
    private bool NeededCount(Document document, Sentence sentence, int at)
    {
        var text = document.Text;
        if (!VerbBefore(needVerbs, text, sentence.Start, at)) return false;
        var before = sentence.Index > 0 && document.Sentences[sentence.Index - 1] is { } previous && previous.Paragraph == sentence.Paragraph
            ? previous.Start : sentence.Start;
        return !supplyNouns.Any(text, before, sentence.End);
    }
}
