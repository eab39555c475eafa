namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Whether the state body a figure's voice is may own the figure's troops, when nothing else names an owner: not where its
/// sentence counts an event's whole ("the joint drills with Belarus involved 12,700 troops": everyone in them, whoever's),
/// nor near or bound for the body's own country ("60,000 soldiers gathered close to Finland"),
/// nor in a clause of its own after a comma (", in which 300,000 servicemen are expected"), nor where it names a non-state force
/// whose people they may be (the same gates as a body cited in the figure's sentence).
/// </summary>
internal sealed partial class TroopCountFinder
{
    public bool VoiceMayOwn(string text, Sentence sentence, TextSpan figure, string home, IReadOnlyList<CountryMention> countries)
    {
        if (kindWords.EventTotalWords.Any(text, sentence.Start, sentence.End)) return false;
        // "60,000 soldiers gathered close to Finland, the Finnish border guard said": troops near the voice's own country.
        if (Approached(text, sentence.Start, countries, home)) return false;
        // "..., in which 300,000 servicemen are expected", "..., when 9,000 soldiers are expected": a clause of its own, of an event.
        if (!OneClause(text, new TextSpan(sentence.Start, sentence.Start), figure)) return false;
        // "Shoigu said Kim would send 1,000 sappers": the voice tells of another's act.
        if (agent.TellsOfAnothersAct(text, sentence.Start, figure)) return false;
        return !NamesCountedGroup(text, sentence);
    }

    // "The IDF said Hezbollah had about 40,000 fighters": the sentence names a non-state force (not as an attacker) whose
    // people its figures may be, so a state body cited in it owns none of them by being the voice.
    public bool NamesCountedGroup(string text, Sentence sentence)
    {
        foreach (var m in kindWords.ArmedGroupNouns.Find(text, sentence.Start, sentence.End))
            if (!Attacker(text, m.Span.End, sentence.End)) return true;
        return false;
    }
}
