namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A side that tells of dead or wounded whom nothing else owns tells of its own: "Thai troops killed five soldiers in the clash,
/// Cambodia said", "The Armenian side announced the killing of six soldiers", "while Cambodia has confirmed five military deaths".
/// </summary>
internal sealed partial class TroopCountFinder
{
    // The side that speaks in the figure's clause: the last country before the figure when it is a side (by name or capital, or
    // a demonym before side_nouns) right before a verb of speaker_verbs or side_count_verbs (after at most three
    // speaker_verb_fillers), else the first side right after the figure behind a comma ("..., Cambodia said"); null when none, or
    // when that side did the harm (the dead of "Ukraine said its forces killed 600 soldiers" are the other side's).
    private string? SideCountsItsDead(string text, int start, int end, FigureCandidate figure, IReadOnlyList<CountryMention> countries,
        Func<bool>? countBeforeIsTroops)
    {
        string? side = null;
        bool? counted = null;
        var at = figure.Quantity.Span.Start;
        foreach (var c in countries)
        {
            // "Israeli jets struck a base. Syria's defence ministry said four soldiers were killed": a possessive voice tells of its
            // own dead; not after a count of troops ("North Korea has sent 11,000 troops. South Korea's military said 3,000 soldiers
            // were killed" counts those troops' dead), which the context owns.
            // (So does a side's voice by its demonym before a bare number, which leans on that count: "North Korea sent 14,000
            // soldiers. Ukrainian officials say over 6,000 were killed"; not "The Armenian side announced the killing of six soldiers".)
            var after = (c.Possessive || (c.IsDemonym && c.Span.End <= at && TroopNounAfterNumber(text, figure) is null))
                && (counted ??= countBeforeIsTroops?.Invoke() ?? false) ? -1 : SideEnd(text, c, end);
            // Any other country between the side and the figure ("South Korea has said that a hundred North Korean soldiers have
            // died and one thousand have been wounded") owns it in its stead, or leaves it to the rules before.
            if (c.Span.End <= at)
                side = after > 0 && ((SpeaksAt(text, after, at, Voice(c)) && !ClauseBreak(text, after, at)) || OpeningColon(text, start, c, after, at))
                    ? c.Country.Name : null;
            else if (after < 0) continue;
            else if (side is null && c.Span.Start >= figure.Span.End && CommaBefore(text, figure.Span.End, c.Span.Start) && SpeaksAt(text, after, end, Voice(c))
                && !TroopsNamedBeforeFigure(text, start, figure, countries))
            {
                side = c.Country.Name;
                break;
            }
        }
        return side is not null && HarmAgent(text, start, figure, countries) != side ? side : null;
    }

    // "North Korean soldiers suffer 1,100 casualties in Ukraine war, South Korean military says": a country's demonym or
    // possessive on a troop noun before the figure, in its clause, names whose the losses are; the voice after the comma only
    // reports them. (Not troops that did the harm: "Thai troops killed five soldiers in the clash, Cambodia said".)
    private bool TroopsNamedBeforeFigure(string text, int start, FigureCandidate figure, IReadOnlyList<CountryMention> countries)
    {
        var at = figure.Quantity.Span.Start;
        var harm = HarmAgent(text, start, figure, countries);
        foreach (var c in countries)
            if (c.Span.Start >= start && c.Span.End <= at && (c.IsDemonym || c.Possessive)
                && (forceNouns.EndOfPhraseAt(text, c.Span.End, at) > 0 || nounAfter.NounEnd(text, c.Span.End, at) >= 0) && c.Country.Name != harm)
                return true;
        return false;
    }

    // Where the side a mention names ends: a country's name, or a demonym or possessive and a word of side_nouns ("the Armenian
    // side", "Syria's defence ministry"); -1 for a demonym or possessive of anything else ("Cambodian soldiers", "Russia's attack").
    private int SideEnd(string text, CountryMention c, int end)
    {
        if (!c.IsDemonym && !c.Possessive) return c.Span.End;
        return Spaced(text, c.Span.End) && kindWords.SideNouns.EndOfPhraseAt(text, c.Span.End + 1, end) is var noun and > 0 ? noun : -1;
    }

    // A side's state body ("the Syrian army", "Ukraine's general staff") speaks for it with any verb of speaker_verbs; a bare
    // country's name only with side_count_verbs.
    private static bool Voice(CountryMention c) => c.IsDemonym || c.Possessive;

    // A verb of side_count_verbs (or, for a side's voice named by its demonym, of speaker_verbs too) after at most three
    // speaker_verb_fillers, perhaps behind an aside of side_switch ("The Armenian side, for its part, announced"). A country that
    // only says ("400 soldiers died in the fighting, Kyiv said") may count its enemy's dead: the settled reading leaves those.
    private bool SpeaksAt(string text, int from, int end, bool voice)
    {
        if (from + 2 < end && text[from] == ',' && kindWords.SideSwitch.EndOfPhraseAt(text, from + 2, end) is var aside and > 0 && aside < end && text[aside] == ',')
            from = aside + 1;
        return (voice && VerbAfterFillers(text, from, end, speakerVerbFillers, speakerVerbs)) || VerbAfterFillers(text, from, end, speakerVerbFillers, kindWords.SideCountVerbs);
    }

    // "five soldiers in the clash, Cambodia said", "..., the Armenian side said": the side right after a comma (and perhaps an
    // article), in the figure's clause.
    private static bool CommaBefore(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).TrimEnd();
        if (between.EndsWith(" the") || between.EndsWith(" The")) between = between[..^4];
        return between.EndsWith(",") && between.IndexOfAny(";:") < 0;
    }

    // "Cambodia: 13 dead, five of them soldiers": a side by name opening its sentence, right before a colon, tells what it
    // reports (a headline's voice), up to the next semicolon or colon.
    private static bool OpeningColon(string text, int start, CountryMention c, int after, int at) =>
        !c.IsDemonym && !c.Possessive && c.Span.Start == start && after < at && text[after] == ':' && !ClauseBreak(text, after + 1, at);

    // A semicolon or a sentence's own clause between the side's verb and the figure ("Kyiv said; 40 soldiers ...").
    private static bool ClauseBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(";:") >= 0;
}
