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
        return members.Bodies.Any(text, nounEnd, phraseEnd) || BodyHolds(text, from, q.Span.Start) || members.Events.Any(text, from, to);
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
