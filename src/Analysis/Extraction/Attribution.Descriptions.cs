namespace Analysis.Extraction;

// Pronouns and descriptions ("he", "the agency", "the lawmakers") resolved to the sources they stand for.
internal sealed partial class Attribution
{
    private void ResolvePronouns()
    {
        var history = new List<List<SourceRef>>();
        string? stateCountry = null, lastBody = null;
        foreach (var list in refs)
        {
            SourceRef? told = null;
            // A state body named but not cited, here or in the sentence before ("The Pentagon has not said how many will go,
            // but officials said 2,000 …"): whose officials an unnamed "officials" are when no state voice was cited.
            string? body = null;
            for (var i = 0; i < list.Count; i++)
            {
                var r = list[i];
                if (!r.IsPronoun)
                {
                    if (r is { IsCited: true, Country: { } country } && IsStateVoice(r.Kind)) stateCountry = country;
                    else if (UncitedBody(r) is { } named) body = named;
                    continue;
                }
                // "quoted by the agency Interfax-Ukraine", "told the newspaper Kommersant": a description right before a name
                // describes that name, which is cited there itself; it stands for no earlier source.
                if (i + 1 < list.Count && DescribesNext(r, list[i + 1]))
                {
                    list.RemoveAt(i--);
                    continue;
                }
                // What it may stand for: the matching sources before it in its sentence, else in the
                // nearest earlier sentence that has any (loops, not queries: no copy of the history per pronoun).
                // "the agency" stands for an intelligence agency named before it, else for a news agency.
                // "These numbers overlap, and they cannot be reconciled. Taken together, they suggest the toll ran to several
                // hundred": a "they" that reads out figures named again just before it stands for those figures, no voice.
                if (r is { RoleNoun: "they", Role: CitationRole.Speaker } && StandsForFigures(r, history.Count))
                {
                    list.RemoveAt(i--);
                    continue;
                }
                var resolved = Matching(r, list, i, loose: false);
                List<SourceRef>? earlier = null;
                // "NATO on Thursday released images that it said showed 40,000 troops", "The Nusra Front demanded compensation for
                // three fighters it says were killed": a speaking "it" inside its clause (no comma before it) is the body its own
                // sentence opens with, before any body cited in the sentences above; "…, it said." closing the sentence is not.
                if (resolved is null && r is { RoleNoun: "it", Role: CitationRole.Speaker } && !CommaRightBefore(r.Span.Start))
                    resolved = OpeningBody(list, i);
                for (var h = history.Count - 1; resolved is null && h >= 0; h--)
                    if ((resolved = Matching(r, history[h], history[h].Count, loose: false)) is not null) earlier = history[h];
                // "the alliance said" after an alliance only named, where no one else speaks in its sentence (not "the secretary general of
                // the Alliance, Jens Stoltenberg, said", whose alliance is only his office's).
                if (resolved is null && (IsAgency(r) || r.RoleNoun == "alliance" && r.Role == CitationRole.Speaker && !list.Exists(p => p is { IsPerson: true, IsPronoun: false })))
                {
                    resolved = Matching(r, list, i, loose: true);
                    for (var h = history.Count - 1; resolved is null && h >= 0; h--)
                        if ((resolved = Matching(r, history[h], history[h].Count, loose: true)) is not null) earlier = history[h];
                }
                // "NATO on Thursday released satellite images that it said showed some 40,000 Russian troops": a speaking "it" that no
                // cited body fits is the body that opens its sentence or the one before, named there without being cited.
                if (resolved is null && r is { RoleNoun: "it", Role: CitationRole.Speaker })
                {
                    resolved = OpeningBody(list, i);
                    if (resolved is null && history.Count > 0 && (resolved = OpeningBody(history[^1], history[^1].Count)) is not null) earlier = history[^1];
                }
                list.RemoveAt(i);
                if (resolved is null)
                {
                    // "the interior ministry" with no ministry before it: the one its sentence's country gives, if any;
                    // "an official" with no officials before it: an official of the country whose state voice was cited last.
                    // "officials" with neither: the one country its sentence names as an owner (its Fallback: "about 15,000 U.S.
                    // troops are now in the region, officials said"), as a qualified voice takes it.
                    if (r.RoleNoun == "official" && (stateCountry ?? body ?? lastBody) is { } official)
                        list.Insert(i, new SourceRef(r.Span, $"{closing.Countries.Adjective(official)} officials", SourceKind.Government, official, r.Role, "official", IsGroup: true));
                    // "Defense Ministry officials said … . …, the ministry said.": "the ministry" no cited ministry fits is the one whose
                    // officials spoke before, named as their country's.
                    else if (r is { RoleNoun: "ministry", Role: not CitationRole.Mentioned } && MinistryOfOfficialsBefore(history) is { } ministry)
                        list.Insert(i, ministry with { Span = r.Span, Role = r.Role, IsPronoun = true });
                    else if (r.Fallback is { } fallback) list.Insert(i, fallback with { Role = r.Role });
                    // "Volodymyr Zelensky spoke on Saturday. “…,” the president said.": an office that no titled source fits is held
                    // by the person the sentences just before name without a title.
                    else if (r.Role != CitationRole.Mentioned && IsPersonOffice(r) && (UntitledPersonBefore(history, r.Country) ?? ApposedHolderBefore(history, r.RoleNoun!)) is { } holder)
                        list.Insert(i, holder with { Span = r.Span, Role = r.Role, IsPronoun = true });
                    // "The Chilean army said a convoy had left. … About 400 soldiers are in it, the spokesman said": a spokesperson no
                    // person fits speaks for the body cited last, as a body's spokesperson does.
                    else if (r is { RoleNoun: "spokesperson", Role: not CitationRole.Mentioned } && r.Name.StartsWith("the ", StringComparison.Ordinal)
                        && r.Name.IndexOf(' ', 4) < 0 && BodyCitedBefore(history) is { } spokenFor)
                        list.Insert(i, spokenFor with { Span = r.Span, Role = r.Role, IsPronoun = true });
                    else
                    {
                        if (r.Role == CitationRole.Speaker) unknownSpeakers.Add(history.Count);
                        i--;
                    }
                    continue;
                }
                // "the lawmakers" stands for all of them; "he" for the last one named.
                var plural = r.Name is "they" || r.Name.EndsWith('s');
                var targets = plural ? resolved : [earlier is null ? resolved[^1] : Antecedent(resolved)];
                list.InsertRange(i, targets.Select(t => t with { Span = r.Span, Role = r.Role, IsPronoun = true }));
                i += targets.Count - 1;
                // "three French officials told AFP. … instead of 350, the officials said.": a voice taken up again by a
                // description or pronoun still speaks to the outlet it told, when its sentence names no outlet of its own.
                if (earlier is not null && r.Role == CitationRole.Speaker && TheOutletTold(earlier, resolved[^1]) is { } outlet) told ??= outlet;
                // "Reuters reports, citing a source in the General Staff. … , the source said": a source an outlet cited still speaks
                // through that outlet.
                if (earlier is not null && r.Role == CitationRole.Speaker && r.RoleNoun is "source" or "sources" && resolved[^1].Role == CitationRole.Informant
                    && earlier.Find(x => x is { Role: CitationRole.Speaker, IsPronoun: false } && IsMedia(x)) is { } citing) told ??= citing;
            }
            if (told is not null && !list.Exists(IsMedia)) list.Add(told with { IsPronoun = true });
            lastBody = body;
            history.Add(list);
        }
    }

