namespace Analysis.Extraction;

// "Rep. Kim told reporters that 900 had been killed. Kim was speaking after being briefed by the spy agency.": a sentence that
// only tells when a speaker spoke, its informant the body that briefed him, says who informed his words; the speaker stands in it
// by his surname or a pronoun, which are no reference of their own there.
internal sealed partial class Attribution
{
    // The person who spoke in an earlier sentence whom sentence s names at its start (his surname, the first or the last word of his
    // name, or he/she) before speaking_occasion_verbs; else null.
    private SourceRef? SpeakerOfOccasion(int s)
    {
        var words = Words(document.Sentences[s].Text);
        if (words.Count < 2) return null;
        var head = words[0];
        var after = words.Skip(1).ToList();
        if (!closing.SpeakingOccasionVerbs.Any(v => after.Count >= v.Length && v.Select((w, i) => after[i] == w).All(x => x))) return null;
        for (var k = s - 1; k >= 0 && k >= s - 3; k--)
        {
            var speaker = chains[k].LastOrDefault(r => r is { IsPerson: true, IsGroup: false, Role: CitationRole.Speaker });
            if (speaker is null) continue;
            var name = Words(speaker.Name);
            if (head is "He" or "She" || name.Count > 1 && (head == name[0] || head == name[^1])) return speaker;
            return null;
        }
        return null;
    }
}
