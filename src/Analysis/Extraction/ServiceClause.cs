namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whether the clause after people counted by nationality says they fight or serve in an army: "200 Nepali nationals to
/// fight in Ukraine", "155 Chinese citizens were fighting for Russia", "20 Indian nationals remained in the Russian army".
/// The clause runs to the next comma, semicolon, colon or bracket, at most <see cref="Reach"/> characters; a word of not
/// serving in it ("stranded", "came home", "rescued") outweighs a word of serving ("stranded on the front line").
/// The same clause also says whether they took part in an attack ("were mixed up in the attack") or were captured, held or
/// shot dead; and a sentence may open a breakdown of a force by nationality ("the group consisted of"), or count it as
/// suspects held in a passage about a mercenary or commando force.
/// </summary>
internal sealed class ServiceClause
{
    private const int Reach = 80;
    private readonly PhraseMatcher serving, notServing, takingPart, attacks, harmed, notForce, breakdownLeads, breakdownOthers, irregularForces, tollOfOthers;
    private readonly NounAfterNumber suspects;

    private ServiceClause(Lexicon lexicon)
    {
        serving = PhraseMatcher.Of(lexicon, ["service_cues"]);
        notServing = PhraseMatcher.Of(lexicon, ["service_blockers"]);
        takingPart = PhraseMatcher.Of(lexicon, ["taking_part_cues"]);
        attacks = PhraseMatcher.Of(lexicon, ["attack_nouns"]);
        harmed = PhraseMatcher.Of(lexicon, ["nationals_harm_cues"]);
        notForce = PhraseMatcher.Of(lexicon, ["nationals_harm_blockers"]);
        breakdownLeads = PhraseMatcher.Of(lexicon, ["national_breakdown_leads"]);
        breakdownOthers = PhraseMatcher.Of(lexicon, ["national_breakdown_blockers"]);
        suspects = NounAfterNumber.Of(lexicon, "noun_modifiers", "force_suspect_nouns");
        irregularForces = PhraseMatcher.Of(lexicon, ["irregular_force_words"]);
        tollOfOthers = PhraseMatcher.Of(lexicon, ["own_force_toll_blockers"]);
    }

    public static ServiceClause Of(Lexicon lexicon) => new(lexicon);

    /// <summary>Whether the clause that opens at text[from] (and ends by <paramref name="end"/>) says its people serve.</summary>
    public bool Says(string text, int from, int end)
    {
        var limit = ClauseEnd(text, from, end);
        return (serving.Any(text, from, limit) || TookPartInAttack(text, from, limit)) && !notServing.Any(text, from, limit);
    }

    /// <summary>Whether that clause says its people are not serving: back home, stranded, rescued.</summary>
    public bool Denies(string text, int from, int end) => notServing.Any(text, from, ClauseEnd(text, from, end));

    /// <summary>
    /// Whether that clause says its people were captured, held or shot dead ("two Americans working with him had been captured",
    /// "Another 11 Colombians were detained at the embassy") and does not name them as others a force harms or holds (hostages,
    /// bystanders, crews). Only a sentence about troops reads them as the troops' casualties.
    /// </summary>
    public bool SaysHarmed(string text, int from, int end)
    {
        var limit = ClauseEnd(text, from, end);
        return harmed.Any(text, from, limit) && !notForce.Any(text, from, limit);
    }

    /// <summary>
    /// Whether that clause names its people as others a war harms: civilians, hostages, refugees, the dead of an attack on
    /// homes or of a disaster ("300 Ukrainians died when a missile hit an apartment block", "died in the floods").
    /// </summary>
    public bool NamesTollOfOthers(string text, int from, int end) => tollOfOthers.Any(text, from, ClauseEnd(text, from, end));

    /// <summary>
    /// Whether text[start..at), the sentence before a number, opens a breakdown of a whole by nationality ("the group consisted
    /// of", "Of the passengers,"): only after a count of troops do its people of a country count a part of them.
    /// </summary>
    public bool BreaksDown(string text, int start, int at) => breakdownLeads.Any(text, start, at) && !NamesOthers(text, start, at);

    /// <summary>Whether text[start..at) says the whole broken down is others: the dead of a toll, hostages, civilians ("Of the dead").</summary>
    public bool NamesOthers(string text, int start, int at) => breakdownOthers.Any(text, start, at);

    /// <summary>
    /// Where the suspects a number counts end ("17 suspects", "11 of the suspects"), or -1, when the clause after them says they
    /// were captured, held or shot dead and the passage up to <paramref name="end"/> names a mercenary, commando or coup force
    /// (irregular_force_words): there the suspects are that force's members. Alone ("Police arrested 11 suspects after the
    /// bombing") they are anyone's.
    /// </summary>
    public int HeldSuspectsEnd(string text, int passageStart, int at, int end)
    {
        var noun = suspects.NounEnd(text, at, end);
        return noun >= 0 && SaysHarmed(text, noun, end) && irregularForces.Any(text, passageStart, end) ? noun : -1;
    }

    // "26 Colombians were mixed up in the attack", "took part in the coup attempt": a word of taking part, then an attack,
    // in the same clause. People who took part in an attack are its force, whoever they are.
    private bool TookPartInAttack(string text, int from, int limit)
    {
        var taking = takingPart.Find(text, from, limit);
        return taking.Count > 0 && attacks.Any(text, taking[0].Span.End, limit);
    }

    private static int ClauseEnd(string text, int from, int end)
    {
        var limit = Math.Min(end, from + Reach);
        var clauseEnd = text.AsSpan(from, limit - from).IndexOfAny(",;:()");
        return clauseEnd >= 0 ? from + clauseEnd : limit;
    }
}