    // The sentences whose speaker is a voice the kit cannot name ("…, officials said" with no state voice cited before): their
    // figures are that voice's, never the speaker's of a sentence after them ("According to CNN, the total …").
    private readonly HashSet<int> unknownSpeakers = [];

    // Of the sources a sentence before names that a singular pronoun may stand for, the one it takes up: the last speaker
    // ("…, Kim said. He added …"), else the last cited one, else the first, the subject of that sentence ("Foreign Minister Baerbock spoke with President
    // Nauseda in Vilnius. …, she said": Baerbock), not the nearest name, which is more often an object.
    private static SourceRef Antecedent(List<SourceRef> resolved)
    {
        // A speaker before one who only informed it ("Lee said …, citing Park. …, he said": Lee).
        for (var k = resolved.Count - 1; k >= 0; k--)
            if (resolved[k].Role == CitationRole.Speaker) return resolved[k];
        for (var k = resolved.Count - 1; k >= 0; k--)
            if (resolved[k].Role != CitationRole.Mentioned) return resolved[k];
        return resolved[0];
    }

    // Whether a ministry named before may be the one a description names: "the ministry" any, "the defence ministry" only a
    // defence ministry ("Kenya's foreign minister spoke. … The defence ministry said …" is not the Foreign Ministry).
    private static bool SameMinistry(string description, string ministry)
    {
        var words = description.Split(' ');
        if (words is not ["the" or "its", .. var kind, "ministry"] || kind.Length == 0) return true;
        // Ministries are named in American spelling ("Hungarian Defense Ministry").
        var named = string.Join(' ', kind).Replace("defence", "defense", StringComparison.OrdinalIgnoreCase);
        return ministry.Contains(named, StringComparison.OrdinalIgnoreCase);
    }

