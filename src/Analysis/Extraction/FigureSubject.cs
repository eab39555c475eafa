namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Whose troops a figure counts: a country bound to the figure (a demonym, a possessive, "troops from ..."), a country
/// pronoun's country, a military the gazetteer knows, never a destination or a place ("close to Finland").
/// </summary>
internal sealed partial class TroopCountFinder
{
    // The names of the alliances and missions the gazetteer knows with no country ("KFOR", "UNIFIL", "NATO").
    private readonly PhraseMatcher multinationalNames;
    private readonly AdjacentPhrases continuationAfter, speechTimeFillers, thingNouns, partnerWords, originVerbs, forceNouns, anaphorsAfter, speakerVerbs, speakerVerbFillers, reportNouns;

    // The figures whose own words name no owner: a bare number read against another figure counts the same troops;
    // others take who sends or holds them, then the nearest actor before them, then the sentence's other figures, then
    // the context (previousSubject). A figure that points back to troops counted before ("hundreds of casualties among them")
    // takes the context's owner first: the countries of its own sentence are often only who counted them. A part's owner
    // is not the whole's: "a force of 2,500, of whom 1,000 will be Kenyan" says whose the 1,000 are, not whose the
    // multinational 2,500 are. mixedOwners: the indexes of the figures OwnSubject found of several owners (null if none);
    // countBeforeIsTroops: whether the count before the sentence is of troops (whose dead a side's possessive voice may tell of).
    private void CarrySubjects(string text, int start, int end, List<(Quantity Q, TextSpan Span, bool Anchored)> found, List<FigureCandidate> result,
        IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked, Func<string?> previousSubject,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources, List<int>? mixedOwners, Func<bool>? countBeforeIsTroops = null)
    {
        var mixed = new bool[result.Count];
        string?[]? speakers = null;
        if (result.Count > 1) Respectively(text, start, result, countries);
        // "15 soldiers had been captured by Russian forces": a captor never owns the captured, whichever step named it.
        var captors = new string?[result.Count];
        for (var i = 0; i < result.Count; i++) captors[i] = PassiveHarmAgent(text, end, result[i], countries);
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Subject is { } own)
            {
                if (captors[i] != own) continue;
                result[i] = result[i] with { Subject = null };
            }
            // "Some 12,000 of Kim Jong Un's troops": a known official's possessive on them.
            if (PersonPossessive(text, result[i], sources) is { } personal) { result[i] = result[i] with { Subject = personal }; continue; }
            if (StrengthCompoundDemonym(text, end, result[i], countries) is { } strengthOwner) { result[i] = result[i] with { Subject = strengthOwner }; continue; }
            if (PointsBack(text, end, result[i]) || Multinational(text, end, result[i])) continue;
            // "Ten Chadian troops and 28 Islamist fighters were killed": a non-state group's people continue no state's figure.
            if (i > 0 && agent.NonStateIn(text, result[i].Quantity.Span.End, result[i].Span.End)
                && ForceOwner(text, result[i].Quantity.Span, result[i].Span, sources) is null) { mixed[i] = true; continue; }
            // "150 foreigners from 25 countries, and almost 200 more": a figure that continues the one before it in its sentence
            // (a word of continuation_after right after its number, no country named between them) is of that figure's owner,
            // or of none when that one has none.
            if (i > 0 && Continues(text, end, result[i - 1], result[i], countries))
            {
                if (mixed[i - 1] || Multinational(text, end, result[i - 1])) mixed[i] = true;
                else if (result[i - 1].Subject is { } before) result[i] = result[i] with { Subject = before };
                if (mixed[i] || result[i].Subject is not null) continue;
            }
            // "Seoul puts the number of North Korean troops at 11,000": the counted phrase names the owner, or none does and the
            // context gives it; the one who puts the figure does not.
            if (EstimatedThing(text, start, result[i].Quantity.Span) is (>= 0, var thingEnd) thing)
            {
                var owner = EstimatedThingOwner(text, start, thing.From, thingEnd, countries, out var severalOwners);
                if (severalOwners) mixed[i] = true;
                else if (owner is not null) result[i] = result[i] with { Subject = owner };
                continue;
            }
            // "they had killed at least 14 rebels": a non-state group's people, no country's (a demonym inside would have owned them;
            // a military the gazetteer gives a country, "8,000 Wagner mercenaries", owns them below).
            if (agent.NonStateIn(text, result[i].Quantity.Span.End, result[i].Span.End)
                && ForceOwner(text, result[i].Quantity.Span, result[i].Span, sources) is null) { mixed[i] = true; continue; }
            // "M23 had roughly 5,000 fighters": the armed group's people the sentence names, no state's.
            if (GroupFighters(text, start, end, result[i], i > 0 ? result[i - 1] : null, countries)
                && ForceOwner(text, result[i].Quantity.Span, result[i].Span, sources) is null) { mixed[i] = true; continue; }
            if (AllianceTroops(result[i], sources))
            {
                if (agent.ContributorOf(text, start, result[i].Quantity.Span, countries, sources ?? [], masked) is { } contributor) result[i] = result[i] with { Subject = contributor };
                else mixed[i] = true;
                continue;
            }
            if (SizesForceOfSeveral(text, start, end, result[i], sources)) { mixed[i] = true; continue; }
            if (MembersOfForceOfSeveral(text, end, result[i], countries))
            {
                if (agent.ContributorOf(text, start, result[i].Quantity.Span, countries, sources ?? [], masked) is { } contributor) result[i] = result[i] with { Subject = contributor };
                else mixed[i] = true;
                continue;
            }
            // "in a combined force of around 64,000": a force of several nations, whoever the sentence names.
            if (agent.CoalitionForceBefore(text, start, result[i].Quantity.Span)) { mixed[i] = true; continue; }
            if (HeldByForceOfSeveral(text, start, result[i], countries, sources)) { mixed[i] = true; continue; }
            if (mixedOwners is not null && mixedOwners.Contains(i))
            {
                if (ContributedShare(text, start, result[i], countries, masked, sources) is { } contributor) result[i] = result[i] with { Subject = contributor };
                else mixed[i] = true;
                continue;
            }
            var subject = found[i].Anchored && Nearest(found, i) is { } a2 ? result[found.IndexOf(a2)].Subject : null;
            subject ??= ForceOwner(text, result[i].Quantity.Span, result[i].Span, sources);
            subject ??= agent.StateIn(text, result[i].Quantity.Span.End, result[i].Span.End);
            var several = false;
            // "casualties among North Korean troops have exceeded 4,000": a hedge that is a participle opens the figure, so the
            // "have" before it is that verb's auxiliary, not a verb of holding whose subject owns the troops.
            if (!OpensWithParticipleHedge(text, result[i].Quantity))
                subject ??= agent.OwnerOf(text, start, end, result[i].Quantity.Span, result[i].Span, countries, sources ?? [], masked, out several);
            // "the UN mission in Mali, which had about 13,000 troops": the relative clause tells of the force, not of its host.
            if (subject is not null && HostBeforeForceRelative(text, start, result[i].Quantity.Span.Start, countries, subject)) subject = null;
            // "ATMIS, which has about 22,000 soldiers", "Russia and Belarus will field 200,000 troops": a total of several nations
            // (or of none: "The insurgents lost some 70 fighters").
            if (subject is null && several) { mixed[i] = true; continue; }
            if (result[i].Kind == TroopKind.Casualties)
                subject ??= RanksOfDead(text, end, result[i], countries)
                    ?? AdmitsOwnLosses(text, result[i].Quantity.Span.Start, countries) ?? SideCountsItsDead(text, start, end, result[i], countries, countBeforeIsTroops);
            subject ??= SpeakerSendsItself(text, start, result[i].Quantity.Span.Start, countries, masked);
            if (subject is null && AfterPartsOfTwo(result, i, countries)) { mixed[i] = true; continue; }
            if (subject is null && SpeakerCountry(text, start, result[i].Span.Start, countries, masked) is var (other, speaker) && speaker is not null)
            {
                // "Haiti's prime minister said 400 officers had arrived": the speaker's country owns them only when nothing else
                // in the passage does.
                if (other is null) { speakers ??= new string?[result.Count]; speakers[i] = speaker; continue; }
                subject = other;
            }
            if (subject is null && AfterDemonymPairForce(text, start, result[i].Span.Start, countries)) { mixed[i] = true; continue; }
            subject ??= OfficialsArmy(result[i], countries, sources);
            subject ??= NearestCountry(text, start, result[i].Span.Start, countries, masked);
            if (subject is null && result[i].Kind != TroopKind.Casualties) subject = OwnSideSpeaker(text, start, result[i].Quantity.Span.Start, countries);
            if (subject is not null && captors[i] == subject) subject = null;
            // "The ministry said its forces had killed 12 soldiers": who did the harm does not own the dead.
            if (subject is not null && result[i].Kind == TroopKind.Casualties && HarmAgent(text, start, result[i], countries) == subject) { mixed[i] = true; continue; }
            result[i] = result[i] with { Subject = subject };
        }
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Subject is not null) continue;
            if (mixed[i] || Multinational(text, end, result[i]))
                result[i] = result[i] with { NoOwner = true };
            else
            {
                var subject = OtherFigureSubject(text, start, end, result, i, countries);
                // "1,300 Marines from III Marine Expeditionary Force": a unit that names its country, in the figure's sentence.
                // A body of another country cited in this sentence does not own the troops it counts: "North Korea has sent 11,000
                // troops. South Korea's military said 3,000 had been sent to the front" counts North Korea's.
                // "clashed with North Korean soldiers, after Washington warned that thousands of them had been sent": "of them"
                // points at the troops its own sentence named last, whoever's side they fought.
                if (subject is null && PointsBack(text, end, result[i])) subject = TroopsNamedBefore(text, start, result[i].Span.Start, countries);
                subject ??= agent.UnitCountry(text, start, end, countries) ?? previousSubject();
                // With no context, a figure that points back is read as the others are.
                if (subject is null && PointsBack(text, end, result[i]))
                    subject = ForceOwner(text, result[i].Quantity.Span, result[i].Span, sources)
                        ?? agent.OwnerOf(text, start, end, result[i].Quantity.Span, result[i].Span, countries, sources ?? [], masked, out _)
                        ?? NearestCountry(text, start, result[i].Span.Start, countries, masked);
                subject ??= speakers?[i];
                var partOnly = NamedOnlyForAPart(subject, result[i], result, countries);
                if (partOnly) subject = null;
                subject ??= CitedHomeCountry(text, start, end, result[i], countries, masked, sources);
                if (subject is not null && captors[i] == subject) subject = null;
                // "The IDF said its strikes had killed 12 soldiers": the context's owner (here the cited body's country) did the
                // harm, so the dead are not its own.
                if (subject is not null && result[i].Kind == TroopKind.Casualties && HarmAgent(text, start, result[i], countries) == subject) subject = null;
                result[i] = result[i] with { Subject = subject, NoOwner = partOnly && subject is null };
            }
        }
    }

    // Whether the quantity opens with a hedge that is a verb's participle ("exceeded 4,000", "has topped 1,000"): its one word
    // before the number ends in "ed". The hedges are already the lexicon's (hedge_approximate, hedge_at_least: "approached",
    // "estimated", "exceeded", "surpassed", "topped", "passed"), and the ending picks their participles, those a corpus adds too,
    // without a second list of the same words.
    private static bool OpensWithParticipleHedge(string text, Quantity q)
    {
        if (q.Core.Start <= q.Span.Start || !char.IsLetter(text[q.Span.Start])) return false;
        var hedge = text.AsSpan(q.Span.Start, q.Core.Start - q.Span.Start).TrimEnd();
        return hedge.IndexOf(' ') < 0 && hedge.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    // "Djibouti and Kenya are to send 1,520 and 1,410", "Britain and France will send 900 and 600 troops respectively": figures
    // joined only by coordinators after an owner verb whose subject is as many countries, joined the same way, are theirs in
    // order (a pair of countries alone as one actor owns a total, neither alone: SendingAgent).
    private void Respectively(string text, int start, List<FigureCandidate> result, IReadOnlyList<CountryMention> countries)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var last = i;
            // ("300 and 400 soldiers": the first mention shares the noun, so the two are joined at its number.)
            while (last + 1 < result.Count && Joined(text, EndBefore(result[last], result[last + 1]), result[last + 1].Quantity.Span.Start)) last++;
            if (last == i) continue;
            if (agent.VerbBefore(text, start, result[i].Quantity.Span) is var verb and >= 0 && ActorList(text, verb, countries, last - i + 1) is var first and >= 0)
                for (var j = i; j <= last; j++)
                    if (result[j].Subject is null) result[j] = result[j] with { Subject = countries[first + j - i].Country.Name };
            i = last;
        }
    }

    private static int EndBefore(FigureCandidate figure, FigureCandidate next) =>
        figure.Span.End > next.Quantity.Span.Start && figure.Span.End <= next.Span.End && figure.Quantity.Span.End <= next.Quantity.Span.Start
            ? figure.Quantity.Span.End : figure.Span.End;

    // Where the list of exactly `count` different countries (by name or capital) joined by coordinators that ends right
    // before a verb (at most four words between, no punctuation) starts in countries; -1 if there is none.
    private int ActorList(string text, int verb, IReadOnlyList<CountryMention> countries, int count)
    {
        var last = -1;
        for (var k = 0; k < countries.Count && countries[k].Span.End <= verb; k++) last = k;
        if (last < 0) return -1;
        var between = text.AsSpan(countries[last].Span.End, verb - countries[last].Span.End);
        if (between.IndexOfAny(",;:.") >= 0 || between.Count(' ') > 5) return -1;
        var first = last;
        while (first > 0 && Joined(text, countries[first - 1].Span.End, countries[first].Span.Start)) first--;
        if (last - first + 1 != count) return -1;
        for (var k = first; k <= last; k++)
        {
            if (countries[k].IsDemonym || countries[k].Possessive) return -1;
            for (var m = first; m < k; m++)
                if (countries[m].Country.Name == countries[k].Country.Name) return -1;
        }
        return first;
    }

    // "Venezuela, for its part, says 17,000 soldiers have been sent to Tachira", "For its part, Kyiv said 10,000 soldiers hold
    // the line": a country (by name or capital, not a demonym or possessive) that speaks with a word of its own side (list
    // side_switch) right after it, or opening the sentence right before it, speaks of its own troops, whatever side the
    // figures before were. Not for the dead and wounded, which a side counts of its enemy too; "Meanwhile, Ukraine said"
    // turns the topic, not the side.
    private string? OwnSideSpeaker(string text, int start, int at, IReadOnlyList<CountryMention> countries)
    {
        var opener = kindWords.SideSwitch.EndOfPhraseAt(text, start, at);
        foreach (var c in countries)
        {
            if (c.Span.End > at) break;
            if (c.IsDemonym || c.Possessive) continue;
            if (opener > 0)
            {
                // "For its part, Venezuela says", "For its part, the United States said": the sentence's first country.
                var next = PhraseLiteral.SkipWhiteSpace(text, opener < at && text[opener] == ',' ? opener + 1 : opener, at);
                if (articles.EndOfPhraseAt(text, next, at) is var article and > 0) next = PhraseLiteral.SkipWhiteSpace(text, article, at);
                return next == c.Name.Start ? c.Country.Name : null;
            }
            // "Venezuela, for its part, says".
            if (c.Span.End + 1 < at && text[c.Span.End] == ',' && kindWords.SideSwitch.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, c.Span.End + 1, at), at) > 0)
                return c.Country.Name;
        }
        return null;
    }

    // "Britain said it would send an extra battlegroup to Estonia; around 1,000 troops are set to leave", "Taiwan's defence
    // ministry said it had put about 1,200 troops on alert": a country, or a cited body it names, then a speaker verb, perhaps
    // "that", then "it", at most three pronoun_verb_fillers and a verb of pronoun_owner_verbs, before the figure: that country.
    private string? SpeakerSendsItself(string text, int start, int at, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked)
    {
        string? found = null;
        foreach (var c in countries)
        {
            if (c.Span.End > at) break;
            var from = c.Span.End;
            foreach (var m in masked)
                if (m.Contains(c.Span) && m.End <= at) from = Math.Max(from, m.End);
            if (!Spaced(text, from) || SpeakerVerbEnd(text, from, at) is not (var verb and > 0)) continue;
            var next = PhraseLiteral.SkipWhiteSpace(text, verb, at);
            // "said on Tuesday it would send", "said late on Monday that it had moved".
            for (var k = 0; k < 2 && speechTimeFillers.EndOfPhraseAt(text, next, at) is var time and > 0 && Spaced(text, time); k++)
                next = PhraseLiteral.SkipWhiteSpace(text, time, at);
            if (text.AsSpan(next).StartsWith("that ", StringComparison.Ordinal)) next = PhraseLiteral.SkipWhiteSpace(text, next + 4, at);
            if (subjectPronouns.EndOfPhraseAt(text, next, at) is not (var it and > 0) || it - next != 2) continue;
            if (VerbAfterFillers(text, it, at, kindWords.PronounVerbFillers, kindWords.PronounOwnerVerbs)) found = c.Country.Name;
        }
        return found;
    }

    // Where a speaker verb or a verb of announcing (own_announcement_verbs) after text[from] ends, or -1.
    private int SpeakerVerbEnd(string text, int from, int at) =>
        speakerVerbs.EndOfPhraseAt(text, from, at) is var verb and > 0 ? verb : ownAnnouncementVerbs.EndOfPhraseAt(text, from, at);

    // "China later admitted to four fatalities": the last country (by name or capital, not a demonym or possessive) before a
    // casualty figure that is the subject of an admission verb (at most three speaker_verb_fillers between) admits its own dead.
    private string? AdmitsOwnLosses(string text, int at, IReadOnlyList<CountryMention> countries)
    {
        string? found = null;
        foreach (var c in countries)
        {
            if (c.Span.End > at) break;
            if (c.IsDemonym || c.Possessive) continue;
            if (VerbAfterFillers(text, c.Span.End, at, speakerVerbFillers, kindWords.AdmissionVerbs)) found = c.Country.Name;
        }
        return found;
    }

    // Whether a word of verbs follows text[from], after at most three words of fillers ("later", "has", "also"), each after a space.
    private static bool VerbAfterFillers(string text, int from, int at, AdjacentPhrases fillers, AdjacentPhrases verbs)
    {
        for (var k = 0; k < 3 && Spaced(text, from) && fillers.EndOfPhraseAt(text, from, at) is var filler and > 0; k++) from = filler;
        return Spaced(text, from) && verbs.EndOfPhraseAt(text, from, at) > 0;
    }

    // "US", "U.S.", "UK": a country written as its initials.
    private static bool Initials(string text, TextSpan name)
    {
        foreach (var ch in text.AsSpan(name.Start, name.End - name.Start))
            if (!char.IsUpper(ch) && ch != '.') return false;
        return true;
    }

    // "NATO counted 4,767 soldiers from 33 countries", "a force of 10,000 drawn from 12 nations": a figure followed (after a
    // comma at most) by the number of countries it comes from (lists multinational_from, multinational_count_hedges,
    // multinational_nouns) is a
    // multinational total, with no single owner, neither its sentence's nor its passage's.
    private bool Multinational(string text, int end, FigureCandidate figure)
    {
        var at = figure.Span.End;
        if (at < end && text[at] == ',') at++;
        if (MostlyFromOne(text, at, end)) return true;
        if (at >= end || !char.IsWhiteSpace(text[at]) || kindWords.MultinationalFrom.EndOfPhraseAt(text, at, end) is not (var from and > 0)) return false;
        var number = PhraseLiteral.SkipWhiteSpace(text, from, end);
        // "from European allies", "from Gulf states": a group's adjective in place of the countries' number.
        if (GroupOfStates(text, number, end)) return true;
        // "the 830 soldiers from countries including Togo, Benin and Chad": no count of the countries, but a list of them opens
        // right after their noun.
        if (kindWords.MultinationalNouns.EndOfPhraseAt(text, number, end) is var bare and > 0 && Spaced(text, bare)
            && kindWords.MultinationalListOpeners.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, bare, end), end) > 0) return true;
        // "from more than 20 nations".
        if (kindWords.MultinationalCountHedges.EndOfPhraseAt(text, number, end) is var hedge and > 0 && Spaced(text, hedge))
            number = PhraseLiteral.SkipWhiteSpace(text, hedge, end);
        var digits = number;
        while (digits < end && char.IsDigit(text[digits])) digits++;
        // "from several countries", "from various nations".
        if (kindWords.MultinationalQuantifiers.EndOfPhraseAt(text, number, end) is var quantifier and > 0 && Spaced(text, quantifier))
            digits = quantifier;
        else if (digits == number)
        {
            // "from a dozen countries", "from 30 countries", "from twelve nations".
            if (kindWords.NumberWords.EndOfPhraseAt(text, number, end) is not (var word and > 0)) return false;
            digits = word;
        }
        return digits < end && char.IsWhiteSpace(text[digits]) && kindWords.MultinationalNouns.EndOfPhraseAt(text, digits, end) > 0;
    }

    // "1,000 police officers, mostly from Kenya": most of the force comes from one state, so others are in it: no single owner.
    // Only before a capitalised name ("most of them from the elite corps" is one army's unit).
    private bool MostlyFromOne(string text, int at, int end)
    {
        if (!Spaced(text, at) || kindWords.MultinationalMostly.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is not (var mostly and > 0)
            || !Spaced(text, mostly)) return false;
        var from = PhraseLiteral.SkipWhiteSpace(text, mostly, end);
        if (!text.AsSpan(from, Math.Max(0, end - from)).StartsWith("from ", StringComparison.Ordinal)) return false;
        var name = PhraseLiteral.SkipWhiteSpace(text, from + 5, end);
        if (name >= end || !char.IsUpper(text[name])) return false;
        // The name's capitalised words, then the clause goes on or ends ("mostly from Kenya, now guard", "mainly from Chad and
        // Niger"); not a possessive or a unit ("mostly from North Korea's special forces").
        var after = name;
        while (after < end)
        {
            while (after < end && (char.IsLetter(text[after]) || text[after] is '.' or '-')) after++;
            if (after + 1 < end && text[after] == ' ' && char.IsUpper(text[after + 1])) { after++; continue; }
            break;
        }
        return after >= end || text[after] is ',' or ';' or ')' or '.' || text.AsSpan(after).StartsWith(" and ", StringComparison.Ordinal);
    }

    // "troops from European allies", "soldiers from the Gulf states": a word of multinational_group_adjectives, then a word of
    // multinational_group_nouns, right after "from" (an article may come first).
    private bool GroupOfStates(string text, int at, int end)
    {
        if (text.AsSpan(at, Math.Max(0, end - at)).StartsWith("the ", StringComparison.Ordinal)) at = PhraseLiteral.SkipWhiteSpace(text, at + 4, end);
        if (kindWords.MultinationalGroupAdjectives.EndOfPhraseAt(text, at, end) is not (var adjective and > 0) || !Spaced(text, adjective)) return false;
        var noun = PhraseLiteral.SkipWhiteSpace(text, adjective, end);
        return kindWords.MultinationalGroupNouns.EndOfPhraseAt(text, noun, end) is var stop and > 0 && (stop >= end || !char.IsLetter(text[stop]));
    }

    // "The force will have 2,500 agents, of whom 1,000 will be Kenyan": a country the sentence names only from a later part
    // of the force on owns that part, not the whole.
    private static bool NamedOnlyForAPart(string? subject, FigureCandidate whole, List<FigureCandidate> result, IReadOnlyList<CountryMention> countries)
    {
        if (subject is null || whole.Kind == TroopKind.Subset) return false;
        var part = -1;
        foreach (var r in result)
            if (r.Kind == TroopKind.Subset && r.Quantity.Span.Start >= whole.Span.End) { part = r.Quantity.Span.Start; break; }
        if (part < 0) return false;
        var named = false;
        foreach (var c in countries)
        {
            if (c.Country.Name != subject) continue;
            if (c.Name.Start < part) return false;
            // "4,000 Marines due to leave Okinawa, where nearly 30,000 of the 55,000 U.S. service members in Japan are stationed":
            // named in another whole, not for the part.
            if (result.Any(r => r.Kind != TroopKind.Subset && r.Span.Start <= c.Name.Start && c.Name.End <= r.Span.End)) return false;
            named = true;
        }
        return named;
    }

    // "hundreds of casualties among them", "some 3,000 of them were killed": words of anaphors_after right after the number
    // or right after its mention.
    // The country of the last demonym bound to a troop noun before text[at] in its sentence as the other side (after a word of
    // partner_words: "had clashed with North Korean soldiers"), or null. Not the side that speaks or harms ("Ukrainian forces
    // said they had killed hundreds of them": those counted before), nor a possessive ("The Chinese who have joined Russia's
    // forces, more than 100 of them" are the people before it).
    private string? TroopsNamedBefore(string text, int start, int at, IReadOnlyList<CountryMention> countries)
    {
        string? found = null;
        foreach (var c in countries)
        {
            if (c.Span.End > at) break;
            found = c.IsDemonym && AfterPartnerWord(text, start, c.Span.Start) && nounAfter.NounEnd(text, c.Span.End, at) >= 0 ? c.Country.Name : found;
        }
        return found;
    }

    private bool PointsBack(string text, int end, FigureCandidate figure) =>
        (Spaced(text, figure.Quantity.Span.End) && anaphorsAfter.EndOfPhraseAt(text, figure.Quantity.Span.End, end) > 0)
        || (figure.Span.End > figure.Quantity.Span.End && figure.Span.End < end && char.IsWhiteSpace(text[figure.Span.End])
            && anaphorsAfter.EndOfPhraseAt(text, figure.Span.End, end) > 0);

    // "Kyiv believes", "the United States estimated", "Washington had seen", "Seoul's tally": a country that is the subject
    // of a verb of knowing or saying (lists speaker_verb_fillers, speaker_verbs) or owns an estimate (report_nouns) right
    // after its name gives a figure, it does not own one.
    private bool GivesTheFigure(string text, CountryMention c, int end)
    {
        var at = c.Span.End;
        if (c.Possessive) return OwnsAnEstimate(text, c, end);
        for (var i = 0; i < 3 && at < end && Spaced(text, at); i++)
        {
            if (speakerVerbs.EndOfPhraseAt(text, at, end) > 0) return true;
            if (speakerVerbFillers.EndOfPhraseAt(text, at, end) is not (var filler and > 0)) return false;
            at = filler;
        }
        return false;
    }

    // "Kyiv's claim", "Seoul's tally": a country's possessive right before a word of an estimate (report_nouns).
    private bool OwnsAnEstimate(string text, CountryMention c, int end) =>
        c.Possessive && Spaced(text, c.Span.End) && reportNouns.EndOfPhraseAt(text, c.Span.End, end) > 0;

    // Whether `figure` continues `before`: a word of continuation_after ("more", "others") right after its number, and no country
    // named as an actor between the two.
    private bool Continues(string text, int end, FigureCandidate before, FigureCandidate figure, IReadOnlyList<CountryMention> countries)
    {
        if (!Spaced(text, figure.Quantity.Span.End) || continuationAfter.EndOfPhraseAt(text, figure.Quantity.Span.End, end) is not (var e and > 0)
            || (e < end && CueIndex.IsWordCharacter(text[e]))) return false;
        // ("who had joined the armies of Russia, and 200 more": a country after a preposition is no actor between them.)
        foreach (var c in countries)
            if (c.Name.Start >= before.Span.End && c.Name.End <= figure.Quantity.Span.Start && !IsDestination(text, before.Span.End, c.Name.Start)) return false;
        return true;
    }

    // The owner of the first figure of the sentence that has one; a part lends its owner only to another part. Not across a
    // semicolon into a clause that names another country ("Cambodia: 13 dead, five of them soldiers; Thai army says its toll
    // is 20": the 20 is Thailand's, the 13 not).
    private static string? OtherFigureSubject(string text, int start, int end, List<FigureCandidate> result, int i, IReadOnlyList<CountryMention> countries)
    {
        var part = result[i].Kind == TroopKind.Subset;
        foreach (var r in result)
            if (r.Subject is not null && (part || r.Kind != TroopKind.Subset) && !OtherClauseOwner(text, start, end, r, result[i], countries)) return r.Subject;
        return null;
    }

    // Whether a semicolon stands between the two figures and the clause of `figure` (between the semicolons or the sentence's
    // ends around it) names a country other than `other`'s owner.
    private static bool OtherClauseOwner(string text, int start, int end, FigureCandidate other, FigureCandidate figure, IReadOnlyList<CountryMention> countries)
    {
        var (from, to) = other.Span.End <= figure.Span.Start ? (other.Span.End, figure.Span.Start) : (figure.Span.End, other.Span.Start);
        if (from >= to || text.AsSpan(from, to - from).IndexOf(';') < 0) return false;
        // (Searched as spans, not with LastIndexOf's start index, which throws when the figure opens the document.)
        var before = Math.Clamp(figure.Span.Start, start, end);
        var after = Math.Clamp(figure.Span.End, before, end);
        var clauseStart = text.AsSpan(start, before - start).LastIndexOf(';') is var b and >= 0 ? start + b + 1 : start;
        var clauseEnd = text.AsSpan(after, end - after).IndexOf(';') is var a and >= 0 ? after + a : end;
        foreach (var c in countries)
            if (c.Name.Start >= clauseStart && c.Name.End <= clauseEnd && c.Country.Name != other.Subject) return true;
        return false;
    }

    // "Taiwan's defence ministry said 22,000 reservists would be called up", "15,000 reservists, according to the Finnish
    // Defence Forces": reservists and conscripts (list home_troop_nouns) are called up at home, so with no other owner the
    // country of the body cited in their sentence owns them, named ("Finnish") or a military, government or official the
    // gazetteer knows ("the Pentagon"); an outlet that relays it ("reported Sputnik") does not.
    private string? CitedHomeCountry(string text, int start, int end, FigureCandidate figure, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        // By the settled rule (DevSet.Reporting.json, session 12) any troop noun with no owner and no context takes the country
        // of the state body cited ("Russia's defence ministry says about 15,000 troops are returning", "the U.S. Army said"):
        // a body of the state, not the country itself as the voice ("Lithuania estimates that up to 100,000 troops could take
        // part in the Russian exercise", "Minsk said": a state that counts, often another's troops), nor the dead and wounded,
        // which a side counts of its enemy.
        var home = homeTroopNouns.StartOfPhraseBefore(text, figure.Quantity.Span.End, figure.Span.End) >= 0;
        if (masked.Count == 0 || (!home && figure.Kind == TroopKind.Casualties && !OwnLosses(text, start, figure))) return null;
        if (!home)
        {
            // Not an event's whole ("in which 300,000 servicemen are expected to take part": everyone's), nor where a
            // non-state force is named ("Israel's military said Hezbollah had about 40,000 fighters").
            if (kindWords.EventTotalWords.Any(text, start, end) || NonStateForceNamed(text, start, end, masked, sources)) return null;
            // A military body of one country ("Russia's defence ministry", "the Indian Army"), in a sentence that names no other
            // country: "Ukraine's military intelligence told lawmakers that at least 20,000 Cubans fight for Russia" is not it.
            string? body = null;
            TextSpan bodySpan = default;
            foreach (var c in countries)
            {
                var inBody = masked.FirstOrDefault(m => m.Contains(c.Span) && kindWords.MilitaryBodyWords.Any(text, m.Start, m.End));
                // "Some 700 troops will head to Slovakia, the Czech defence ministry said": where they go is no other actor (but
                // "fighting for Russia" names a side).
                if (inBody == default && !Overlaps(masked, c.Span) && !c.IsDemonym && !c.Possessive && PlaceWordBefore(text, start, c.Name.Start)) continue;
                // "11 soldiers were killed in hostilities with India, Pakistan's military said": the other side of the body's dead.
                if (inBody == default && !Overlaps(masked, c.Span) && figure.Kind == TroopKind.Casualties && AfterPartnerWord(text, start, c.Span.Start)) continue;
                if (inBody == default && !Overlaps(masked, c.Span) || (body is not null && body != c.Country.Name)) return null;
                if (inBody != default) (body, bodySpan) = (c.Country.Name, inBody);
            }
            if (body is not null) return OneClause(text, bodySpan, figure.Span) && !Approached(text, start, countries, body) ? body : null;
            // "Shoigu said Kim would send 1,000 sappers": a voice that tells of another's act owns none of it.
            if (sources is { Count: > 0 } && agent.TellsOfAnothersAct(text, start, figure.Quantity.Span)) return null;
            foreach (var (span, entry) in sources ?? [])
                if (entry.Kind is SourceKind.Military or SourceKind.Government or SourceKind.Official && entry.Country is { } country
                    && (Overlaps(masked, span) || agent.OfficeOfCited(text, span.End, end, masked)))
                    return OneClause(text, span, figure.Span) && !Approached(text, start, countries, country) ? country : null;
            return null;
        }
        foreach (var c in countries)
            if (Overlaps(masked, c.Name) && !FirstNameOfVoice(text, c, masked)) return c.Country.Name;
        foreach (var (span, entry) in sources ?? [])
            if (entry.Kind is SourceKind.Military or SourceKind.Government or SourceKind.Official && entry.Country is { } country
                && (Overlaps(masked, span) || agent.OfficeOfCited(text, span.End, end, masked)))
                return country;
        return null;
    }

    // "Defence Minister Wellington Koo said 22,000 reservists …": a country's name or capital that only opens a cited person's
    // name (a voice of two words, the second a capitalised surname that names no military body) names no country.
    private bool FirstNameOfVoice(string text, CountryMention c, IReadOnlyList<TextSpan> masked)
    {
        if (c.IsDemonym || c.Possessive) return false;
        foreach (var m in masked)
            if (m.Start == c.Name.Start && m.End > c.Name.End + 1 && text[c.Name.End] == ' ' && char.IsUpper(text[c.Name.End + 1])
                && text.AsSpan(c.Name.End + 1, m.End - c.Name.End - 1).IndexOfAny(' ', '\'', '’') < 0
                && !kindWords.MilitaryBodyWords.Any(text, c.Name.End + 1, m.End))
                return true;
        return false;
    }

    // "60,000 soldiers gathered close to Finland, the Finnish border guard said", "troops massed near Ukraine's border, Ukraine's
    // defence ministry said": whether the sentence names the country where troops stand near or head for (approach_prepositions);
    // troops outside a country are not its own, so its bodies that count them count another's.
    private bool Approached(string text, int start, IReadOnlyList<CountryMention> countries, string country) =>
        countries.Any(c => c.Country.Name == country && PlaceWordBefore(text, start, c.Name.Start, kindWords.ApproachPrepositions));

    // "The Cambodian defence ministry said 12 soldiers were killed": dead or wounded a military body counts with no owner named are
    // its own, unless a verb of enemy_harm_verbs stands right before the figure ("its forces had killed 1,200 soldiers") or the
    // figure names the other side (enemy_troop_words: "40 militants").
    private bool OwnLosses(string text, int start, FigureCandidate figure)
    {
        if (kindWords.EnemyTroopWords.Any(text, figure.Quantity.Span.Start, figure.Span.End)) return false;
        return kindWords.EnemyHarmVerbs.StartOfPhraseBefore(text, start, figure.Span.Start) < 0;
    }

    // The country that did the harm to a casualty figure: with a verb of enemy_harm_verbs right before the figure ("its forces had
    // killed 12 soldiers"), the last country named before that verb; else null.
    private string? HarmAgent(string text, int start, FigureCandidate figure, IReadOnlyList<CountryMention> countries)
    {
        if (kindWords.EnemyHarmVerbs.StartOfPhraseBefore(text, start, figure.Span.Start) is not (var verb and >= 0)) return null;
        string? agentCountry = null;
        foreach (var c in countries)
            if (c.Span.End <= verb) agentCountry = c.Country.Name;
        return agentCountry;
    }

    // "Hezbollah had about 40,000 fighters", "Wagner fighters", "PLA troops" beside another country's ministry: people of a
    // non-state force (armed_group_nouns, outside the cited sources) or a force the gazetteer knows that is not cited.
    private bool NonStateForceNamed(string text, int start, int end, IReadOnlyList<TextSpan> masked,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        foreach (var m in kindWords.ArmedGroupNouns.Find(text, start, end))
            if (!Overlaps(masked, m.Span) && !Attacker(text, m.Span.End, end)) return true;
        // Not the body in a cited person's title ("Pentagon spokesman John Kirby said"): it speaks, through him.
        foreach (var (span, entry) in sources ?? [])
            if (entry.Kind == SourceKind.Military && !Overlaps(masked, span) && !agent.OfficeOfCited(text, span.End, end, masked)) return true;
        return false;
    }

    // Whether the cited body and the figure are in one clause: no ";" between them, nor a comma that one of
    // body_clause_breaks follows (", in which 300,000 servicemen", "150,000 troops, while the Belarusian ministry").
    private bool OneClause(string text, TextSpan body, TextSpan figure)
    {
        var (from, to) = body.End <= figure.Start ? (body.End, figure.Start) : (figure.End, body.Start);
        for (var i = from; i < to; i++)
        {
            if (text[i] == ';') return false;
            if (text[i] != ',') continue;
            var at = i + 1;
            while (at < to && char.IsWhiteSpace(text[at])) at++;
            if (at > i + 1 && kindWords.BodyClauseBreaks.EndOfPhraseAt(text, at, to) > 0) return false;
        }
        return true;
    }

    // Whose troops: a country inside the figure ("North Korean troops"), right after it ("troops from
    // North Korea"), or the nearest one before it in the sentence that is neither a cited source
    // ("Ukrainian officials said") nor a destination ("to Russia"). Troops of several owners (mixed) have none.
    private string? OwnSubject(string text, int start, int end, TextSpan quantity, TextSpan figure, IReadOnlyList<CountryMention> countries, out bool mixed)
    {
        mixed = MixedOwners(text, end, quantity, figure, countries);
        if (mixed) return null;
        foreach (var c in Within(countries, figure.Start, figure.End))
            if (!CompoundMember(text, c, countries) && !agent.InAName(text, c, end)) return c.Country.Name;
        if (PredicateDemonym(text, end, figure, countries) is { } predicate) return predicate;
        // "the last of France's roughly 1,000 soldiers": a possessive right before the figure owns it, whatever word comes before.
        foreach (var c in countries)
            if (c.Possessive && c.Span.End < figure.Start && text.AsSpan(c.Span.End, figure.Start - c.Span.End).IsWhiteSpace()) return c.Country.Name;
        // "Russia has signed up at least 20,000 Cubans": the nationals' country, not the recruiter's.
        if (agent.PeopleIn(text, quantity.End, figure.End) is { } people) return people;
        // "half of its 800 troops from Latvia": the pronoun's country, not where they are.
        if (PronounOwner(text, start, quantity, figure, countries) is { } owner) return owner;
        foreach (var c in countries)
            if (!c.IsDemonym && c.Name.Start > figure.End && c.Name.Start <= Math.Min(end, figure.End + 40) && FromItsPartner(text, figure.End, c.Name.Start))
                return c.Country.Name;
        // "will move 1,000 troops from Germany to Romania": where moved troops were is not whose they are.
        if (agent.IsMoved(text, start, quantity)) return null;
        for (var k = 0; k < countries.Count; k++)
        {
            var c = countries[k];
            // (The name starts within reach; a long one may end past it: "troops of the Korean People's Army". A service's name
            // before it reaches further: "3,000 servicemen of the Armed Forces of Ukraine".)
            if (c.Name.Start < figure.End || c.Name.Start > Math.Min(end, figure.End + (ServiceBefore(text, figure.End, c.Name.Start) ? 50 : 25))
                || agent.InAName(text, c, end)) continue;
            // "troops from Germany, France, Italy and Spain": a multinational force has no single owner.
            if (IsOriginBetween(text, figure.End, c.Name.Start) || OriginVerbBetween(text, figure.End, c.Name.Start))
                return InList(text, countries, k) ? null : c.Country.Name;
        }
        return null;
    }

    // "of whom roughly a thousand are Italian", "400 were Kenyan", "Two peacekeepers, understood to be Sri Lankan": a demonym right
    // after a link (list nationality_links; a comma may come first) that follows the figure is its predicate, so its owner, whatever
    // the sentence's other countries. Not one of a pair ("were Kenyan and Ugandan") nor a hyphened one ("are Russian-trained").
    private string? PredicateDemonym(string text, int end, TextSpan figure, IReadOnlyList<CountryMention> countries)
    {
        var at = figure.End;
        if (at < end && text[at] == ',') at++;
        if (!Spaced(text, at) || kindWords.NationalityLinks.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) is not (var link and > 0)
            || !Spaced(text, link)) return null;
        var next = PhraseLiteral.SkipWhiteSpace(text, link, end);
        for (var k = 0; k < countries.Count; k++)
        {
            var c = countries[k];
            if (!c.IsDemonym || c.Span.Start != next) continue;
            if (CompoundMember(text, c, countries) || (k + 1 < countries.Count && Joined(text, c.Span.End, countries[k + 1].Span.Start))) return null;
            return c.Country.Name;
        }
        return null;
    }

    // "1,000 Wagner operatives", "100 Africa Corps instructors": a military the gazetteer knows, named between the number
    // and its troop noun, owns them.
    // So does one right after the figure with only an origin word between ("3,000 paratroopers of the 101st Airborne Division",
    // "4,800 soldiers from the Bundeswehr").
    private string? ForceOwner(string text, TextSpan quantity, TextSpan figure, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        foreach (var (span, entry) in sources ?? [])
            if (entry.Kind == SourceKind.Military && entry.Country is { } country
                && ((span.Start >= quantity.End && span.End <= figure.End) || (span.Start > figure.End && span.Start - figure.End <= 12 && IsOriginBetween(text, figure.End, span.Start))))
                return country;
        return null;
    }

    // A word of regional_troop_words at a word of text[from..to) outside every country's name: "2,000 West African soldiers", not
    // "2,000 South African soldiers" (a demonym) nor "Central African troops".
    private bool RegionalAdjective(string text, int from, int to, IReadOnlyList<CountryMention> countries)
    {
        foreach (var hit in kindWords.RegionalTroopWords.Find(text, from, to))
            if (!countries.Any(c => c.Name.Start <= hit.Span.Start && hit.Span.Start < c.Name.End)) return true;
        return false;
    }

    // Troops of more than one owner, so of none: "5,000 Filipino and American troops", "9,000 Polish and U.S. soldiers" (two
    // countries inside the figure joined by a coordinator or a hyphen), "10,000 allied soldiers" (a word of mixed_troop_words
    // between the number and its noun), "1,000 reserve troops from Germany and Austria" (two countries after an origin word),
    // "5,000 Egyptians and Pakistanis" (the people of two countries).
    private bool MixedOwners(string text, int end, TextSpan quantity, TextSpan figure, IReadOnlyList<CountryMention> countries)
    {
        // ("24 UN soldiers from Pakistan": the contingent's country, named right after, owns them.)
        if (quantity.End < figure.End && kindWords.MixedTroopWords.Any(text, quantity.End, figure.End)
            && !countries.Any(c => c.Name.Start >= figure.End && c.Name.End <= Math.Min(end, figure.End + 25) && IsOriginBetween(text, figure.End, c.Name.Start)))
            return true;
        if (quantity.End < figure.End && RegionalAdjective(text, quantity.End, figure.End, countries)) return true;
        // "a force of 5,000 Egyptians and Pakistanis": the people of two countries.
        if (quantity.End < figure.End && agent.PeopleIn(text, quantity.End, figure.End, out var severalPeoples) is not null && severalPeoples) return true;
        CountryMention? previous = null;
        for (var k = 0; k < countries.Count; k++)
        {
            var c = countries[k];
            if (c.Name.Start >= figure.Start && c.Name.End <= figure.End)
            {
                if (previous is { } p && p.Country.Name != c.Country.Name && (Joined(text, p.Span.End, c.Span.Start) || Hyphen(text, p.Span.End) == c.Name.Start - 1))
                    return true;
                if (PairMember(text, c, countries)) return true;
                previous = c;
                continue;
            }
            if (c.Name.Start < figure.End || c.Name.End > Math.Min(end, figure.End + 25) || k + 1 >= countries.Count) continue;
            var next = countries[k + 1];
            if ((IsOriginBetween(text, figure.End, c.Name.Start) || OriginVerbBetween(text, figure.End, c.Name.Start))
                && next.Country.Name != c.Country.Name && !next.IsDemonym && !next.Possessive && Joined(text, c.Span.End, next.Span.Start))
                return true;
        }
        return false;
    }

    // Whether a country is half of a hyphened pair ("U.S.-Mexico", "Franco-German": the other half a country or a word of
    // country_combining_forms) or carries a hyphened word of country_participle_suffixes ("German-led", "Russian-backed").
    private bool CompoundMember(string text, CountryMention c, IReadOnlyList<CountryMention> countries) =>
        PairMember(text, c, countries) || SuffixedBy(text, c, kindWords.CountryParticipleSuffixes);

    private bool PairMember(string text, CountryMention c, IReadOnlyList<CountryMention> countries)
    {
        var dash = c.Name.Start - 1;
        if (dash > 0 && IsDash(text[dash]))
        {
            var from = dash;
            while (from > 0 && char.IsLetter(text[from - 1])) from--;
            if (from < dash && kindWords.CombiningForms.Contains(text.AsSpan(from, dash - from))) return true;
            foreach (var o in countries)
                if (o.Span.End == dash || o.Name.End == dash) return true;
        }
        var after = Hyphen(text, c.Span.End) is var a and >= 0 ? a : Hyphen(text, c.Name.End);
        if (after < 0) return false;
        foreach (var o in countries)
            if (o.Name.Start == after + 1) return true;
        return false;
    }

    // Whether a hyphened word of the list follows the country ("German-led").
    private static bool SuffixedBy(string text, CountryMention c, WordSet words)
    {
        var after = Hyphen(text, c.Span.End) is var a and >= 0 ? a : Hyphen(text, c.Name.End);
        if (after < 0) return false;
        var to = after + 1;
        while (to < text.Length && char.IsLetter(text[to])) to++;
        return to > after + 1 && words.Contains(text.AsSpan(after + 1, to - after - 1));
    }

    // The dash at text[at] joining two words, or -1.
    private static int Hyphen(string text, int at) =>
        at > 0 && at + 1 < text.Length && IsDash(text[at]) && char.IsLetterOrDigit(text[at - 1]) | text[at - 1] == '.' && char.IsLetter(text[at + 1]) ? at : -1;

    private static bool IsDash(char ch) => ch is '-' or '\u2010' or '\u2011' or '\u2013';

    // "UNIFIL currently has about 10,800 personnel", "a stabilization force of roughly 20,000 troops", "The force is meant to
    // reach 20,000 soldiers" (after such a force is named): the nearest holder before the figure in its sentence is a force of
    // several states (multinational_force_heads, an alliance or mission the gazetteer knows with no country, or
    // multinational_force_anaphors after one), so no single state owns the total. Not when a country's name stands between
    // them or binds the head ("Russian peacekeepers"), nor with a verb of saying or harm between ("NATO says 100,000 troops
    // are massed": a giver, not a holder; "the coalition killed 200 fighters"). A force one state leads ("the Kenya-led mission",
    // "the mission, led by Kenya": LedForceHeads) is such a force, and its leader named after "led by" is no country between.
    private bool HeldByForceOfSeveral(string text, int start, FigureCandidate figure, IReadOnlyList<CountryMention> countries,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        var at = figure.Quantity.Span.Start;
        TextSpan? head = null;
        foreach (var m in kindWords.MultinationalForceHeads.Find(text, start, at))
            if (head is null || m.Span.Start > head.Value.Start) head = m.Span;
        foreach (var (span, entry) in sources ?? [])
            if (entry.Kind == SourceKind.Military && entry.Country is null && span.Start >= start && span.End <= at
                && (head is null || span.Start > head.Value.Start)) head = span;
        foreach (var led in LedForceHeads(text, start, at))
            if (head is null || led.Start > head.Value.Start) head = led;
        if (ForceInitialsBefore(text, start, at) is { } initials && (head is null || initials.Start > head.Value.Start)) head = initials;
        // "The UN Security Council approved sending a force of up to 12,000 troops": the force the Council mandates in the
        // figure's own sentence.
        if (CouncilForceIn(text, start, at) is { } council && (head is null || council.Start > head.Value.Start)) head = council;
        // "KFOR's strength has swung with each crisis. The force stood at some 3,700 troops": a force of several states the text
        // named before, by a word of multinational_force_heads or by its name (an alliance or mission the gazetteer knows with no
        // country), is what "the force" stands for.
        // The anaphor first: few figures follow one, and only then is the whole text read for the force it may stand for.
        if (start > 0 && kindWords.MultinationalForceAnaphors.Find(text, start, at) is { Count: > 0 } anaphors && start >= SeveralNamedBy(text))
            foreach (var m in anaphors)
                if (head is null || m.Span.Start > head.Value.Start) head = m.Span;
        if (head is not { } h) return false;
        var before = h.Start;
        before = SourceText.SkipWhiteSpaceBack(text, before, start);
        foreach (var article in (ReadOnlySpan<string>)["the", "a", "an", "The", "A", "An"])
            if (text.AsSpan(start, before - start).EndsWith(article, StringComparison.Ordinal)
                && (before - article.Length == start || !CueIndex.IsWordCharacter(text[before - article.Length - 1])))
            {
                before -= article.Length;
                break;
            }
        if (kindWords.MultinationalHeadNotAfter.StartOfPhraseBefore(text, start, before) >= 0) return false;
        // "Ghana, which leads the UN-backed mission, has sent 400 police": the leader's share, unless a relative clause on the force
        // holds the figure ("will lead the UN-affiliated operation, which has a total of 2,500"). A verb on its own, not the
        // participle of "the U.S.-led Multinational Force".
        if (kindWords.ForceLeadingVerbs.StartOfPhraseBefore(text, start, before) is var lead && lead > start && char.IsWhiteSpace(text[lead - 1])
            && !RelativeOnForce(text, h.End, at)) return false;
        foreach (var c in countries)
            if (((c.Span.Start >= h.End && c.Span.End <= at) || (c.Span.End <= h.Start && h.Start - c.Span.End <= 3))
                && !LeaderAfterParticiple(text, start, c, at) && !PlaceOfForce(text, start, c)) return false;
        if (text.AsSpan(h.End, at - h.End).IndexOf(';') >= 0 || text.AsSpan(h.End, at - h.End).Count(' ') > 15) return false;
        for (var w = h.End; w < at; w++)
            if ((w == h.End || !CueIndex.IsWordCharacter(text[w - 1])) && CueIndex.IsWordCharacter(text[w])
                && (speakerVerbs.EndOfPhraseAt(text, w, at) > 0 || kindWords.EnemyHarmVerbs.EndOfPhraseAt(text, w, at) > 0)) return false;
        return true;
    }

    // "the UN Stabilisation Mission in Mali (Minusma) is to be composed of 11,200 soldiers": a country named by its name right
    // after "in" (or "in the") beside the force's head or name is where the force serves, not one that owns its total.
    private static bool PlaceOfForce(string text, int start, CountryMention c)
    {
        if (c.IsDemonym || c.Possessive) return false;
        var before = text.AsSpan(start, c.Span.Start - start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.Ordinal)) before = before[..^4];
        return before.EndsWith(" in", StringComparison.Ordinal);
    }

    // Where the first multinational head or name of the text ends (int.MaxValue if none): HeldByForceOfSeveral asks whether
    // one stands before each figure's sentence; read once per text (per thread), not once per figure (quadratic in a long
    // document).
    [ThreadStatic] private static (TroopCountFinder Owner, string Text, int End) severalNamed;
    private int SeveralNamedBy(string text)
    {
        if (ReferenceEquals(severalNamed.Owner, this) && ReferenceEquals(severalNamed.Text, text)) return severalNamed.End;
        var end = int.MaxValue;
        foreach (var m in kindWords.MultinationalForceHeads.Find(text)) end = Math.Min(end, m.Span.End);
        foreach (var m in multinationalNames.Find(text)) end = Math.Min(end, m.Span.End);
        foreach (var led in LedForceHeads(text, 0, text.Length)) end = Math.Min(end, led.End);
        end = Math.Min(end, CouncilForceEnd(text));
        severalNamed = (this, text, end);
        return end;
    }

    // "15 soldiers had been captured by Russian forces": the country named within a few words after "by" that follows one of
    // passive_harm_verbs after the figure, in its clause; else null.
    private string? PassiveHarmAgent(string text, int end, FigureCandidate figure, IReadOnlyList<CountryMention> countries)
    {
        var from = figure.Quantity.Span.End;
        var stop = end;
        for (var k = from; k < end; k++)
            if (text[k] is ',' or ';' or ':') { stop = k; break; }
        for (var by = text.IndexOf(" by ", from, stop - from, StringComparison.Ordinal); by >= 0 && by + 4 <= stop;
             by = by + 1 < stop ? text.IndexOf(" by ", by + 1, stop - by - 1, StringComparison.Ordinal) : -1)
        {
            if (kindWords.PassiveHarmVerbs.StartOfPhraseBefore(text, from, by) < 0) continue;
            foreach (var c in countries)
                if (c.Span.Start >= by + 4 && c.Span.Start < stop && text.AsSpan(by + 4, c.Span.Start - by - 4).Count(' ') <= 2) return c.Country.Name;
        }
        return null;
    }

    // "1,700 NATO troops", "10,000 UNIFIL peacekeepers": an alliance or a mission the gazetteer knows with no country, named
    // between the number and its troop noun, makes the figure a multinational total, with no single owner.
    private static bool AllianceTroops(FigureCandidate figure, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        foreach (var (span, entry) in sources ?? [])
            if (entry.Kind == SourceKind.Military && entry.Country is null && span.Start >= figure.Quantity.Span.End && span.End <= figure.Span.End) return true;
        return false;
    }

    // When the nearest actor before a figure is a country that only names a speaker's office ("Haiti's prime minister said",
    // "Haitian Prime Minister Garry Conille said"): the nearest actor without it (null if none) and that country; else (null, null).
    private (string? Other, string? Speaker) SpeakerCountry(string text, int start, int at, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked)
    {
        List<CountryMention>? others = null;
        string? speaker = null;
        foreach (var c in countries)
        {
            if (c.Span.End <= at && (c.IsDemonym || c.Possessive) && agent.SpeakerTitleAfter(text, c.Span.End, at)) speaker = c.Country.Name;
            else (others ??= []).Add(c);
        }
        if (speaker is null) return (null, null);
        var nearest = NearestCountry(text, start, at, countries, masked);
        if (nearest != speaker) return (null, null);
        return (NearestCountry(text, start, at, others ?? [], masked), speaker);
    }

    // "Kenya has sent 800 police and Jamaica 200, the first parts of a mission expected to reach 2,500": a figure of no owner
    // of its own after figures of two or more owners in its sentence, with no country named since the last of them, is their
    // total, owned by none of them ("Bangladesh (7,200) and Ghana (3,300)": Ghana's).
    private static bool AfterPartsOfTwo(List<FigureCandidate> result, int i, IReadOnlyList<CountryMention> countries)
    {
        if (i == 0 || countries.Any(c => c.Name.Start >= result[i - 1].Span.End && c.Name.End <= result[i].Span.Start)) return false;
        string? first = null;
        for (var j = 0; j < i; j++)
            if (result[j].Subject is { } s && result[j].Kind != TroopKind.Subset)
            {
                if (first is not null && first != s) return true;
                first = s;
            }
        return false;
    }

    // "half of its 5,000 troops", "two of its soldiers": a country pronoun right before the figure or inside it names the
    // last country before it, which may be the one that speaks ("Mali's army said two of its soldiers were killed").
    private string? PronounOwner(string text, int start, TextSpan quantity, TextSpan figure, IReadOnlyList<CountryMention> countries)
    {
        var pronoun = countryPronouns.StartOfPhraseBefore(text, start, quantity.Start);
        if (pronoun < 0 || (pronoun > start && !char.IsWhiteSpace(text[pronoun - 1]) && text[pronoun - 1] != '(')) pronoun = PronounIn(text, quantity.End, figure.End);
        if (pronoun < 0) return null;
        string? owner = null;
        // "China rejected Kyiv's claim that 155 of its citizens ...": the country that owns the claim is not the pronoun's.
        foreach (var c in countries)
            if (c.Span.End <= pronoun && !IsDestination(text, start, c.Name.Start) && !OwnsAnEstimate(text, c, pronoun) && !agent.PossessiveOnPlace(text, c, pronoun))
                owner = c.Country.Name;
        return owner;
    }

    // Where a country pronoun ("its", "their") starts a word of text[from..to), or -1.
    private int PronounIn(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if ((i == from || !CueIndex.IsWordCharacter(text[i - 1])) && CueIndex.IsWordCharacter(text[i])
                && countryPronouns.EndOfPhraseAt(text, i, to) is var e and > 0 && (e == to || !CueIndex.IsWordCharacter(text[e])))
                return i;
        return -1;
    }

    // "North Korea confirmed that its troops had fought": a country pronoun later in the sentence bound to a troop noun.
    private bool PronounOwnsTroops(string text, int from, int end)
    {
        for (var at = PronounIn(text, from, end); at >= 0; at = PronounIn(text, at + 1, end))
            if (nounAfter.NounEnd(text, at, end) >= 0) return true;
        return false;
    }

    // The countries named inside text[from..to).
    private static IEnumerable<CountryMention> Within(IReadOnlyList<CountryMention> countries, int from, int to) =>
        countries.Where(c => c.Name.Start >= from && c.Name.End <= to);

    // "troops from North Korea", "soldiers of the": only an origin word (and "the") between a figure and a country.
    private bool IsOriginBetween(string text, int from, int to)
    {
        var word = originPrepositions.EndOfPhraseAt(text, from, to);
        if (word < 0 || word == to || !char.IsWhiteSpace(text[word])) return false;
        var rest = text.AsSpan(word, to - word);
        if (!char.IsWhiteSpace(rest[^1])) return false;
        var inner = rest.Trim();
        return inner.Length == 0 || inner.Equals("the", StringComparison.OrdinalIgnoreCase) || FromItsPartner(text, from, to) || ServiceBefore(text, from, to);
    }

    // "3,000 servicemen of the Armed Forces of Ukraine", "soldiers from the army of Mali": an origin word, then a country's
    // service by its common noun and "of" (country_service_heads), right before the country's name.
    private bool ServiceBefore(string text, int from, int to)
    {
        var word = originPrepositions.EndOfPhraseAt(text, from, to);
        if (word < 0 || word == to || !char.IsWhiteSpace(text[word])) return false;
        var head = countryServices.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, word, to), to);
        if (head < 0) return false;
        var rest = text.AsSpan(head, to - head).Trim();
        return rest.Length == 0 || rest.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    // "deployed 11,000 troops from its ally North Korea": an origin word, a country pronoun and a title of partner_nouns between
    // a figure and a country name the troops' owner, even after a verb of moving (not where they were: "from Germany").
    private bool FromItsPartner(string text, int from, int to)
    {
        var word = originPrepositions.EndOfPhraseAt(text, from, to);
        if (word < 0 || !Spaced(text, word)) return false;
        var after = PhraseLiteral.SkipWhiteSpace(text, word, to);
        return countryPronouns.EndOfPhraseAt(text, after, to) is var pronoun and > 0 && Spaced(text, pronoun)
            && partnerNouns.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, pronoun, to), to) is var noun and > 0
            && noun < to && text.AsSpan(noun, to - noun).IsWhiteSpace();
    }

    // "900 of the peacekeepers come from Ghana": only a verb of origin with "from" (and "the") between a figure and a country.
    private bool OriginVerbBetween(string text, int from, int to)
    {
        var verb = originVerbs.EndOfPhraseAt(text, from, to);
        if (verb < 0 || verb == to || !char.IsWhiteSpace(text[verb])) return false;
        var inner = text.AsSpan(verb, to - verb).Trim();
        return inner.Length == 0 || inner.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    // Whether countries[k] is one of three or more names joined only by commas and coordinators ("Kenya, Jamaica,
    // Guatemala and El Salvador").
    private bool InList(string text, IReadOnlyList<CountryMention> countries, int k)
    {
        var first = k;
        while (first > 0 && Joined(text, countries[first - 1].Span.End, countries[first].Span.Start)) first--;
        var last = k;
        while (last + 1 < countries.Count && Joined(text, countries[last].Span.End, countries[last + 1].Span.Start)) last++;
        return last - first >= 2;
    }

    // Whether countries[k], a name, is joined by a word coordinator ("and", not a comma alone) to another name next to it.
    private bool Paired(string text, IReadOnlyList<CountryMention> countries, int k)
    {
        bool Pair(CountryMention a, CountryMention b) => !b.IsDemonym && !b.Possessive && Joined(text, a.Span.End, b.Span.Start)
            && JoinedClause(text, a.Span.End, b.Span.Start);
        return (k > 0 && Pair(countries[k - 1], countries[k]) && !countries[k - 1].IsDemonym && !countries[k - 1].Possessive)
            || (k + 1 < countries.Count && Pair(countries[k], countries[k + 1]));
    }

    // Only a comma or a coordinator (list coordinators: ",", "and", "plus"), at most two of them, and "the" between two names.
    private bool Joined(string text, int from, int to)
    {
        if (to <= from) return false;
        var at = from;
        for (var i = 0; i < 2 && coordinators.EndOfPhraseAt(text, at, to) is var joined and > 0; i++) at = joined;
        if (at == from) return false;
        if (articles.EndOfPhraseAt(text, at, to) is var article and > 0) at = article;
        return text.AsSpan(at, to - at).IsWhiteSpace();
    }

    // "alongside the Haitian police", "to help Philippine forces": a partner word right before a country ("the" and a
    // compass word may come between).
    private bool AfterPartnerWord(string text, int start, int at)
    {
        if (regionAdjectives.StartOfPhraseBefore(text, start, at) is var adjective and >= 0 && Spaced(text, adjective, at)) at = adjective;
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && Spaced(text, article, at)) at = article;
        return partnerWords.StartOfPhraseBefore(text, start, at) is var word and >= 0 && Spaced(text, word, at);
    }

    /// <summary>
    /// The last country of <paramref name="countries"/> (those of a sentence) named in text[start..end) as an actor: not
    /// inside a cited source, not a destination ("to Russia").
    /// </summary>
    public string? NearestCountry(string text, int start, int end, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked) =>
        NearestCountry(text, start, end, countries, masked, out _);

    /// <summary>
    /// <see cref="NearestCountry(string, int, int, IReadOnlyList{CountryMention}, IReadOnlyList{TextSpan})"/>, and whether that
    /// country is bound to a troop noun ("North Korean troops", "Ukraine's forces") rather than only named as an actor.
    /// </summary>
    public string? NearestCountry(string text, int start, int end, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked,
        out bool boundToTroops)
    {
        string? nearest = null, bound = null;
        for (var k = 0; k < countries.Count; k++)
        {
            var c = countries[k];
            if (c.Name.Start < start || c.Name.End > end) continue;
            // "the U.S.-Mexico border", "the Franco-German Brigade", "the German-led battlegroup": half of a pair or a country
            // that leads or backs another's force owns none of the troops.
            if (CompoundMember(text, c, countries)) continue;
            // "the South China Sea", "the Army Rotational Force-Philippines": a country inside a place's or a unit's name.
            if (agent.InAName(text, c, end)) continue;
            // "Idlib, Syria's last rebel-held province", "Russia's war": a possessive on a place or an event is no actor.
            if (agent.PossessiveOnPlace(text, c, end)) continue;
            // "to demine Russian territory", "boarding Russian ships": a demonym on a place or a vessel is no actor.
            if (c.IsDemonym && Spaced(text, c.Span.End) && thingNouns.EndOfPhraseAt(text, c.Span.End, end) > 0) continue;
            // "Port-au-Prince, the capital of Haiti": a country that places a city or a region.
            if (!c.IsDemonym && PlaceOfHeadBefore(text, start, c.Name.Start)) continue;
            // "The Brazilian Haiti contingent": a bare name between another country's demonym and a force noun is where the
            // demonym's force serves.
            if (!c.IsDemonym && !c.Possessive && k > 0 && countries[k - 1] is { IsAdjective: true } owner && owner.Country.Name != c.Country.Name
                && owner.Span.End < c.Span.Start && text.AsSpan(owner.Span.End, c.Span.Start - owner.Span.End).IsWhiteSpace()
                && forceNouns.EndOfPhraseAt(text, c.Span.End, end) > 0) continue;
            // "was mostly Russian paratroopers": a part's owner, not the whole's.
            if (c.IsDemonym && kindWords.PartOwnerWords.StartOfPhraseBefore(text, start, c.Span.Start) is var part and >= 0 && Spaced(text, part, c.Span.Start)) continue;
            // "deployed to a Lithuanian battalion": the unit the troops join.
            if (JoinedUnit(text, start, end, c)) continue;
            // After a preposition of place a country is where troops are ("to Russia"), or names a place ("near the Polish
            // border", "close to Ukraine's frontier", "in the Polish stage of the drills"), unless a troop noun follows its
            // demonym or possessive ("the deployment of North Korean troops"), or a force noun ("the size of the North Korean
            // contingent", "estimates of the Burundian force").
            // So do a country's initials, which copy writes as a demonym ("the withdrawal of US troops", as "of U.S. troops"),
            // unless a title's "of" comes before them ("the commander of US ground forces" speaks; the forces are not counted).
            var troopsAfter = (c.IsDemonym || c.Possessive || (Initials(text, c.Name) && !agent.AfterTitleOf(text, start, c.Name.Start)))
                && (forceNouns.EndOfPhraseAt(text, c.Span.End, end) > 0 || nounAfter.NounEnd(text, c.Span.End, end) >= 0
                    // "up to 100,000 troops could take part in the Russian exercise": whose drills, whose troops.
                    || (Spaced(text, c.Span.End) && kindWords.ExerciseNouns.EndOfPhraseAt(text, c.Span.End, end) > 0));
            // A cited country is not the troops' owner unless it speaks of its own ("Pyongyang confirmed its troops ..."), nor is
            // a country that gives a figure ("Kyiv believes ...") - but troops counted after "of" are counted, not cited ("Ukraine's
            // tally of North Korean troops", where the sources may take the troops for a speaker).
            if ((((Overlaps(masked, c.Span) || OpensCitedName(text, c, masked)) && !(troopsAfter && AfterOf(text, start, c.Span.Start))) || GivesTheFigure(text, c, end))
                && !PronounOwnsTroops(text, c.Span.End, end)) continue;
            // "in the Haitian capital Port-au-Prince", "to war-torn Sudan": the preposition before the whole phrase of place.
            if (!troopsAfter && agent.Places.Start(text, start, c.Name) is var place
                && (IsDestination(text, start, place) || agent.IsMovedFrom(text, start, place))) continue;
            // "The Germany drawdown": a bare name before a withdrawal noun is where troops leave. Initials are the one who
            // withdraws ("the US withdrawal", "US troop cuts in Germany"), and so is a name whose withdrawal is "from" a place
            // named after it ("The UK withdrawal from Mali").
            if (!c.IsDemonym && !c.Possessive && Spaced(text, c.Span.End) && !Initials(text, c.Name)
                && kindWords.WithdrawalNouns.EndOfPhraseAt(text, c.Span.End, end) is var withdrawal and > 0
                && !text.AsSpan(withdrawal, end - withdrawal).TrimStart().StartsWith("from ", StringComparison.Ordinal)) continue;
            // "UN: Lebanon force reaches 10,500", "the Haiti mission": a bare name before a mission noun is where the mission
            // serves ("the US force", "the British force" name whose it is).
            if (!c.IsDemonym && !c.Possessive && Spaced(text, c.Span.End) && !Initials(text, c.Name)
                && kindWords.PlaceMissionNouns.EndOfPhraseAt(text, c.Span.End, end) is var mission and > 0 && (mission == end || !CueIndex.IsWordCharacter(text[mission]))) continue;
            // "a withdrawal of troops from Mali where 36 have died", "Mali, where 36 have died": a place a relative clause of place
            // follows is where the clause's figures are.
            if (!c.IsDemonym && !c.Possessive && PlaceRelativeAfter(text, c.Span.End, end)) continue;
            // "Romania now hosts some 5,000 allied troops": where the troops are.
            if (Hosts(text, c, end)) continue;
            // "Poland hosts about 10,000 of them and Romania some 1,700": a gapped clause shares the host verb of the one before.
            if (!c.IsDemonym && !c.Possessive && GappedHost(text, start, end, countries, k)) continue;
            // "alongside Haiti's national police", "to help Philippine forces": another force.
            if (AfterPartnerWord(text, start, c.Span.Start)) continue;
            // "police from Jamaica, Guatemala, El Salvador and the Bahamas": contributors, not one owner.
            if (InList(text, countries, k)) continue;
            // "Together, India and China have more than 100,000 troops", "Russia and Belarus will hold the drills with 200,000
            // troops": two countries named as one actor own a mixed total, neither alone.
            if (!c.IsDemonym && !c.Possessive && Paired(text, countries, k)) continue;
            nearest = c.Country.Name;
            // "Ukraine's tally of North Korean troops is higher than Washington's": a country bound to a troop noun owns
            // the troops the sentence speaks of, whatever country it names after.
            if (troopsAfter) bound = c.Country.Name;
        }
        boundToTroops = bound is not null;
        return bound ?? nearest;
    }

    // "Seoul's National Intelligence Service said", "the South Korean National Intelligence Service": a possessive or demonym
    // right before a cited body's name (only spaces between) names that body's country, as it does inside the name: the voice,
    // not the owner of the troops it counts.
    private static bool OpensCitedName(string text, CountryMention c, IReadOnlyList<TextSpan> masked)
    {
        if (!c.IsDemonym && !c.Possessive || c.Span.End >= text.Length || text[c.Span.End] != ' ') return false;
        var next = PhraseLiteral.SkipWhiteSpace(text, c.Span.End, text.Length);
        foreach (var m in masked)
            if (m.Start == next) return true;
        return false;
    }

    // Whether a word of place_relatives follows `at` (after a comma at most).
    private bool PlaceRelativeAfter(string text, int at, int end)
    {
        if (at < end && text[at] == ',') at++;
        return Spaced(text, at) && kindWords.PlaceRelatives.EndOfPhraseAt(text, at, end) is var e and > 0 && (e == end || !CueIndex.IsWordCharacter(text[e]));
    }

    // A bare country name right before a host verb (list host_verbs), or before one after an aside set off by commas ("only
    // Djibouti, with about 1,500, hosts a French garrison"): where troops are, not whose.
    private bool Hosts(string text, CountryMention c, int end)
    {
        if (c.IsDemonym || c.Possessive) return false;
        if (Spaced(text, c.Span.End) && kindWords.HostVerbs.EndOfPhraseAt(text, c.Span.End, end) > 0) return true;
        if (c.Span.End >= text.Length || text[c.Span.End] != ',') return false;
        var close = AsideEnd(text, c.Span.End + 1);
        return close > 0 && text[close] == ',' && close - c.Span.End <= AsideLength && Spaced(text, close + 1)
            && kindWords.HostVerbs.EndOfPhraseAt(text, close + 1, text.Length) > 0;
    }

    // The first comma, period or semicolon from `from` that is not inside a number ("1,500", "2.5"), or -1.
    private static int AsideEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
            if (text[i] is ',' or '.' or ';' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))) return i;
        return -1;
    }

    // The longest aside read between a country and its host verb ("with about 1,500", "with some 300 troops in all").
    private const int AsideLength = 40;

    // countries[k], a bare name right before the figure (only spaces between: no verb of its own), after a comma or a
    // coordinator, with an earlier country of the sentence right before a host verb: "X hosts 10,000 and Y some 1,700".
    private bool GappedHost(string text, int start, int end, IReadOnlyList<CountryMention> countries, int k)
    {
        var c = countries[k];
        if (!text.AsSpan(c.Span.End, end - c.Span.End).IsWhiteSpace()) return false;
        var before = text.AsSpan(start, c.Name.Start - start).TrimEnd();
        if (!(before.EndsWith(",") || before.EndsWith(" and", StringComparison.Ordinal))) return false;
        for (var j = 0; j < k; j++)
            if (countries[j].Name.Start >= start && Hosts(text, countries[j], c.Name.Start)) return true;
        return false;
    }

    // "of North Korean", "of the Burundian": "of" (list action_of), perhaps "the", right before a country.
    private bool AfterOf(string text, int start, int at)
    {
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && Spaced(text, article, at)) at = article;
        return actionOf.StartOfPhraseBefore(text, start, at) is var of and >= 0 && Spaced(text, of, at);
    }

    // "to Russia", "into the occupied", "in eastern": a preposition (list destination_prepositions, whole tokens: "that North
    // Korea" is not "at North Korea"), then "the" and a compass word (list region_adjectives), each optional, each followed
    // by a space, right before text[at]. Read token by token from the country back: a few look-ups, whatever the lists' length.
    private bool IsDestination(string text, int start, int at)
    {
        if (at <= start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (regionAdjectives.StartOfPhraseBefore(text, start, at) is var adjective and >= 0 && PrepositionBefore(text, start, adjective)) return true;
        return PrepositionBefore(text, start, at) || NeighbourOfPlace(text, start, at);
    }

    // "the UN mission in Mali, which had about 13,000 troops", "the African Union force in Somalia, which according to the AU had
    // some 21,500": a country after a force noun (force_nouns) and a preposition of place, right before ", which" or ", who", is
    // where the force serves; the relative clause is the force's, so the country is no owner of the figure in it (a country
    // alone before the relative still is: "Estonia, which has 900 troops of its own").
    private bool HostBeforeForceRelative(string text, int start, int figure, IReadOnlyList<CountryMention> countries, string subject)
    {
        foreach (var c in countries)
        {
            if (c.Name.Start < start || c.Span.End >= figure || c.IsDemonym || c.Possessive || c.Country.Name != subject) continue;
            var rest = text.AsSpan(c.Span.End, figure - c.Span.End);
            if (!rest.StartsWith(", which ", StringComparison.Ordinal) && !rest.StartsWith(", who ", StringComparison.Ordinal)) continue;
            var at = agent.Places.Start(text, start, c.Name);
            if (at <= start || !char.IsWhiteSpace(text[at - 1])) continue;
            // "in northern Cyprus", "in the east of": the phrase's article and region word before the name.
            foreach (var words in (AdjacentPhrases[])[articles, regionAdjectives, articles])
                if (words.StartOfPhraseBefore(text, start, at) is var before and > 0 && char.IsWhiteSpace(text[before - 1])) at = before;
            if (destinationPrepositions.StartOfPhraseBefore(text, start, at) is var preposition and > 0
                && forceNouns.StartOfPhraseBefore(text, start, preposition) >= 0) return true;
        }
        return false;
    }

    // A phrase of place_of_heads ("capital of", "town of"), perhaps "the", right before text[at].
    private bool PlaceOfHeadBefore(string text, int start, int at)
    {
        if (at <= start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && Spaced(text, article, at)) at = article;
        return placeOfHeads.StartOfPhraseBefore(text, start, at) is var head and >= 0 && Spaced(text, head, at);
    }

    // "the state neighbouring Myanmar", "provinces neighboring Syria": a neighbour participle, perhaps "the", after a noun of
    // place (neighbour_place_heads) right before text[at].
    private bool NeighbourOfPlace(string text, int start, int at)
    {
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && Spaced(text, article, at)) at = article;
        return neighbourParticiples.StartOfPhraseBefore(text, start, at) is var word and >= 0 && Spaced(text, word, at)
            && neighbourPlaceHeads.StartOfPhraseBefore(text, start, word) is var head and >= 0 && Spaced(text, head, word);
    }

    // A word of place_prepositions ("to", "near", "border with"), or of `words`, then "the" and a compass word, each optional, right
    // before text[at].
    private bool PlaceWordBefore(string text, int start, int at, AdjacentPhrases? words = null)
    {
        if (regionAdjectives.StartOfPhraseBefore(text, start, at) is var adjective and >= 0 && Spaced(text, adjective, at)) at = adjective;
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && Spaced(text, article, at)) at = article;
        return (words ?? kindWords.PlacePrepositions).StartOfPhraseBefore(text, start, at) is var word and >= 0 && Spaced(text, word, at);
    }

    // A destination preposition, perhaps "the", then a space right before text[at].
    private bool PrepositionBefore(string text, int start, int at)
    {
        if (at <= start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && article > start && char.IsWhiteSpace(text[article - 1])
            && destinationPrepositions.StartOfPhraseBefore(text, start, article) is var word and >= 0 && !leaving.InAState(text, word, at))
            return true;
        return destinationPrepositions.StartOfPhraseBefore(text, start, at) is var p and >= 0 && !leaving.InAState(text, p, at);
    }
}
