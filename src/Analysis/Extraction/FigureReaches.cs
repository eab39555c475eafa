namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// How far before a figure (in characters) the figure rules read for a word that changes what it counts: the lexicon's
/// settings (figures.json, each with why its value), so that a corpus may widen one without a build.
/// </summary>
/// <param name="TollTroopWord">A troop word that makes a toll the soldiers' ("the toll among servicemen rose to 112").</param>
/// <param name="MoneyWord">A money word that makes a number of millions a sum ("a budget of 500 million").</param>
/// <param name="AgeWord">An age word that makes a small number an age ("lowered the mobilisation age to 25").</param>
/// <param name="SaidBreakdown">The speech clause between a total and the colon its breakdown follows ("passed 54,900 troops, the
/// commander said on Wednesday: more than 22,200 killed").</param>
/// <param name="StrengthSubject">A whole force before a verb of strength ("rebel leader Laurent Nkunda commands about 10,000").</param>
internal sealed record FigureReaches(int TollTroopWord, int MoneyWord, int AgeWord, int SaidBreakdown, int StrengthSubject)
{
    public static FigureReaches Of(Lexicon lexicon) => new(lexicon.Setting("toll_troop_word_reach"), lexicon.Setting("money_word_reach"),
        lexicon.Setting("age_word_reach"), lexicon.Setting("said_breakdown_reach"),
        lexicon.Setting("strength_subject_reach"));
}