    // Whether a description names one person's office ("the president", "the general", "the minister"): a title or a holder's noun.
    private bool IsPersonOffice(SourceRef description) =>
        description is { IsGroup: false, RoleNoun: { } noun } && noun is not ("official" or "agency" or "service" or "ministry" or "military" or "army" or "navy")
        && (closing.DescribedHolders.Contains(noun) || closing.Titles.Contains(noun)) && !noun.EndsWith('s');

    // The person named without a title in the nearest of the last three sentences that names one (the cited one there, else
    // the first); else null. Null too when those sentences name more than one person without a title: any of them may hold
    // the office ("Biden met Zelensky and Erdogan in Vilnius. Zelensky asked for more. The president said …"). An office of a
    // country ("the Ukrainian president") looks back over the whole document for a person of that country (or of none known).
    private static SourceRef? UntitledPersonBefore(List<List<SourceRef>> history, string? country = null)
    {
        SourceRef? holder = null;
        string? named = null;
        for (var h = history.Count - 1; h >= 0 && (country is not null || h >= history.Count - 3); h--)
        {
            var people = history[h].FindAll(p => p is { IsPerson: true, IsGroup: false, IsPronoun: false, RoleNoun: null } && OfCountry(p, country));
            foreach (var p in people)
                if ((named ??= p.Name) != p.Name) return null;
            if (people.Count > 0) holder ??= Antecedent(people);
        }
        return holder;
    }

    // Whether a source may be of `country` ("the Ukrainian president" is no Russian's office): any source when no country is
    // asked, else one of that country or of none the kit knows.
    private static bool OfCountry(SourceRef source, string? country) => country is null || source.Country is null || source.Country == country;

    // The body (no person, outlet or pronoun, nor a group of people: "Chilean Army" is a body, "U.S. officials" people) cited last
    // in the three sentences before; else null.
    private static SourceRef? BodyCitedBefore(List<List<SourceRef>> history)
    {
        for (var h = history.Count - 1; h >= 0 && h >= history.Count - 3; h--)
            for (var k = history[h].Count - 1; k >= 0; k--)
                if (history[h][k] is { IsCited: true, IsPerson: false, IsPronoun: false, IsCredit: false } body && !IsMedia(body)
                    && !(body.IsGroup && body.RoleNoun is { } noun && body.Name.EndsWith(SourceNouns.Plural(noun.ToLowerInvariant()), StringComparison.OrdinalIgnoreCase))) return body;
        return null;
    }

    // The ministry of the nearest cited group of officials, of a known country, that the text names "<Word> Ministry officials"
    // or "official" ("Defense Ministry officials", "a Foreign Ministry official"): that ministry, named with the country's adjective ("South
    // Korean Defense Ministry"); else null.
    private SourceRef? MinistryOfOfficialsBefore(List<List<SourceRef>> history)
    {
        for (var h = history.Count - 1; h >= 0; h--)
            for (var k = history[h].Count - 1; k >= 0; k--)
                if (history[h][k] is { IsCited: true, IsPronoun: false, RoleNoun: "official", Country: { } country } officials
                    // The voice's span may hold its noun alone ("a Foreign Ministry official": "official"): the words before it count.
                    && Words(document.Text[Math.Max(0, officials.Span.Start - 40)..officials.Span.End]) is [.., var office, "Ministry", "officials" or "official"] && char.IsUpper(office[0]))
                    return officials with { Name = $"{closing.Countries.Adjective(country)} {office} Ministry", RoleNoun = "ministry", IsGroup = false };
        return null;
    }

    // "Colonel Ana Ruiz, a spokeswoman for the army, said … . … . …, the spokeswoman said": the one person of the last three
    // sentences whose apposition (a comma, an article, at most three words, then the office's noun) names the office; else null.
    private SourceRef? ApposedHolderBefore(List<List<SourceRef>> history, string office)
    {
        SourceRef? holder = null;
        for (var h = history.Count - 1; h >= 0 && h >= history.Count - 3; h--)
            foreach (var p in history[h])
            {
                if (p is not { IsPerson: true, IsGroup: false, IsPronoun: false } || !ApposedOffice(p.Span.End, office)) continue;
                if (holder is not null && holder.Name != p.Name) return null;
                holder ??= p;
            }
        return holder;
    }

