namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// An armed group's members are its fighters: in a sentence that names an armed group (armed_group_context: "the group",
/// "Islamic State", "al-Shabaab"), a noun that counts troops only in context ("members") counts them ("Islamic State still has
/// some 10,000 members in Iraq and Syria"). The names make no sentence about troops for the other rules: "1,300 Israelis were
/// killed in the Hamas attack" counts people. Members of a governing body, or that an arrest, release or meeting counts, are
/// no fighters.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PhraseMatcher armedGroupContext;
    private readonly MemberWords members;
    // "660 LTTE cadres": nouns of an armed group's fighters only where the sentence names one (armed_group_member_nouns).
    private readonly NounAfterNumber groupMemberAfter;

    private sealed class MemberWords(Lexicon lexicon)
    {
        public readonly PhraseMatcher Bodies = PhraseMatcher.Of(lexicon, ["governing_body_nouns"]);
        public readonly PhraseMatcher Events = PhraseMatcher.Of(lexicon, ["member_event_verbs"]);
        public readonly AdjacentPhrases Holds = AdjacentPhrases.Of(lexicon, "governing_body_holds");
        public readonly int Reach = lexicon.Setting("member_body_reach");
        public readonly PhraseMatcher Alliances = PhraseMatcher.Of(lexicon, ["alliance_body_nouns"]);
        public readonly AdjacentPhrases AllianceMembers = AdjacentPhrases.Of(lexicon, "alliance_member_nouns");
        public readonly AdjacentPhrases PhraseEnds = AdjacentPhrases.Of(lexicon, "alliance_phrase_ends");
    }

    // Members a governing or political body holds ("The Taliban's cabinet has 33 members", "the council's 40 members", "40
    // members of its political council"), or that an arrest, a release or a meeting counts, within member_body_reach characters
    // either side of the count. A body elsewhere in the clause holds none ("informed Parliament that 2,900 members of the
    // defence force would be employed").
    private bool MembersOfBodyOrEvent(string text, int start, int end, Quantity q, int nounEnd)
    {
        var (from, to) = (Math.Max(start, q.Span.Start - members.Reach), Math.Min(end, nounEnd + members.Reach));
        // (After the noun, only in its own phrase: "members under arms, the council of ministers was told" are fighters.)
        var phraseEnd = text.AsSpan(nounEnd, to - nounEnd).IndexOfAny(",;:.—–") is var stop and >= 0 ? nounEnd + stop : to;
        return members.Bodies.Any(text, nounEnd, phraseEnd) || BodyHolds(text, from, q.Span.Start) || members.Events.Any(text, from, to)
            || MemberStates(text, from, to, q, nounEnd);
    }

    // An alliance's or bloc's members are its member states (alliance_member_nouns, alliance_body_nouns): a body named between
    // the number and the noun ("27 NATO members"), in a possessive right before the number ("the bloc's 15 members"), or
    // right after "members of" and an article ("the 32 members of the alliance"), where the phrase ends (not "members of the
    // NATO-led force").
    private bool MemberStates(string text, int from, int to, Quantity q, int nounEnd)
    {
        if (members.AllianceMembers.StartOfPhraseBefore(text, q.Span.End, nounEnd) is not (var noun and >= 0)) return false;
        if (members.Alliances.Any(text, q.Span.End, noun)) return true;
        var before = SourceText.SkipWhiteSpaceBack(text, q.Span.Start, from);
        if (before - from >= 2 && text[before - 1] == 's' && text[before - 2] is '\'' or '’')
            foreach (var body in members.Alliances.Find(text, from, before - 2))
                if (body.Span.End == before - 2) return true;
        var at = PhraseLiteral.SkipWhiteSpace(text, nounEnd, to);
        if (!text.AsSpan(at, to - at).StartsWith("of ", StringComparison.Ordinal)) return false;
        at = PhraseLiteral.SkipWhiteSpace(text, at + 3, to);
        if (text.AsSpan(at, to - at).StartsWith("the ", StringComparison.OrdinalIgnoreCase)) at = PhraseLiteral.SkipWhiteSpace(text, at + 4, to);
        foreach (var body in members.Alliances.Find(text, at, to))
            if (body.Span.Start == at) return PhraseEndsAt(text, body.Span.End, to);
        return false;
    }

    // Whether the noun phrase ends at `at`: punctuation, the end, or a word of alliance_phrase_ends ("of the alliance will
    // send", "of the bloc and"), not a noun it modifies ("of the EU training mission", "of the NATO-led force").
    private bool PhraseEndsAt(string text, int at, int to)
    {
        if (at >= to) return true;
        // ("of the alliance's force": a possessive on a noun it modifies)
        if (text[at] is '-' or '\'' or '’' || CueIndex.IsWordCharacter(text[at])) return false;
        var next = PhraseLiteral.SkipWhiteSpace(text, at, to);
        return next >= to || !CueIndex.IsWordCharacter(text[next]) || members.PhraseEnds.EndOfPhraseAt(text, next, to) > 0;
    }

    // A body noun right before the count, past at most a possessive ending or one verb of holding ("cabinet has 33").
    private bool BodyHolds(string text, int from, int at)
    {
        var end = SourceText.SkipWhiteSpaceBack(text, at, from);
        if (members.Holds.StartOfPhraseBefore(text, from, end) is var verb and >= 0) end = SourceText.SkipWhiteSpaceBack(text, verb, from);
        if (end - from >= 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '’') end -= 2;
        foreach (var body in members.Bodies.Find(text, from, end))
            if (body.Span.End == end) return true;
        return false;
    }
}
