using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using static SourceText;

// "Park Sun-won, a member of a parliamentary intelligence committee, said", "Lee Seong-kweun of the parliamentary intelligence
// committee said": wire copy of a spy agency's briefing names the lawmakers who relay it by their seat, not by the word
// "lawmaker"; they are lawmakers all the same, so the story's "lawmakers" are them and a briefing they attended is what they
// pass on (Attribution.ExpandGroups, Attribution.ExtendOrigins).
internal sealed partial class TitledPeople
{
    // Most sentences name no parliament, and the pattern is not run.
    private void AssemblyMembers(string s, int start, List<SourceCandidate> candidates)
    {
        if (!s.Contains("arliament", StringComparison.Ordinal) && !s.Contains("ommittee", StringComparison.Ordinal)
            && !s.Contains("Assembly", StringComparison.Ordinal) && !s.Contains("member", StringComparison.Ordinal)) return;
        foreach (Match m in assemblyMember.Matches(s))
        {
            var g = m.Groups["name"];
            if (notNames.Contains(FirstWord(g.Value))) continue;
            candidates.Add(new(0, Person(new TextSpan(start + g.Index, start + g.Index + g.Length), g.Value, "lawmaker", null)));
        }
    }
}