    private bool ApposedOffice(int end, string office)
    {
        var text = document.Text;
        if (end + 2 >= text.Length || text[end] != ',') return false;
        var words = Words(text[(end + 1)..Math.Min(text.Length, end + 60)]);
        if (words.Count < 2 || words[0] is not ("a" or "an" or "the")) return false;
        for (var k = 1; k < words.Count && k <= 4; k++)
            if (SourceNouns.Singular(words[k].ToLowerInvariant()) == office) return true;
        return false;
    }

    // The outlet that `voice` told in its sentence ("three French officials told AFP", "officials have told the BBC"), right
    // after its speech verb; else null.
    private SourceRef? TheOutletTold(List<SourceRef> sentence, SourceRef voice)
    {
        foreach (var r in sentence)
        {
            if (r is not { Role: CitationRole.Audience, Kind: SourceKind.Outlet } || r.Span.Start <= voice.Span.End) continue;
            var between = document.Text.AsSpan(voice.Span.End, r.Span.Start - voice.Span.End).Trim();
            // "told The Associated Press": the outlet's own capitalised "The" may stand outside its name.
            if (between.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) between = between[..^4];
            // "Western officials have told the BBC": an auxiliary before the verb.
            var space = between.IndexOf(' ');
            if (space > 0 && closing.Auxiliaries.Contains(between[..space].ToString())) between = between[(space + 1)..].TrimStart();
            // "Western officials have claimed to the BBC", "a commander admitted to Reuters": a verb of saying and its link.
            if (between.LastIndexOf(' ') is > 0 and var link && closing.ToldOutletLinks.Contains(between[(link + 1)..].ToString())) between = between[..link];
            // One verb between them: "told", "told the newspaper" is another shape.
            return between.IndexOfAny(" ,;.") < 0 && closing.Verbs.Contains(between.ToString()) ? r : null;
        }
        return null;
    }

    // The sources among the first `count` of a sentence's that the pronoun may stand for, or null if none.
    private List<SourceRef>? Matching(SourceRef pronoun, List<SourceRef> refs, int count, bool loose)
    {
        List<SourceRef>? found = null;
        for (var k = 0; k < count; k++)
            if (!refs[k].IsPronoun && Matches(pronoun, refs[k], loose) && OfCountry(refs[k], pronoun.Country)) (found ??= []).Add(refs[k]);
        if (found is null && pronoun.RoleNoun == "they")
        {
            // "lawmakers Lee and Kim told reporters … they said": people cited together.
            var people = new List<SourceRef>();
            for (var k = 0; k < count; k++)
                if (refs[k] is { IsPronoun: false, IsPerson: true, IsCited: true } p && !people.Exists(q => q.Name == p.Name)) people.Add(p);
            if (people.Count >= 2) found = people;
        }
        return found;
    }

