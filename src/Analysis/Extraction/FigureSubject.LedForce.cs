namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

internal sealed partial class TroopCountFinder
{
    // The most words read between "X-led" and its force noun: "the Kenya-led security support mission", "the Kenyan-led
    // Multinational Security Support (MSS) Mission".
    private const int LedForceWords = 6;

    // "the Kenya-led mission", "a U.S.-led coalition force", "the mission, led by Kenya", "a force commanded by Brazil": a force one
    // state leads (force_leader_participles) is a force of several states (a state leads others' troops beside its own), so
    // HeldByForceOfSeveral reads it as it reads "the multinational force". The head runs from the leader's name to the force noun
    // ("Kenya-led ... mission") or is the force noun before the participle ("the mission, led by"). Only a capitalised leader
    // before the hyphen ("Kenya-", "U.S.-", "NATO-"): "state-led", "army-led" name no other state.
    private IEnumerable<TextSpan> LedForceHeads(string text, int from, int to)
    {
        for (var dash = text.IndexOf('-', from, to - from); dash >= 0 && dash + 1 < to; dash = text.IndexOf('-', dash + 1, to - dash - 1))
        {
            var leader = dash;
            while (leader > from && (char.IsLetter(text[leader - 1]) || text[leader - 1] == '.')) leader--;
            if (leader == dash || !char.IsUpper(text[leader]) || !char.IsLetter(text[dash + 1])) continue;
            var participle = kindWords.ForceLeaderParticiples.EndOfPhraseAt(text, dash + 1, to);
            if (participle < 0 || participle == to || text[participle] != ' ') continue;
            var w = participle;
            for (var words = 0; words < LedForceWords && w < to; words++)
            {
                w = SourceText.SkipWhiteSpace(text, w);
                if (w >= to || text[w] is ',' or ';' or ':' or '.') break;
                var noun = forceNouns.EndOfPhraseAt(text, w, to);
                if (noun > 0 && (noun == to || !CueIndex.IsWordCharacter(text[noun])))
                {
                    yield return new TextSpan(leader, noun);
                    break;
                }
                var next = w;
                while (next < to && !char.IsWhiteSpace(text[next])) next++;
                if (next > w && text[next - 1] is ',' or ';' or ':') break;
                w = next;
            }
        }
        for (var by = text.IndexOf(" by ", from, to - from, StringComparison.Ordinal); by >= 0 && by + 4 < to;
             by = text.IndexOf(" by ", by + 1, to - by - 1, StringComparison.Ordinal))
        {
            if (!char.IsUpper(text[by + 4]) && !text.AsSpan(by + 4).StartsWith("the ", StringComparison.Ordinal)) continue;
            if (kindWords.ForceLeaderParticiples.StartOfPhraseBefore(text, from, by) is not (var participle and > 0)) continue;
            var before = participle;
            while (before > from && text[before - 1] is ' ' or ',') before--;
            var noun = forceNouns.StartOfPhraseBefore(text, from, before);
            if (noun >= 0 && (noun == from || !CueIndex.IsWordCharacter(text[noun - 1])) && participle - before <= 2)
                yield return new TextSpan(noun, before);
        }
    }

    // Whether the country at `c` is the leader named right after a participle of force_leader_participles and "by" ("the
    // mission, led by Kenya, has ...", "spearheaded by Kenya's contribution of 400 officers, remains below ... 1,000"), in an aside
    // closed before the figure at `figure`: the force's leader, not a holder of its total (a figure inside that aside, "Kenya's
    // contribution of 400", is the leader's own).
    private bool LeaderAfterParticiple(string text, int start, CountryMention c, int figure)
    {
        if (c.Span.End >= figure || text.AsSpan(c.Span.End, figure - c.Span.End).IndexOf(',') < 0) return false;
        var at = c.Span.Start;
        if (at >= 4 && text.AsSpan(start, at - start).EndsWith("the ", StringComparison.Ordinal)) at -= 4;
        if (!text.AsSpan(start, at - start).EndsWith(" by ", StringComparison.Ordinal)) return false;
        return kindWords.ForceLeaderParticiples.StartOfPhraseBefore(text, start, at - 4) is var p and >= 0 && p > start && !CueIndex.IsWordCharacter(text[p - 1]);
    }

    // Whether a relative clause opens right after the force's name (", which", " which", ", whose", " that"), before the figure.
    private static bool RelativeOnForce(string text, int at, int figure)
    {
        var rest = text.AsSpan(at, figure - at).TrimStart(" ,");
        foreach (var relative in (ReadOnlySpan<string>)["which ", "whose ", "that "])
            if (rest.StartsWith(relative, StringComparison.Ordinal)) return true;
        return false;
    }

    // "the U.N. Security Council approved expanding an existing gang-fighting force", "the Security Council sanctioned an
    // expansion of the island's force": a force or mission named after the Security Council in its sentence is one the Council
    // mandates, staffed by several states; where the first such noun ends (int.MaxValue if none), so that "the force" after it
    // stands for a force of several (SeveralNamedBy). A noun a demonym binds ("the French force") is that state's.
    private int CouncilForceEnd(string text) => CouncilForceIn(text, 0, text.Length) is { } force ? force.End : int.MaxValue;

    // The first such force or mission noun in text[from..to), after "Security Council" in the same sentence; null if none.
    private TextSpan? CouncilForceIn(string text, int from, int to)
    {
        const string council = "Security Council";
        if (to - from < council.Length) return null;
        for (var at = text.IndexOf(council, from, to - from, StringComparison.Ordinal); at >= 0 && at + council.Length < to;
             at = text.IndexOf(council, at + 1, to - at - 1, StringComparison.Ordinal))
        {
            var stop = text.IndexOfAny(['.', ';', '\n'], at + council.Length);
            if (stop < 0 || stop > to) stop = to;
            for (var w = at + council.Length; w < stop; w++)
            {
                if (!char.IsWhiteSpace(text[w - 1]) || !char.IsLetter(text[w])) continue;
                var noun = forceNouns.EndOfPhraseAt(text, w, stop);
                if (noun < 0 || (noun < text.Length && CueIndex.IsWordCharacter(text[noun]))) continue;
                var word = text.AsSpan(w, noun - w);
                if (!word.Equals("force", StringComparison.OrdinalIgnoreCase) && !word.Equals("mission", StringComparison.OrdinalIgnoreCase)) continue;
                var before = SourceText.SkipWhiteSpaceBack(text, w, at);
                var prior = before;
                while (prior > at && (char.IsLetter(text[prior - 1]) || text[prior - 1] == '-')) prior--;
                if (prior < before && char.IsUpper(text[prior])) continue;
                return new TextSpan(w, noun);
            }
        }
        return null;
    }
}
