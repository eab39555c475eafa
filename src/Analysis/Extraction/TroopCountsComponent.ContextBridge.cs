namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

internal sealed partial class TroopCountsComponent
{
    // Words that give a sentence a topic of its own: other people (civilian_words, non_troop_nouns, national_nouns), money
    // (money_nouns), things a force counts besides soldiers (supply_nouns), or a topic of its own, the economy, a disaster,
    // hunger or disease (context_topic_nouns). A sentence with one of them, the bare number's own
    // included ("housed about 400 of them", of a country's nationals), ends the troops' context.
    private readonly PhraseMatcher otherTopics = PhraseMatcher.Of(lexicon, ["civilian_words", "non_troop_nouns", "national_nouns", "money_nouns", "supply_nouns", "context_topic_nouns"]);

    // "Ruritania will bring 3,500 soldiers home this year. // The capital wants elections despite the raids. // \"This is the
    // beginning,\" the colonel said. \"The goal is 1,500 by June.\"": the troops of a sentence stay the context of a bare number
    // past remarks that count nothing and name no other topic (a quote's speech tag, an aside about the war or its politics), at
    // most ContextBridge of them; "Some 3,000 troops are in the north. Aid groups say the camps are full. The government has
    // promised funds. 2,000 arrived on Monday" does not reach back (aid, funds). `at` is the earliest of the countless
    // sentences already read by TroopsInContext or CountBeforeIsTroops.
    private bool BridgedToTroops(Document document, Sentence at, IReadOnlyList<IReadOnlyList<CountryMention>> countries, bool?[] lastCountIsFigure,
        bool[]? hadFigures, Sentence figureSentence, bool countFirst = false)
    {
        for (var i = at.Index; i <= figureSentence.Index; i++)
            if (otherTopics.Any(document.Text, document.Sentences[i].Start, document.Sentences[i].End)) return false;
        var bridged = figureSentence.Index - at.Index;
        while (bridged <= ContextBridge && Follows(document, at))
        {
            var earlier = document.Sentences[at.Index - 1];
            // A sentence that counts decides by its counts: its last one a troop figure (`countFirst`), or any figure found in it;
            // "More than 20 police officers were hurt" names officers but counts no troops. One that counts nothing, by its words.
            if (lastCountIsFigure[earlier.Index] is { } figure) return countFirst ? figure : figure || hadFigures?[earlier.Index] == true;
            if (finder.SpeaksOfTroops(document.Text, earlier, countries[earlier.Index])) return true;
            if (otherTopics.Any(document.Text, earlier.Start, earlier.End)) return false;
            at = earlier;
            bridged++;
        }
        return false;
    }

    // How many sentences that count nothing may stand between a bare number and the troops it counts.
    private const int ContextBridge = 3;
}