    // Whether the "they" of sentence k is followed by a verb that figures do (figure_reading_verbs: "suggest", "show") and the
    // last plural referent before it, in its sentence or the one before in its paragraph, is a figure named again
    // (figure_references: "these numbers", "the figures"), with no voice named between the two.
    private bool StandsForFigures(SourceRef they, int k)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var next = Words(text[they.Span.End..Math.Min(sentences[k].End, they.Span.End + 40)]);
        while (next.Count > 0 && closing.Auxiliaries.Contains(next[0])) next.RemoveAt(0);
        if (next.Count == 0 || !closing.FigureReadingVerbs.Contains(next[0])) return false;
        var from = k > 0 && sentences[k - 1].Paragraph == sentences[k].Paragraph ? sentences[k - 1].Start : sentences[k].Start;
        var last = -1;
        foreach (var hit in closing.BackReferences.Find(text, from, they.Span.Start))
            if (hit.Label == FigureReferences && text[hit.Span.End - 1] == 's') last = hit.Span.End;
        if (last < 0) return false;
        for (var h = Math.Max(0, k - 1); h <= k; h++)
            foreach (var x in refs[h])
                if (!x.IsPronoun && x.Span.Start >= last && x.Span.Start < they.Span.Start) return false;
        return true;
    }

    // The first of `count` references, as a list of one, when it is a body (no person, group or pronoun) that opens its sentence,
    // after an article at most ("NATO on Thursday released …", "The Pentagon published …"); else null.
    private List<SourceRef>? OpeningBody(List<SourceRef> list, int count)
    {
        if (count == 0 || list[0] is not { IsPronoun: false, IsPerson: false, IsGroup: false } body) return null;
        var sentence = document.Sentences.FirstOrDefault(x => x.Start <= body.Span.Start && body.Span.Start < x.End);
        if (sentence is null) return null;
        var before = Words(document.Text[sentence.Start..body.Span.Start]);
        return before.Count == 0 || before is ["The" or "the"] ? [body] : null;
    }

    // Whether a comma (past white space) stands right before `at`: "…, it said" closes a sentence; "images that it said" does not.
    private bool CommaRightBefore(int at)
    {
        var text = document.Text;
        while (at > 0 && text[at - 1] == ' ') at--;
        return at > 0 && text[at - 1] == ',';
    }

    private static bool IsAgency(SourceRef pronoun) => pronoun.RoleNoun is "agency" or "service";

    // Whether a source is a body's unnamed officials or sources ("Pakistani officials", "U.S. military sources"), named as a group.
    private static bool UnnamedOfBody(SourceRef candidate) => candidate is { IsGroup: true, RoleNoun: "official" or "officials" or "source" or "sources" };

    // Whether `candidate` is what the description stands for. An agency or a service is a body of the kind its modifier
    // says ("the spy agency", "the news agency"); with none, an intelligence body, or (`loose`) an outlet. A force, a
    // unit, an army or the military is a military body cited as a voice, never the troops a figure counts ("40 Malian
    // soldiers died, the army said": the Malian Army, which its sentence's country gives).
    private bool Matches(SourceRef pronoun, SourceRef candidate, bool loose) => pronoun.RoleNoun switch
    {
        "person" => (candidate.IsPerson || candidate is { IsGroup: true, IsCited: true } && NamedInTheSingular(candidate)) && !Refused(candidate),
        "they" => candidate.IsGroup && candidate.IsCited,
        "it" => candidate is { IsPerson: false, IsGroup: false, IsCited: true },
        "agency" or "service" => (pronoun.Country is null || candidate.Country == pronoun.Country) && Modifier(pronoun.Name) switch
        {
            var m when closing.OutletModifiers.Contains(m) => candidate.Kind is SourceKind.Outlet or SourceKind.StateMedia,
            var m when closing.IntelligenceModifiers.Contains(m) => candidate.Kind == SourceKind.Intelligence,
            _ => candidate.Kind == SourceKind.Intelligence || loose && candidate.Kind is SourceKind.Outlet or SourceKind.StateMedia,
        },
        // ("the air force" only an air force: "Poland's army said … . The air force said …" is not the army)
        "force" or "unit" => candidate is { Kind: SourceKind.Military, IsPerson: false, IsCited: true }
            && (!pronoun.Name.EndsWith("air force", StringComparison.OrdinalIgnoreCase)
                || candidate.Name.EndsWith("Air Force", StringComparison.OrdinalIgnoreCase)),
        "outlet" or "newspaper" or "paper" => candidate.Kind == SourceKind.Outlet,
        // "the radio said", "the broadcast said" after "Radio Kabul announced", "Television Maldives reported": the broadcaster.
        "broadcaster" or "radio" or "broadcast" or "television" => candidate.Kind is SourceKind.Outlet or SourceKind.StateMedia,
        "ministry" => candidate.RoleNoun == "ministry" && SameMinistry(pronoun.Name, candidate.Name),
        // (not a body's unnamed officials or sources: "killing four soldiers, security officials said. … , the army said" is the
        // army's own statement, the body its sentence's country or the dateline gives)
        "military" => candidate is { Kind: SourceKind.Military, IsCited: true } && !UnnamedOfBody(candidate),
        // "Indian Army says" in the headline, "the Army said" below: a body named by that noun is it, whatever kind it was given
        // (a headline's "Indian Army" may come as a titled person).
        "army" or "navy" => candidate is { Kind: SourceKind.Military, IsPerson: false, IsCited: true } && !UnnamedOfBody(candidate)
            || candidate is { IsGroup: false, IsCited: true } && EndsWithWord(candidate.Name, pronoun.RoleNoun, StringComparison.OrdinalIgnoreCase),
        // "NATO: …" over "…, the alliance said": a military body of no one country; `loose`, one only named ("NATO released
        // satellite images … . …, the alliance said": an alliance is never the troops a figure counts, as a force may be).
        "alliance" => candidate is { Kind: SourceKind.Military, IsPerson: false, IsGroup: false, Country: null } && (candidate.IsCited || loose),
        "minister" => candidate.RoleNoun?.EndsWith("minister", StringComparison.Ordinal) == true,
        // "UNIFIL … . …, the mission said", "the Multinational Security Support mission …, the mission said": a mission of no
        // one country, or a body whose name ends in the noun, named before, cited or not (a mission is rarely the troops a
        // figure counts: those are its peacekeepers); "the council said" after the Security Council.
        // (list description_noun_kinds: which of the two ways each such noun names its body).
        { } noun when closing.DescriptionNounKinds.Contains(noun) => candidate is { IsPerson: false, IsGroup: false, IsPronoun: false }
            && (closing.DescriptionNounKinds[noun].Contains(MissionOfNoCountry) && candidate is { Kind: SourceKind.Military, Country: null }
                || closing.DescriptionNounKinds[noun].Contains(NameEndsInNoun) && EndsWithWord(candidate.Name, noun, StringComparison.OrdinalIgnoreCase)
                || closing.DescriptionNounKinds[noun].Contains(BodyOfNoCountry) && candidate is { Kind: SourceKind.Other, Country: null }),
        "institute" or "think tank" => candidate.Kind == SourceKind.Other && !candidate.IsPerson,
        // "…, a military source told Reuters. … . About 3,000 are near the border, the source said.": an unnamed source named
        // again by its noun, in either number, is the one cited before (paragraphs apart; within one it goes on anyway).
        "source" or "sources" => candidate is { IsCited: true, RoleNoun: "source" or "sources" },
        { } noun => candidate.RoleNoun == noun,
        null => false,
    };

    // "Ministry spokesman Ivan Petrov declined to comment. He said about 5,000 …": one who refused to speak ("declined to",
    // "has refused to"; refusal_leads) is not the "he" who speaks next; the pronoun looks further back.
    private bool Refused(SourceRef candidate)
    {
        if (candidate.Role != CitationRole.Mentioned) return false;
        var after = Words(document.Text[candidate.Span.End..Math.Min(document.Text.Length, candidate.Span.End + 40)]);
        var v = after.Count > 0 && closing.Auxiliaries.Contains(after[0]) ? 1 : 0;
        return v + 1 < after.Count && closing.RefusalLeads.Contains(after[v]) && after[v + 1] == "to";
    }

    // The kinds of description_noun_kinds: a military body of no one country; a body whose name ends in the noun; a body of no
    // one country that is not a force ("ECOWAS", "the EU": "the bloc").
    private const string MissionOfNoCountry = "military", NameEndsInNoun = "name-end", BodyOfNoCountry = "international";

    // "A NATO officer told Reuters … . Another 3,000 are in Belarus, he said": an unnamed voice named in the singular ("a
    // senior official", "the NATO officer") is one person, whom "he" or "she" may stand for; "two officials" are not, nor
    // a body that no "s" marks as plural ("the Russian government", "the army", "state media").
    private bool NamedInTheSingular(SourceRef voice)
    {
        var (start, end) = (voice.Span.Start, voice.Span.End);
        var from = end;
        while (from > start && char.IsLetter(document.Text[from - 1])) from--;
        if (from == end) return false;
        var noun = document.Text[from..end].ToLowerInvariant();
        return SourceNouns.Plural(noun) != noun && SourceNouns.Singular(noun) is "official" or "spokesperson" or "commander" or "officer"
            or "diplomat" or "lawmaker" or "analyst" or "expert" or "source" or "historian" or "observer" or "researcher";
    }

    // The word before a description's noun: "spy" in "the spy agency"; empty when there is none.
    private static string Modifier(string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 ? words[^2] : "";
    }

    // A description ("the agency") followed by nothing but a space and the next reference's name ("Interfax-Ukraine").
    private bool DescribesNext(SourceRef description, SourceRef next) =>
        description.RoleNoun is not null && !next.IsPronoun && next.Span.Start == description.Span.End + 1
        && document.Text[description.Span.End] == ' ' && char.IsUpper(document.Text[next.Span.Start]) && description.Name.StartsWith("the ", StringComparison.Ordinal);
}
