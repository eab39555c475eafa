namespace Analysis.Extraction;

// Names across a document: one spelling per person, a group's named members, an informant named elsewhere.
internal sealed partial class Attribution
{
    // One person, one name: "Lee Seong-kweun", "Lee Seong Kweun" and "Lee Seongkweun" are named as the document first
    // spells them.
    private void OneSpelling()
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in refs)
            for (var i = 0; i < list.Count; i++)
                if (list[i] is { IsPerson: true } person)
                {
                    var key = SourceGazetteer.Spelling(person.Name);
                    if (!first.TryAdd(key, person.Name) && first[key] != person.Name) list[i] = person with { Name = first[key] };
                }
    }

    private void ExpandGroups()
    {
        var people = refs.SelectMany(r => r).Where(r => r.IsPerson && !r.IsPronoun && r.RoleNoun is not null).DistinctBy(r => r.Name).ToList();
        foreach (var chain in chains)
            for (var i = 0; i < chain.Count; i++)
            {
                var g = chain[i];
                if (!g.IsGroup || g.RoleNoun is null) continue;
                var named = people.Where(p => p.RoleNoun == g.RoleNoun && (p.Country is null || g.Country is null || p.Country == g.Country)).ToList();
                if (named.Count == 0) continue;
                chain.RemoveAt(i);
                // The members stand where the group stood, with its role: what reads the chain by place (a voice in a clause of
                // time, a later clause) reads them there, not where the document named them.
                chain.InsertRange(i, named.Where(n => chain.All(c => c.Name != n.Name)).Select(n => n with { Span = g.Span, Role = g.Role }));
            }
    }

    private void ExtendOrigins()
    {
        var informantsOf = new Dictionary<string, (List<SourceRef> Informants, int Sentence, bool Cited)>();
        for (var c = 0; c < chains.Length; c++)
        {
            var chain = chains[c];
            var informants = chain.TakeWhile(r => r.Role == CitationRole.Informant).ToList();
            // Where the chain's voices start, after its informants (the outlets among them too).
            var voicesFrom = informants.Count;
            // "…, an official said, the agency reports citing Reuters. … , the official added": an outlet cited only passed the
            // sentence on (a link of its chain, never an origin: Chain's reordering), so it informed none of the speaker's other
            // words.
            informants.RemoveAll(IsMedia);
            if (informants.Count == 0) continue;
            // "Kim was speaking after being briefed by the spy agency": the informant of a sentence that only tells when a speaker
            // spoke informed his words, before and after (Attribution.SpeakingOccasions).
            if (voicesFrom == chain.Count && SpeakerOfOccasion(c) is { } occasion)
                informantsOf.TryAdd(occasion.Name, (informants, c, false));
            var cited = CitedForItsClaim(document.Sentences[c], informants[0]);
            foreach (var r in chain.Skip(voicesFrom))
                informantsOf.TryAdd(r.Name, (informants, c, cited));
        }
        SourceRef? briefer = null;
        // "The secret service now puts the dead at 2,000, the deputy Lee said. … According to Lee, 6,000 more will go": a person
        // who relayed the briefing body before relays it after, titled as a lawmaker or not.
        var relayers = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < chains.Length; s++)
        {
            briefer = Briefer(s) ?? briefer;
            var chain = chains[s];
            // "Seoul's spy agency now puts the deaths at 2,000, lawmaker Lee says": a body a lawmaker relays briefed him.
            if (chain.Count > 1 && chain[0] is { IsPerson: false, IsGroup: false } relayed && !IsMedia(relayed) && chain.Exists(Briefed)) briefer = relayed;
            // "The NIS has made known its assessment. … Pyongyang dispatched 15,000 soldiers, the deputies Lee and Kim told South Korean
            // media.": an intelligence body that speaks is what lawmakers who speak after it relay, with no briefing word.
            else if (chain.Count > 0 && chain[0] is { Kind: SourceKind.Intelligence, IsPerson: false, IsGroup: false, Role: CitationRole.Speaker } spoke) briefer = spoke;
            if (briefer is not null && chain.Count > 1 && chain[0].Name == briefer.Name)
                foreach (var r in chain.Skip(1))
                    if (r is { IsPerson: true, IsGroup: false, Role: CitationRole.Speaker }) relayers.Add(r.Name);
            if (chain.Count == 0 || chain[0].Role == CitationRole.Informant) continue;
            // "North Korea has about 10,900 soldiers in Kursk, Seoul lawmaker says" over "…, a South Korean lawmaker said after a
            // briefing by the spy agency": a headline that names only the relay gives its figure to that relay; what informed the
            // relay below is the body's to say, not the headline's (DevSet header).
            if (document.Sentences[s].Paragraph == 0) continue;
            // Not an outlet's: a paper cites many people over a report, and the one it cites for one claim ("The Washington Post
            // reported, citing several people familiar with the planning") is no origin of its others ("The Post reported that three
            // states would send up to 750 more troops"; a headline's "…, WSJ says").
            // "Britain will send 500 more, Brown said. Eight allies had agreed to send more, he said, citing NATO's secretary general.":
            // an informant cited for one claim ("citing X") goes on to the speaker's later words, not back to the earlier ones.
            if (!IsMedia(chain[0]) && informantsOf.TryGetValue(chain[0].Name, out var informed) && !(informed.Cited && s < informed.Sentence))
                chain.InsertRange(0, informed.Informants.Where(x => chain.All(c => c.Name != x.Name)));
            // "The spy agency briefed lawmakers on Wednesday. … , lawmaker Lee told reporters.": a lawmaker who speaks after a body's
            // briefing, in its sentence or a later one, relays it: the body is the origin, the lawmaker the via.
            // The body may stand in the chain already, behind the lawmaker ("…, lawmaker Lee said after the spy agency's briefing").
            else if (briefer is not null && (Briefed(chain[0]) || chain[0].Name == briefer.Name && chain.Exists(Briefed)
                || chain is [{ IsPerson: true, Role: CitationRole.Speaker } relayer, ..] && relayers.Contains(relayer.Name)))
            {
                chain.RemoveAll(c => c.Name == briefer.Name);
                chain.Insert(0, briefer with { Role = CitationRole.Informant });
            }
        }
    }

    private bool Briefed(SourceRef r) => r is { Role: CitationRole.Speaker, RoleNoun: { } noun } && closing.BriefedRoles.Contains(noun);

    // The body of sentence s that gave a briefing ("the spy agency briefed lawmakers", "after the NIS's briefing", "a briefing by
    // the NIS"): not a person, not an outlet, right before a briefing word (after "'s" and two words at most) or informing a
    // speaker; else null.
    private SourceRef? Briefer(int s)
    {
        var text = document.Text;
        foreach (var r in refs[s])
        {
            if (r.IsPerson || r.IsGroup || IsMedia(r) || r.Role == CitationRole.Audience) continue;
            if (r.Role == CitationRole.Informant) return r;
            var at = r.Span.End;
            if (at + 1 < text.Length && text[at] is '\'' or '’' && text[at + 1] == 's') at += 2;
            for (var words = 0; words < 3; words++)
            {
                while (at < text.Length && text[at] == ' ') at++;
                var end = at;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                if (end == at) break;
                if (closing.BriefingWords.Contains(text.AsSpan(at, end - at))) return r;
                if (char.IsUpper(text[at])) break;
                at = end;
            }
        }
        return null;
    }

    // "About 650 U.S. troops will stay, U.S. officials told The Associated Press. … roughly 3,500 …, the officials said.": a voice
    // that told an outlet (right after its verb: TheOutletTold) speaks to it again where a later sentence of the piece cites it by the same name without any outlet of
    // its own ("one of the officials said"), as a pronoun or description that takes it up does (ResolvePronouns): the outlet stays
    // its via. Only an outlet told (its audience), not one that reported the voice ("The Washington Post reported, citing four
    // European officials. … , the officials said": cow25-01 keeps no via); only the nearest earlier sentence where the voice
    // speaks decides.
    private void KeepOutletsTold()
    {
        for (var s = 1; s < chains.Length; s++)
        {
            var chain = chains[s];
            if (chain.Count == 0 || chain.Exists(IsMedia) || chain.Exists(r => r.IsCredit)) continue;
            var voice = chain[^1];
            if (voice.Role != CitationRole.Speaker || IsMedia(voice)) continue;
            for (var k = s - 1; k >= 0; k--)
            {
                var at = chains[k].FindIndex(r => r.Name == voice.Name && !IsMedia(r));
                if (at < 0) continue;
                // The outlet it told right after its verb ("told AFP", not "said in an interview with Reuters").
                if (chains[k][at].Role == CitationRole.Speaker && chains[k].Take(at).All(r => !IsMedia(r))
                    && TheOutletTold(chains[k], chains[k][at]) is { } outlet)
                    chain.Add(outlet with { Span = voice.Span, IsPronoun = true });
                break;
            }
        }
    }
}
