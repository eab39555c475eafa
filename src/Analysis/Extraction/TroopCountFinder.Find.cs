namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The finding loop: each number of a sentence is tried against the rules in turn (its own troop noun, an amount
/// before it, a verb or frame that takes troops, a figure it is read against), and the numbers found get their kind,
/// status, hedge and subject. One method with its local tests of the sentence, so it stands alone.
/// </summary>
internal sealed partial class TroopCountFinder
{
    /// <summary>
    /// The troop counts of one sentence, among its <paramref name="quantities"/>. <paramref name="masked"/>: spans (cited sources) whose countries
    /// are not the troops'. <paramref name="previousSubject"/>: whose troops the context speaks of, asked
    /// only when a figure's own sentence does not say. <paramref name="troopsBefore"/>: whether the sentence before, in the same
    /// paragraph, counted troops or spoke of them, so a number of this one may count them with no troop noun ("around 12,000 are there").
    /// <paramref name="sources"/>: the gazetteer's names in the sentence, which may be who sends the troops.
    /// <paramref name="kindBefore"/>: the kind of the passage's troop figure right before the sentence, asked only for a counter-estimate.
    /// <paramref name="forceCounted"/>: whether the document counted troops of a country (by its name) before this sentence.
    /// </summary>
    public List<FigureCandidate> Find(Document document, Sentence sentence, IReadOnlyList<Quantity> quantities, IReadOnlyList<CountryMention> countries,
        IReadOnlyList<TextSpan> masked, Func<string?> previousSubject, Func<bool>? troopsBefore = null, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources = null,
        Func<bool>? countBeforeIsTroops = null, Func<TroopKind?>? kindBefore = null, Func<string, bool>? forceCounted = null)
    {
        if (quantities.Count == 0) return [];
        var text = document.Text;
        var (start, end) = (sentence.Start, sentence.End);
        var found = new List<(Quantity Q, TextSpan Span, bool Anchored)>();
        var parts = new HashSet<Quantity>();
        // Numbers of a gapped clause, which share the verb of the figure before them (most sentences have none).
        HashSet<Quantity>? gapped = null;
        // Rows of a table of countries and their figures (most sentences have none).
        HashSet<Quantity>? tableRows = null;
        // Parts whose predicate names troops ("six of the 20 killed were soldiers"; most sentences have none).
        HashSet<Quantity>? predicateParts = null;
        // Parts of casualties named before them ("Of the wounded, about 2,000 were repatriated"; most sentences have none).
        HashSet<Quantity>? casualtyParts = null;
        HashSet<Quantity>? sharedSubjects = null;
        // Prisoners recruited to fight ("Wagner recruited some 50,000 prisoners"): a force, not captives (most sentences have none).
        HashSet<Quantity>? recruitedCaptives = null;
        // Bare wholes a fronted partitive repeats ("Of the 11,000, some 3,000 have been killed"; most sentences have none).
        HashSet<Quantity>? frontedWholes = null;
        // How many numbers of the sentence are rows of such a table (up to two), counted at the first number that may be one.
        int? tableRowCount = null;
        bool? troopWord = null;
        bool? context = null;
        // Whether the sentence has a noun that counts troops only in context: most have none, and skip the rule.
        bool? contextNoun = null;
        bool? peopleNamed = null;
        // Whether the sentence names an armed group, whose members are its fighters (most name none).
        bool? armedGroup = null;
        // A sentence with a sure troop figure before the number speaks of troops too ("Some 2,500 police officers are expected;
        // so far only 400 have arrived"), whatever its nouns.
        // A military body or words of battle make it one too ("the Ministry of Defence estimates Russia has lost some 45,000
        // killed or wounded").
        bool AboutTroops() => OwnSureFigure() || (troopWord ??= HasTroopWord(text, start, end, countries) || troopContext.Any(text, start, end))
            || (context ??= troopsBefore?.Invoke() ?? false);
        // The sentence itself, not the passage: "there are now 2,000 in shelters" or "has 1,200 in hospital" after a sentence about
        // troops count other people; "there are more than 15.000" in a sentence about them does not.
        bool SentenceAboutTroops() => OwnSureFigure() || (troopWord ??= HasTroopWord(text, start, end, countries) || troopContext.Any(text, start, end))
            || PointsBackToTroops();
        // Figures read only because the passage before is about troops (their sentence is not): they lean on it, and stand only
        // where their sentence has no other number they might be read against ("The town had 30,000 residents before the war;
        // now 2,000 remain"). A figure of the sentence's own (a troop noun, a verb that takes troops) is sure.
        HashSet<Quantity>? leaning = null;
        bool OwnSureFigure()
        {
            foreach (var f in found)
                if (!f.Anchored && (leaning is null || !leaning.Contains(f.Q))) return true;
            return false;
        }
        // What a bare number of a sentence not itself about troops is read against, the passage's last count before it, is a troop
        // figure (or, with no count in the sentences before, they speak of troops): "of them", "more", "another", "have died"
        // and the subject of a verb lean on it ("Police detained 150 protesters. Another 40 were fined" counts no troops).
        bool? antecedent = null;
        // "The bulk of them, 1,500, were in Uruzgan": a pronoun before the first number, after a troop figure, is those troops.
        bool? pointsBack = null;
        bool PointsBackToTroops() => pointsBack ??= PointsBackBefore(text, start, quantities) && (antecedent ??= countBeforeIsTroops?.Invoke() ?? false);
        bool LeansOnTroops() => SentenceAboutTroops() || (antecedent ??= countBeforeIsTroops?.Invoke() ?? false);
        // Counts below a hundred are read as troops only as what the troops counted just before do: "76 Indian military
        // personnel had been replaced. Twenty-six left Gan in March", "The last 13 left on Thursday" (the subject of a verb
        // troops take, in a sentence with no troop word of its own; not "Police detained 150 protesters. Another 40 left").
        bool SmallShareOfTroopsBefore(Quantity q) => q.Value >= MinimumCount && !SentenceAboutTroops() && LeansOnTroops()
            && PassageVerbAfter(text, q.Span.End, end);
        // "the soldiers back from Kursk ... the nine who died": in a sentence about troops, "the", a count, then a relative clause
        // of casualty counts the troops' dead, however few (from two: one is a person).
        bool DeadOfTroopsNamed(Quantity q) => q.Value >= 2 && SentenceAboutTroops()
            && articles.StartOfPhraseBefore(text, start, q.Span.Start) >= 0 && CasualtyRelativeAfter(text, q.Span.End, end);
        // People whose clause from `from` says they were captured, held or shot dead, in a sentence about troops: its casualties.
        bool HarmedAmongTroops(int from) => service.SaysHarmed(text, from, end) && AboutTroops();
        // People of a country in a breakdown by nationality ("the group consisted of") of the troops counted before.
        bool BreakdownOfTroops(Quantity q) => service.BreaksDown(text, start, q.Span.Start) && LeansOnTroops();
        void Add(Quantity q, TextSpan span, bool anchored)
        {
            if (!SentenceAboutTroops()) (leaning ??= []).Add(q);
            found.Add((q, span, anchored));
        }

        foreach (var q in quantities)
        {
            if (IsTrap(text, start, end, q)) continue;
            // "Troops returned fire, killing 12", "the patrol engaged the militants, killing 31 and wounding 9": the dead of a clash
            // the clause names, counted with no noun (read first: before the units a clause names: "a Ukrainian unit returned fire, killing 19"
            // counts the dead, not units).
            if (!IsYear(q, false) && ClashDead(text, start, end, q) && IsBare(text, q.Span.End, end, SentenceAboutTroops()))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // The troop noun right after the number, read once: the call-up's flight and the rules below both ask for it.
            var noun = nounAfter.NounEnd(text, q.Span.End, end);
            if (FledCallUp(text, start, end, q, noun)) continue;
            // Spans, not substrings: the regexes read the same characters, and nothing is copied.
            var after = text.AsSpan(q.Span.End, end - q.Span.End);
            var before = text.AsSpan(start, q.Span.Start - start);
            if (noun >= 0 && !YearAfterLead(text, start, q) && !YearSpanBeforeNoun(q))
            {
                if (TroopThingAfter(text, q.Span.End, end) || ModifiesThing(text, noun, end) || ListedWithCivilians(text, noun, end)) continue;
                if (PrisonerSwap(text, start, end, q, noun)) continue;
                // "More than 4,000 soldiers' families", "the 300 troops' bodies": a possessive troop noun; the number counts what
                // they own (not "five soldiers' deaths", whose count is theirs).
                if (PossessiveOfOthers(text, q.Span.Start, q.Span.End, noun, end)) continue;
                if (RetiredRanks(text, q.Span.End, noun)) continue;
                // "two Guatemalan officers told reporters", "Three soldiers told the BBC": a few troops who speak are voices, not a
                // count (below speaker_count_ceiling, a speech verb of speaker_count_verbs right after the noun).
                if ((q.Value ?? q.High) < speakerCountCeiling && (Spaced(text, noun)
                    && speakerCountVerbs.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, noun, end), end) > 0
                    || speakerCountLeads.StartOfPhraseBefore(text, start, q.Span.Start) >= 0)) continue;
                // "and the two men discussed Syria": a few people named before, referred back to, are no count.
                if (NamedPeopleBack(text, start, end, q, noun)) continue;
                found.Add((q, new TextSpan(q.Span.Start, noun), false));
                continue;
            }
            if (IsYear(q, false)) continue;
            // "Troops sent: about 11,000 (NIS); 10,000-12,000 (U.S., Ukraine)", "Fatalities: 90": a fact box's row counts what its label names.
            if (LabelledRow(text, start, end, q, () => context ??= troopsBefore?.Invoke() ?? false))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "about 2.000 of its militaries", "2.500 militaries american": translated copy's nouns that count soldiers from a
            // hundred up (below, "the two militaries" are two countries' armed forces).
            if ((q.Value ?? q.Low) >= 100 && text.AsSpan(q.Span.End, Math.Min(end, q.Span.End + 40) - q.Span.End).ContainsAny(hundredNounCues)
                && hundredNounAfter.NounEnd(text, q.Span.End, end) is var hundredNoun and >= 0
                // dotted thousands, "of its/their", or a sentence about troops: "Representatives of 120 militaries attended" count forces.
                && (text.AsSpan(q.Span.Start, q.Span.End - q.Span.Start).Contains('.') || text.AsSpan(q.Span.End, hundredNoun - q.Span.End).Contains(" of ", StringComparison.Ordinal) || AboutTroops()))
            {
                found.Add((q, new TextSpan(q.Span.Start, hundredNoun), false));
                continue;
            }
            // "between 45,000 and 65,000 US military, the number may vary", "another 200 military from Russia": a noun that counts
            // troops where the noun phrase ends at it.
            if (text.AsSpan(q.Span.End, Math.Min(end, q.Span.End + 80) - q.Span.End).ContainsAny(bareNounCues)
                && bareNounAfter.NounEnd(text, q.Span.End, end) is var bareNoun and >= 0 && IsBare(text, bareNoun, end))
            {
                found.Add((q, new TextSpan(q.Span.Start, bareNoun), false));
                continue;
            }
            // "has lost about 4,000 of the 12,000 soldiers it sent", "fewer than 6,000 of the mission's 17,000 troops": a part of
            // the troop figure that follows (anchored to it).
            if (PartOfFigureAfter(text, q.Span.End, end, quantities) || PartOfCountedPeopleAfter(text, q.Span.End, end, quantities, forceCounted))
            {
                found.Add((q, q.Span, true));
                parts.Add(q);
                continue;
            }
            // "11 of the dead were soldiers", "six of the 20 people killed were soldiers": a part whose predicate names troops.
            // ("8,800 of them are ground troops" is the ellipsis rule's, below.)
            if (!IsYear(q, false) && !(Spaced(text, q.Span.End) && ellipsis.EndOfPhraseAt(text, q.Span.End, end) > 0)
                && TroopPredicateOfPart(text, q.Span.End, end) is var predicate and > 0)
            {
                found.Add((q, new TextSpan(q.Span.Start, predicate), false));
                (predicateParts ??= []).Add(q);
                continue;
            }
            if (AmountHeadAfter(text, q.Span.End, end) is var headNoun and >= 0)
            {
                found.Add((q, new TextSpan(q.Span.Start, headNoun), false));
                continue;
            }
            // "We lost five martyrs": an army's own word for its dead (own_dead_nouns) counts troops only as what a loss verb right
            // before the number names, in a sentence about troops ("troops killed 12 martyrs" counts no troops).
            if (ownDeadAfter.NounEnd(text, q.Span.End, end) is var ownDead and >= 0)
            {
                if (VerbBefore(lossVerbs, text, start, q.Span.Start) && AboutTroops()) found.Add((q, new TextSpan(q.Span.Start, ownDead), false));
                continue;
            }
            // "will include 4,000 construction workers and 800 sappers": workers in one list with troops (ListedWorkers).
            if ((contextNoun ??= contextNouns.Any(text, start, end)) && NonTroopAfter(text, q.Span.End, end)
                && contextNounAfter.NounEnd(text, q.Span.End, end) is var listed and >= 0 && !NonTroopAfter(text, listed, end)
                && ListedWithTroops(text, start, end, q, listed, quantities, AboutTroops) is { } first && DispatchOfList(text, start, end, first))
            {
                found.Add((q, new TextSpan(q.Span.Start, listed), false));
                continue;
            }
            // "the drills involve some 12,800 participants", "has sent 300 engineers": nouns that count troops only in a
            // sentence about them or after a sending verb.
            if ((contextNoun ??= contextNouns.Any(text, start, end)) && contextNounAfter.NounEnd(text, q.Span.End, end) is var other and >= 0
                && !NonTroopAfter(text, q.Span.End, end) && !exchanges.Any(text, Math.Max(start, q.Span.Start - 40), Math.Min(end, other + 30))
                && !MembersOfBodyOrEvent(text, start, end, q, other)
                && ((VerbBefore(sendVerbs, text, start, q.Span.Start) is var sent && sent) || AboutTroops()
                    || (sent = armedGroup ??= armedGroupContext.Any(text, start, end))))
            {
                // Sent, or members of an armed group the sentence names, they are the sentence's own troops; otherwise they lean
                // on the passage.
                if (sent) found.Add((q, new TextSpan(q.Span.Start, other), false));
                else Add(q, new TextSpan(q.Span.Start, other), false);
                continue;
            }
            // "660 LTTE cadres": an armed group's own word for its fighters, in a sentence that names one.
            if (groupMemberAfter.NounEnd(text, q.Span.End, end) is var cadres and >= 0 && (armedGroup ??= armedGroupContext.Any(text, start, end))
                && !NonTroopAfter(text, q.Span.End, end) && !MembersOfBodyOrEvent(text, start, end, q, cadres))
            {
                found.Add((q, new TextSpan(q.Span.Start, cadres), false));
                continue;
            }
            // "took 1,200 prisoners in the offensive", "his forces had taken more than 6,000 prisoners", "four Cuban prisoners":
            // fighters an army captured (after a verb of capturing, or of a country), in a sentence about troops; "1,500 former
            // prisoners had been recruited into the army": convicts who serve. Otherwise prisoners are a prison's or a camp's
            // ("ISIS holds 9,000 prisoners", "Troops guarded 5,000 prisoners at the camp"), never a bare troop figure.
            if (captivesAfter.NounEnd(text, q.Span.End, end) is var captives and >= 0)
            {
                // (Whose own clause says they fight or go to war, they are fighters in any sentence, as people counted by nationality are.)
                var captured = VerbBefore(captureVerbs, text, start, q.Span.Start) || DemonymWithin(countries, q.Span.End, captives);
                var serving = !captured && service.Says(text, captives, end);
                var recruited = serving || (!captured && MobilizedBefore(text, start, q.Span.Start));
                if ((captured || recruited) && (serving || AboutTroops()) && !exchanges.Any(text, Math.Max(start, q.Span.Start - 40), Math.Min(end, captives + 30)))
                {
                    if (serving) found.Add((q, new TextSpan(q.Span.Start, captives), false));
                    else Add(q, new TextSpan(q.Span.Start, captives), false);
                    if (recruited) (recruitedCaptives ??= []).Add(q);
                }
                continue;
            }
            // "more than 200 Nepali nationals to fight in Ukraine", "six of its citizens ... while serving in the Russian army":
            // people counted by nationality whose own clause says they fight or serve. Otherwise the rules below read them.
            if (text.AsSpan(q.Span.End, Math.Min(end, q.Span.End + 80) - q.Span.End).ContainsAny(nationalCues)
                && nationalsAfter.NounEnd(text, q.Span.End, end) is var nationalsEnd and >= 0
                && !QuantityWithin(quantities, q.Span.End, nationalsEnd)
                // "Two Chinese citizens captured in the Donetsk region": in a sentence about troops, those captured, held or shot
                // dead are casualties of the force.
                && (service.Says(text, nationalsEnd, end) || HarmedAmongTroops(nationalsEnd)))
            {
                found.Add((q, new TextSpan(q.Span.Start, nationalsEnd), false));
                continue;
            }
            // "Four of the 'mercenaries' have been killed ... 17 suspects are in custody, including 15 Colombians": suspects held
            // or shot dead, after a count of troops in a passage about a mercenary, commando or coup force, are its casualties.
            if (service.HeldSuspectsEnd(text, Math.Max(0, start - PassageReach), q.Span.End, end) is var suspectsEnd and >= 0 && LeansOnTroops())
            {
                found.Add((q, new TextSpan(q.Span.Start, suspectsEnd), false));
                continue;
            }
            // "Police are holding 64 suspected mercenaries. Of the passengers, 20 were South Africans": people of a country that a
            // verb of being names after a number, after a count of troops (or in a sentence about them), are a part of them by
            // nationality; not a part of others ("Of the dead, 20 were Iraqis").
            if ((peopleNamed ??= peoplesOfCountries.Any(text, start, end)) && DemonymPredicate(text, q.Span.End, end) is var predicateEnd and > 0
                && LeansOnTroops() && !service.NamesOthers(text, start, q.Span.Start))
            {
                found.Add((q, new TextSpan(q.Span.Start, predicateEnd), false));
                parts.Add(q);
                continue;
            }
            // "join more than 600 other Kenyans already deployed": the people of a country counted beside a troop figure of a
            // sentence are troops too (anchored: alone, "40 Kenyans" may be anyone), and so are those who arrive or serve in a
            // sentence that names a force or troops ("Seventy-five Guatemalans ... touched down ..., the mission said").
            // A noun read across another number is that number's ("14:20 Seventy-five Guatemalans").
            // Whether "of the … force" follows the people (OfForceAfter), read once for the three tests below that ask.
            bool? ofTheForce = null;
            if ((peopleNamed ??= peoplesOfCountries.Any(text, start, end)) && peopleOfCountry.NounEnd(text, q.Span.End, end) is var demonymEnd and >= 0
                && !QuantityWithin(quantities, q.Span.End, demonymEnd)
                // ("600 Senegalese of the OAU force": a force's own people, though a word follows the -ese plural.)
                && (PeopleNoun(text, demonymEnd, end) || (ofTheForce ??= OfForceAfter(text, demonymEnd, end, quantities))))
            {
                // "took 120,000 Armenians' homes": a possessive demonym; the number counts what they own.
                if (demonymEnd < end && text[demonymEnd] is '\'' or '’') continue;
                // "some 2,000 Chinese arrived in Moscow": a demonym in -ese is its own plural, read as troops only where its
                // clause says they serve.
                // "Five Senegalese were shot dead guarding a water point", in a sentence about troops: captured, held or shot dead, too.
                if (text.AsSpan(q.Span.End, demonymEnd - q.Span.End).EndsWith("ese", StringComparison.Ordinal) && !service.Says(text, demonymEnd, end)
                    && !HarmedAmongTroops(demonymEnd)
                    // "... 23 Angolans and two Congolese": or in a breakdown of troops by nationality (below).
                    && !BreakdownOfTroops(q)
                    // "The force numbers 2,000 Nigerians, 700 Kenyans and 600 Senegalese": or a row of a list of them.
                    && !ListedAfterFound(text, q.Span.Start, end, found) && !(ofTheForce ??= OfForceAfter(text, demonymEnd, end, quantities))) continue;
                // "Zelensky said in February that some 4,000 North Koreans had been killed or wounded", paragraphs after the article
                // counted North Korea's troops: the people of a country whose troops the article has counted are those troops, with
                // no troop word in the sentences right before ("300 Ukrainians died" in that article counts no troops of Ukraine).
                bool? ownForce = null;
                bool OwnForce() => ownForce ??= ForceCountedPeople(text, demonymEnd, end, forceCounted);
                var arrived = Spaced(text, demonymEnd) && arrivalAfter.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, demonymEnd, end), end) is var arrival and > 0
                    && (AboutTroops() || forceWords.Any(text, start, end) || OwnForce())
                    || Spaced(text, demonymEnd) && presenceAfter.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, demonymEnd, end), end) is var there and > 0
                        && (warPlaces.Any(text, there, Math.Min(end, there + 40)) || (AboutTroops() || OwnForce()) && placeNounWords.Any(text, there, Math.Min(end, there + 40)))
                        && !service.Denies(text, demonymEnd, end);
                // "more than 3,000 North Koreans killed or wounded" in a sentence about troops: casualties among them.
                // ("3,800 of the 12,000 North Koreans who had arrived had been killed": past a relative that says which of them.)
                var killed = !arrived && Spaced(text, demonymEnd) && (First(casualtyAfter, text.AsSpan(demonymEnd, end - demonymEnd)) is not null
                    || PastPeopleRelative(text, demonymEnd, end) is var mainVerb && mainVerb > demonymEnd && First(casualtyAfter, text.AsSpan(mainVerb, end - mainVerb)) is not null);
                // "At least 35 Iraqis died in the market bombing", "nearly 3,000 Americans died in the terror attacks of 2001": people
                // a clause names as others a war harms (civilians, hostages, the dead of an attack on homes or of a disaster) are no
                // troops, whatever the passage is about.
                if (killed && service.NamesTollOfOthers(text, demonymEnd, end)) continue;
                var fallen = killed && (AboutTroops() || OwnForce());
                // "two Americans working with him had been captured", "Another 11 Colombians were detained at the embassy": their
                // own clause says they were captured, held or shot dead, further on.
                fallen = fallen || (!arrived && Spaced(text, demonymEnd) && HarmedAmongTroops(demonymEnd));
                // "Some 400 Cubans and 30 Soviets also lost their lives": the casualty words after a count joined to them.
                fallen = fallen || (!arrived && CoordinatedCountEnd(text, demonymEnd, end, quantities) is var joined and > 0 && Spaced(text, joined)
                    && (AboutTroops() || OwnForce()) && First(casualtyAfter, text.AsSpan(joined, end - joined)) is not null);
                // "A Ukrainian special forces unit said it had killed 77 North Koreans": people a verb of harm right before them
                // takes are the enemy's fallen where troops (a troop word before the verb) claim the harm as their own ("it had",
                // "they", "claimed to have": claimed_harm_subjects); not "Russian troops killed 12 Ukrainians in the village".
                fallen = fallen || (!arrived && PhraseBefore(kindWords.EnemyHarmVerbs, text, start, q.Span.Start, 0) is var harm and >= 0
                    && claimedHarmSubjects.StartOfPhraseBefore(text, start, harm) >= 0 && HasTroopWord(text, start, harm, countries));
                // "1,000 Kenyans have been recruited to fight for Russia": their clause says they serve.
                // "Russia has signed up at least 20,000 Cubans": recruited, they serve.
                // "Pyongyang has sent about 12,000 North Koreans to Russia": a verb of sending right before them sends troops,
                // unless their clause sends them to work or study.
                // "A contingent of some 11,000 North Koreans": the people a force noun and "of" count are its troops.
                // "The force currently numbers 2,000 Nigerians", "the 2,000 Nigerians ... of the OAU force": a force's own troops.
                var serving = !arrived && !fallen && (service.Says(text, demonymEnd, end) || MobilizedBefore(text, start, q.Span.Start)
                    || ForceSizeBefore(text, start, q.Span.Start) || (ofTheForce ??= OfForceAfter(text, demonymEnd, end, quantities))
                    || (actionOf.StartOfPhraseBefore(text, start, q.Span.Start) is var ofForce and >= 0 && forceNouns.StartOfPhraseBefore(text, start, ofForce) >= 0)
                    || (PhraseBefore(sendVerbs, text, start, q.Span.Start, 1) >= 0 && !service.Denies(text, demonymEnd, end)));
                // "about 85 Indians had come home from Russia, while 20 remained in its army": not troops, even beside a troop figure.
                // "600 other Kenyans already working alongside Haiti's police": more of the troops beside them (anchored) are troops.
                if (!arrived && !fallen && !serving && service.Denies(text, demonymEnd, end)
                    && !(Spaced(text, q.Span.End) && moreOfSame.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, demonymEnd), demonymEnd) > 0))
                    continue;
                // "A prisoner exchange on Friday returned 95 Ukrainians home": people swapped are not a count of troops.
                if (exchanges.Any(text, Math.Max(start, q.Span.Start - 40), Math.Min(end, demonymEnd + 30))) continue;
                // "Police are holding 64 suspected mercenaries. The group consisted of 18 Namibians, 23 Angolans and two Congolese":
                // a breakdown of the troops counted before by nationality stands on that count, and is a part of them.
                if (!arrived && !fallen && !serving && BreakdownOfTroops(q))
                {
                    found.Add((q, new TextSpan(q.Span.Start, demonymEnd), false));
                    parts.Add(q);
                    continue;
                }
                found.Add((q, new TextSpan(q.Span.Start, demonymEnd), !arrived && !fallen && !serving));
                continue;
            }
            if ((StrengthAfter(text, q.Span.End, end) is var strong and > 0) || (strong = BareStrengthEnd(text, start, end, q)) > 0)
            {
                found.Add((q, new TextSpan(q.Span.Start, strong), false));
                continue;
            }
            // "Some 1,700 from the 3rd Infantry Division", "3,000 of the 82nd Airborne": soldiers counted by the formation they come
            // from, whatever else the sentence names. Not a part of units counted just before: "three infantry battalions — two
            // from the Marine Corps" counts battalions.
            if (!IsYear(q, false) && formationAfter.Match(text, q.Span.End, end - q.Span.End) is { Success: true } formation
                && !CountsUnitsBefore(text, start, q, q.Span.Start))
            {
                found.Add((q, new TextSpan(q.Span.Start, formation.Index + formation.Length), false));
                continue;
            }
            var bare = IsBare(text, q.Span.End, end, SentenceAboutTroops());
            // A bare number counting units; "from 28 to 41": the end of a change is read from its start.
            if (bare && CountsUnitsBefore(text, start, q, q.ChangeEnd ? ChangeStartOf(quantities, q) : q.Span.Start)) continue;
            // "units which number some 12,000 people": after an amount of troops, people are the troops.
            var people = bare ? -1 : Spaced(text, q.Span.End) ? peopleNouns.EndOfPhraseAt(text, q.Span.End, end) : -1;
            // The hedge may be the verb that joins them: "losses have exceeded 450".
            var amount = (AmountBefore(text, start, q.Span.Start) || (q.Core.Start > q.Span.Start && AmountBefore(text, start, q.Core.Start)))
                && !LimitBefore(text, start, q);
            // After a troop amount noun the number is about troops whatever else its sentence names: "The pullout of 1,500 began".
            // "call 280,000 people to arms": people called or held under arms are troops, whoever the verb.
            if ((bare || people > 0 || (amount && IsBare(text, q.Span.End, end))) && (amount || MobilizedBefore(text, start, q.Span.Start)
                || (people > 0 && Spaced(text, people) && armsAfterPeople.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, people, end), end) > 0)))
            {
                found.Add((q, people > 0 ? new TextSpan(q.Span.Start, people) : q.Span, false));
                continue;
            }
            // "British defence intelligence put the total above 6,000": the hedge may be the connector; "had put the number of
            // Chinese nationals involved in the war at no fewer than 155": a verb of estimating reaches further.
            // (Not an estimate of others: "The number of refugees could pass 10,000".)
            if (bare && AboutTroops() && !OthersCountedBefore(text, start, q.Span.Start) && (estimateBefore.Before(text, start, q.Span.Start)
                || ((q.Hedge is Hedge.AtLeast or Hedge.AtMost || q.Hedge is Hedge.Approximate && verbHedges.EndOfPhraseAt(text, q.Span.Start, q.Core.Start) > 0)
                    && q.Core.Start > q.Span.Start && estimateBefore.Before(text, start, q.Core.Start))
                || EstimatedBefore(text, start, q)))
            {
                Add(q, q.Span, false);
                continue;
            }
            // "put Russia's losses in Ukraine at only 5937 people": people after an estimate of losses are the losses.
            // "The army lost 300 people in the battle": people a troop word's verb of losing takes are its losses (LostByTroops).
            if (people > 0 && AboutTroops() && (EstimatedBefore(text, start, q)
                || LostByTroops(text, start, q.Span.Start)))
            {
                Add(q, new TextSpan(q.Span.Start, people), false);
                continue;
            }
            if (AboutTroops() && First(casualtyAfter, after) is { } casualty && LeansOnTroops())
            {
                var casualtyEnd = q.Span.End + casualty.Index + casualty.Length;
                // "some 2,000 of the wounded were flown home": a part of the casualties ("350 of its dead" counts its dead); not
                // one the clause says is others ("two of the injured were soldiers' relatives", "nine of the dead were children").
                var partOfCasualties = partitiveWords.StartOfPhraseBefore(text, q.Span.End, LettersBefore(text, q.Span.End, casualtyEnd).Start) >= 0;
                if (partOfCasualties && PredicateNamesOthers(text, casualtyEnd, end)) continue;
                Add(q, new TextSpan(q.Span.Start, casualtyEnd), false);
                if (partOfCasualties)
                {
                    parts.Add(q);
                    (casualtyParts ??= []).Add(q);
                }
                continue;
            }
            // "reached 514 on Tuesday, 180 of them killed": the whole the next number breaks down.
            if (bare && !IsYear(q, false) && WholeOfBreakdown(text, start, end, quantities, q) && AboutTroops())
            {
                found.Add((q, q.Span, true));
                continue;
            }
            // "1,042 troops had been wounded, 228 seriously": a part of the casualties just counted.
            if (!IsYear(q, false) && CasualtyDegree(text, start, end, quantities, q, found) && SureFigureBefore(found))
            {
                found.Add((q, q.Span, true));
                parts.Add(q);
                continue;
            }
            // "Of the 11,000, some 3,000 have been killed": a bare whole that a fronted partitive repeats from the passage, after a
            // count of troops (the next number is its part, below).
            if (bare && !IsYear(q, false) && (q.Value ?? q.High ?? q.Low) >= MinimumCount && FrontedBareWhole(text, start, end, q, quantities) && LeansOnTroops())
            {
                Add(q, q.Span, false);
                (frontedWholes ??= []).Add(q);
                continue;
            }
            // "Of the US soldiers in Germany, around 18 500 serve in Rhineland-Palatinate": a part of the troops the sentence opens with.
            if (!IsYear(q, false) && FrontedPart(text, start, q, quantities, found) is (true, var byNoun) && !NonTroopAfter(text, q.Span.End, end))
            {
                found.Add((q, q.Span, !byNoun));
                parts.Add(q);
                // ("Of the 3,600 who were injured, about 1,000 ...": a part of casualties, as after "Of the wounded".)
                if (FrontedCasualtyPart(text, start, q)) (casualtyParts ??= []).Add(q);
                continue;
            }
            // "Of the wounded, about 2,000 were repatriated by air", after a sentence that counted troops: a part of their casualties.
            if (bare && !IsYear(q, false) && FrontedCasualtyPart(text, start, q) && LeansOnTroops() && !NonTroopAfter(text, q.Span.End, end))
            {
                Add(q, q.Span, false);
                parts.Add(q);
                (casualtyParts ??= []).Add(q);
                continue;
            }
            // "some 50,000 troops, the bulk of them, about 35,000, from its marines": a part named before its number.
            if (bare && !IsYear(q, false) && FrontedPartBeforeComma(text, start, q, found, PointsBackToTroops()))
            {
                found.Add((q, q.Span, true));
                parts.Add(q);
                continue;
            }
            // "10,000 soldiers in Russia, as many as 8,000 of them in Kursk": a part of the troops the sentence counts.
            // "there could soon be 20,000 of them": after "there is/are/will be", all of them, not a part.
            if (bare && Spaced(text, q.Span.End) && ellipsis.EndOfPhraseAt(text, q.Span.End, end) is var part and > 0)
            {
                // "82,000 of those called up have been sent": those a participle of sending or calling up names are troops, whatever
                // else the sentence names.
                if (SentAfterThose(text, q.Span.End, end) is var sentThose and > 0)
                {
                    found.Add((q, new TextSpan(q.Span.Start, sentThose), false));
                    parts.Add(q);
                    continue;
                }
                // "three Navy ships in the region, two of them in the Arabian Sea": parts of other things.
                // "14,000 people died, about 4,400 of them Ukrainian soldiers", "13 killed, five of them soldiers": the soldiers' own
                // count inside a toll of people (casualties, not a part of a troop figure).
                var ofOtherThings = PartOfOtherThings(text, start, end, quantities, q, found);
                if (ofOtherThings && TroopNounAfterPart(text, part, end) is var soldiers and > 0)
                {
                    found.Add((q, new TextSpan(q.Span.Start, soldiers), false));
                    continue;
                }
                // "13 dead, eight of them civilians": a part that its own words say is other people.
                if (ofOtherThings || !LeansOnTroops() || NonTroopAfter(text, part, end)) continue;
                Add(q, new TextSpan(q.Span.Start, part), !AboutTroops());
                if (existentials.StartOfPhraseBefore(text, start, q.Span.Start) < 0) parts.Add(q);
                continue;
            }
            // "300,000 would be called up", "Some 222,000 had been drafted", "200,000 had been deployed", "About 60,000 will report
            // for duty": a bare number whose own verb is one that only soldiers take counts them, whatever else the sentence names.
            if (bare && !IsYear(q, false) && (q.Value is null or >= 100) && CalledUpAfter(text, q.Span.End, end) && !NonTroopAfter(text, q.Span.End, end))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "300,000 people had been mobilised", "300 thousand people were called up": people whose own verb is a call-up's.
            if (!IsYear(q, false) && (q.Value is null or >= 100) && Spaced(text, q.Span.End) && peopleNouns.EndOfPhraseAt(text, q.Span.End, end) is var called and > 0
                && CalledUpAfter(text, called, end) && !NonTroopAfter(text, called, end))
            {
                found.Add((q, new TextSpan(q.Span.Start, called), false));
                continue;
            }
            // "The remaining 250 people are leaving", "sending another 2,000 people": people referred back to are the troops.
            if (!IsYear(q, false) && PeopleReferredBack(text, start, end, q) is var referred and > 0 && LeansOnTroops())
            {
                Add(q, new TextSpan(q.Span.Start, referred), false);
                continue;
            }
            // "had asked for about 5,000 to stay on as trainers", "wants 3,000 to remain at the base": in a passage about troops whose
            // last count is theirs, the object of a wish or an order (plan_object_verbs) whose infinitive is a verb troops take
            // counts them (not "The airline wants 600 to remain on the payroll").
            if (bare && (q.Value is null or >= 100) && AboutTroops() && LeansOnTroops() && VerbBefore(kindWords.PlanObjectVerbs, text, start, q.Span.Start)
                && WishedInfinitiveOfTroops(text, q.Span.End, end))
            {
                Add(q, q.Span, false);
                continue;
            }
            // "has deployed roughly 100,000 near the border", "amassed an estimated 100,000": what these verbs take is troops.
            if (bare && (q.Value is null or >= 100) && VerbBefore(troopObjectVerbs, text, start, q.Span.Start))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "The Pentagon will withdraw about 4,000 by July", "The cut would leave about 8,600 in the country": after troops
            // counted, what a verb of withdrawing takes or a verb of leaving leaves where it stands is those troops (LeftBehind; not
            // "left about 2,000 homeless", nor after a company's staff counted).
            if (!NonTroopAfter(text, q.Span.End, end) && WithdrawnOrLeft(text, start, end, q, bare) && AboutTroops() && LeansOnTroops())
            {
                Add(q, q.Span, false);
                continue;
            }
            // In a sentence about troops, a number that is the subject of a clause ("as many as 12,000 could follow",
            // "of whom 9,500 are troops"), the object of a sending verb ("would dispatch some 12,000") or of a verb of
            // expecting, counting or authorizing ("It expects about 12,000 by the end of the year", "In August he had authorized
            // 50,000"), of needing or giving (NeededCounts: "the mission would need 3,000"), or what a pronoun
            // is ("It's approximately 5,600," after a sentence about them) counts them. In a sentence not itself about troops, the
            // subject's verb must be one troops take ("200 had arrived", "4,000 were there now"; not "2.8 million have fled their
            // homes", "400 have been built").
            // (A small count too when it is the troops' dead named by a relative: "he gave the nine who died the title of Hero".)
            if (bare && !IsYear(q, false) && AboutTroops() && (q.Value is null or >= 100 || SmallShareOfTroopsBefore(q) || DeadOfTroopsNamed(q))
                && !NonTroopAfter(text, q.Span.End, end)
                && ((Spaced(text, q.Span.End) && clauseVerbs.EndOfPhraseAt(text, q.Span.End, end) is var clauseVerb and > 0 && !RelativeOfOthers(text, q.Span.End, clauseVerb, end)
                        && (SentenceAboutTroops() || ((PassageVerbAfter(text, q.Span.End, end) || FrontedOfThem(text, start, q.Span.Start)) && LeansOnTroops())))
                    || VerbBefore(sendVerbs, text, start, q.Span.Start)
                    // (Millions a mission needs or is offered are money with its currency left out: "would need 300 million next year".)
                    || ((q.Value ?? q.High ?? q.Low) < 1_000_000 && (VerbBefore(expectVerbs, text, start, q.Span.Start) || NeededCount(document, sentence, q.Span.Start)))
                    || VerbBefore(lossVerbs, text, start, q.Span.Start)
                    || pronounCopulas.StartOfPhraseBefore(text, start, q.Span.Start) >= 0))
            {
                Add(q, q.Span, false);
                continue;
            }
            // "Of these, 76 have returned to duty, while 27 were flown to Germany and 21 on to the United States": in a sentence that
            // "of these" and a comma open, after troops counted, the first bare number and every one a joiner opens are parts of them.
            if (bare && !IsYear(q, false) && q.Value >= 2 && FrontedPart(text, start, q) && LeansOnTroops() && !NonTroopAfter(text, q.Span.End, end))
            {
                Add(q, q.Span, false);
                continue;
            }
            // "there are still as many as 8,000 fighting on the front lines": after a sentence about troops, the number that "there
            // are" presents, then a verb troops take (passage_troop_verbs) right after it, counts them (existential_openers).
            if (!IsYear(q, false) && (q.Value is null or >= 100) && existentialOpeners.StartOfPhraseBefore(text, start, q.Span.Start) >= 0
                && Spaced(text, q.Span.End) && PassageVerbAfter(text, q.Span.End, end) && AboutTroops() && LeansOnTroops() && !NonTroopAfter(text, q.Span.End, end))
            {
                Add(q, q.Span, false);
                continue;
            }
            // "Russia now has about 600,000 in Ukraine", "It currently has roughly 4,500 there": in a sentence about troops, what a
            // verb of holding takes, then a place, is where they are.
            if (bare && !IsYear(q, false) && (q.Value is null or >= 100) && VerbBefore(holdingVerbsAll, text, start, q.Span.Start)
                && Spaced(text, q.Span.End) && presencePlaces.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end) is var place and > 0
                && (SentenceAboutTroops() || (AboutTroops() && text.AsSpan(q.Span.End, place - q.Span.End).Trim().SequenceEqual("there"))
                    // "The US keeps 2,500 troops in Iraq. It also has about 900 in Syria": after a troop count, a country named as
                    // the place (not "has 1,200 in hospital", "2,000 in shelters").
                    || (LeansOnTroops() && CountryAt(text, PhraseLiteral.SkipWhiteSpace(text, place, end), countries)))
                && !NonTroopAfter(text, q.Span.End, end))
            {
                Add(q, q.Span, false);
                continue;
            }
            // In a sentence about troops: "there are more than 15.000", "there may be 40,000 in all" (what an existential counts);
            // "von der Leyen's 100,000 figure" (a number an estimate noun follows); "so many reservists so quickly — 300,000 in 48
            // hours" (a number set after a dash or colon against the troops named before it).
            if (!IsYear(q, false) && (q.Value is null or >= 100) && AboutTroops() && !NonTroopAfter(text, q.Span.End, end)
                && ((bare && existentials.StartOfPhraseBefore(text, start, q.Span.Start) >= 0
                        // "North Korean troops have reached Kursk. Officials believe there are around 8,000.": an existential
                        // whose number ends its clause counts the troops the passage spoke of.
                        && (SentenceAboutTroops() || (EndsClause(text, q.Span.End, end) && LeansOnTroops())))
                    || (Spaced(text, q.Span.End) && figureNounsAfter.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end) > 0)
                    // ("The figure of 400 came in a report": the noun before makes it a figure, so its verb is read as in a sentence
                    // about troops.)
                    || (figureNounsBefore.StartOfPhraseBefore(text, start, q.Span.Start) >= 0 && IsBare(text, q.Span.End, end))
                    || (bare && SetOffAfterTroops(text, start, q.Span.Start))))
            {
                Add(q, q.Span, false);
                continue;
            }
            // "is smaller than Azerbaijan's 65,000", "the mission's 17,000", "its 5,000": in a sentence about troops, the bare number
            // an owner's possessive stands before is the owner's troops.
            if (bare && !IsYear(q, false) && (q.Value is null or >= 100) && SentenceAboutTroops() && OwnerBefore(text, start, q.Span.Start)
                && !NonTroopAfter(text, q.Span.End, end))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "well below the 1,000 it promised", "the 2,000 they had pledged": what a pronoun's verb of offering or sending
            // takes, in a sentence about troops or after a troop figure of it.
            // "the 3,000 the White House cited last week": the same after "the" and a named subject.
            if ((q.Value is null or >= 100) && !IsYear(q, false)
                && (PledgedAfter(text, q.Span.End, end) || (articles.StartOfPhraseBefore(text, start, q.Span.Start) >= 0 && NamedReportAfter(text, q.Span.End, end)))
                && AboutTroops())
            {
                Add(q, q.Span, false);
                continue;
            }
            // "up to 5,000 more will follow": more of the troops the sentence counts, or speaks of ("troops returned to the
            // front, and between 1,000 and 3,000 more had been sent").
            // "600 soldiers were killed and thousands more wounded": more of them, told by a word of harm (casualty_words) right
            // after "more", is a casualty count of the troops the sentence counts (a noun after it, "12 more civilians wounded",
            // is its own).
            if (Spaced(text, q.Span.End) && more.EndOfPhraseAt(text, q.Span.End, end) is var extra and > 0
                && (IsBare(text, extra, end) || (Spaced(text, extra) && casualtyVerbs.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, extra, end), end) > 0)))
            {
                // "aims to draft 160,000 more", "has deployed 2,000 more": what a verb of calling up or deploying takes is troops.
                if (MobilizedBefore(text, start, q.Span.Start) || VerbBefore(troopObjectVerbs, text, start, q.Span.Start))
                {
                    found.Add((q, new TextSpan(q.Span.Start, extra), false));
                    continue;
                }
                if (!LeansOnTroops()) continue;
                Add(q, new TextSpan(q.Span.Start, extra), !AboutTroops());
                continue;
            }
            // "The force of 5,000 will include 1,500 from Kenya", "five from Nepal and one each from Cuba": after a troop figure, a
            // number of them from a country is a part of it; after one from a country too ("7,200 military personnel from Belarus
            // and 5,500 from Russia"), a gapped figure of its own.
            if (bare && !IsYear(q, false) && SureFigureBefore(found) && FromCountryAfter(text, q.Span.End, end, countries))
            {
                var parallel = FromCountryAfter(text, found[^1].Span.End, q.Span.Start, countries);
                found.Add((q, q.Span, !parallel));
                if (parallel) (gapped ??= []).Add(q);
                else parts.Add(q);
                continue;
            }
            // "The remaining troops, about 600, will leave": a count set off right after its troop word (an age set off so is no
            // count: AppositionAfterTroops).
            if (!IsYear(q, false) && AppositionAfterTroops(text, start, end, q) is var apposed and > 0)
            {
                found.Add((q, new TextSpan(q.Span.Start, apposed), false));
                continue;
            }
            // "the Texans will be 400 in total": the whole of the troops the sentence counts.
            if (bare && !IsYear(q, false) && TotalAfter(text, end, q))
            {
                found.Add((q, q.Span, true));
                continue;
            }
            // "killed 50 North Korean soldiers and wounded 47": a bare number after "and" and a casualty verb, beside a sure figure.
            if (bare && SureFigureBefore(found) && casualtyVerbs.StartOfPhraseBefore(text, start, q.Span.Start) is var hit and > 0
                && coordinators.StartOfPhraseBefore(text, start, hit) >= 0)
            {
                found.Add((q, q.Span, true));
                continue;
            }
            // "One Nigerien peacekeeper was killed and three were wounded", "killing 58 paratroopers and wounding 15": in a sentence
            // about troops, the second count of a casualty pair counts their casualties too, however few.
            if (bare && !IsYear(q, false) && SentenceAboutTroops() && SecondOfCasualtyPair(text, start, end, q))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "still short of 15,000 ceiling", "the 1,000 pledge": the amount of a target or a pledge, in a sentence about troops,
            // beside a troop figure of it.
            if (Spaced(text, q.Span.End) && (q.Value is null or >= 100) && targetAfter.EndOfPhraseAt(text, q.Span.End, end) is var target and > 0
                && AboutTroops())
            {
                Add(q, new TextSpan(q.Span.Start, target), true);
                continue;
            }
            // "Burundi has 10,000 soldiers in Congo and Rwanda between 3,000 and 4,000", "Kenya has sent 800 police, Jamaica 200":
            // gapping, a number after a country that "and" or a comma opens, with the verb and noun of a troop figure before it left out.
            if (bare && !IsYear(q, false) && Gapped(text, start, q, countries, found))
            {
                found.Add((q, q.Span, false));
                (gapped ??= []).Add(q);
                continue;
            }
            // "and the one in Abidjan 950": a gapped clause whose subject is a place.
            if (bare && !IsYear(q, false) && (q.Value is null or >= 100) && GappedPlace(text, start, q, found))
            {
                found.Add((q, q.Span, false));
                (gapped ??= []).Add(q);
                continue;
            }
            // "more than 15,000 troops in Afghanistan, more than 1,700 in Syria": a list of the troops by place.
            if (bare && !IsYear(q, false) && ListedBeforePlace(text, start, end, q))
            {
                found.Add((q, q.Span, true));
                continue;
            }
            // "Kenya (1,000), Jamaica (200)", "Japan - 53,700; Germany - 35,000": a table of countries and their troops.
            if (!IsYear(q, false) && CountryTableRow(text, start, end, q, quantities, countries, ref tableRowCount, AboutTroops,
                () => context ??= troopsBefore?.Invoke() ?? false))
            {
                found.Add((q, q.Span, false));
                (tableRows ??= []).Add(q);
                continue;
            }
            // "N. Korea troops 11,000: NIS", "Troops in Caribbean 10,000 - Pentagon": headline-ese, a troop noun then its number, which
            // ends the clause.
            if (bare && (q.Value is null or >= 10) && !IsYear(q, false) && HeadlineTroopNumber(text, start, end, q))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "Of the roughly 11,000 sent last year": what "the" and a participle of sending count is troops sent.
            if (bare && (q.Value is null or >= 100) && !IsYear(q, false) && articles.StartOfPhraseBefore(text, start, q.Span.Start) >= 0 && Spaced(text, q.Span.End)
                && sentParticiples.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end) > 0)
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "more than the double of the 900 announced during months": an earlier count of the troops the sentence counts.
            if (bare && articles.StartOfPhraseBefore(text, start, q.Span.Start) >= 0 && Spaced(text, q.Span.End)
                && !IsYear(q, false) && reportParticiples.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, q.Span.End, end), end) is var participle and > 0
                && IsBare(text, participle, end))
            {
                found.Add((q, q.Span, true));
                continue;
            }
            // "Djibouti, with about 1,500, hosts the last large garrison", "with about 100 in all to operate it": in a sentence about
            // troops, what "with" sets beside a place or a force counts them; so does "with 400 arriving on Tuesday", "with 41 losing
            // their lives" (WithNumber reads the gerund after the number), a part of a troop figure found before it in the sentence.
            if (!IsYear(q, false) && (q.Value ?? q.High ?? q.Low) is >= 10 and < 1_000_000 && SentenceAboutTroops() && WithNumber(text, start, end, q)
                && (bare ? (q.Value ?? q.High ?? q.Low) >= 100 : found.Exists(f => f.Q.Span.End <= q.Span.Start))
                && !NonTroopAfter(text, q.Span.End, end))
            {
                Add(q, q.Span, false);
                continue;
            }
            // What the rules below read: a bare number of a hundred or more, no year, that no noun of other people follows.
            var bareHundreds = bare && !IsYear(q, false) && (q.Value ?? q.High ?? q.Low) >= 100 && !NonTroopAfter(text, q.Span.End, end);
            // "reduced from 150,000 in June to the current 130,000": the troops' level now, after a change's troop figure.
            if (bareHundreds && CurrentLevelAfterFigure(text, start, q, quantities, found))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "there are under 5,000 and that will go to 2,500": the later level of the figure just found, which a pointer reaches.
            if (bareHundreds && LevelOfPointedFigure(text, q, found))
            {
                Add(q, q.Span, false);
                continue;
            }
            // "with 400 and 100 in Kandahar and Kabul", "and another 200 at an outpost": a part of the troops told by its place.
            if (bareHundreds && SentenceAboutTroops() && PlacedPart(text, start, end, q))
            {
                Add(q, q.Span, false);
                // (After a pronoun of the troops counted before, a part of them when a verb of including opens it or it follows a
                // part: "They will include 200 in ... and another 200 at ...", "The bulk of them, 1,500, ..., with 400 in ...".)
                if (PointsBackToTroops() && (IncludedPart(text, start, q) || (found.Count > 1 && parts.Contains(found[^2].Q)))) parts.Add(q);
                continue;
            }
            // "though it had kept only about 2,500 there", "EU officials, of over 100,000", "allows for as many as 12,000": in a
            // sentence about troops, a number that no noun, verb or frame above claims counts what it refers back to.
            if (bareHundreds && RefersBackToTroops(text, start, end, q, quantities, found) && SentenceAboutTroops())
            {
                if (SharesSubjectBefore(text, start, q.Span.Start)) (sharedSubjects ??= []).Add(q);
                Add(q, q.Span, false);
                continue;
            }
            // "Another 4,000 were evacuated from nearby villages": read against another number, still not other people.
            // ("The number of refugees has grown to 12,000": not where its clause says it counts others.)
            if (bare && (q.ChangeStart || q.ChangeEnd || anchorBefore.IsMatch(before)) && !NonTroopAfter(text, q.Span.End, end) && LeansOnTroops()
                && !OthersCountedBefore(text, start, q.Span.Start))
                found.Add((q, q.Span, true));
        }

        // A bare number counts soldiers only next to a figure that surely does, or in a passage about troops where no other number
        // of its sentence is what it is read against ("573 homicides last year, down from 617"; "the vote was 13 to 2").
        if (!OwnSureFigure() && (!(context ??= troopsBefore?.Invoke() ?? false) || OtherNumberThan(text, start, end, quantities, found)))
            return [];
        var sentenceCues = Cues(text, start, end, countries, masked);
        var result = new List<FigureCandidate>();
        List<int>? mixedOwners = null;
        for (var i = 0; i < found.Count; i++)
        {
            var (q, span, anchored) = found[i];
            // "300 and 400 soldiers": a mention that shares its noun with the next figure ends, as a segment's start, at its number.
            // (Not a total whose mention holds its parts: it ends past them.)
            var segmentStart = i == 0 ? start
                : found[i - 1].Span.End > q.Span.Start && found[i - 1].Span.End <= span.End && found[i - 1].Q.Span.End <= q.Span.Start
                    ? found[i - 1].Q.Span.End : found[i - 1].Span.End;
            var segmentEnd = i + 1 < found.Count ? found[i + 1].Q.Span.Start : end;
            // "22,000 reservists, up from 14,647 last year, would be called up": the aside's figure ends at its closing comma; the
            // figure before it reads on past the aside to its own verb.
            if (i > 0 && ComparisonAsideEnd(text, found[i - 1].Span.End, q, span, segmentEnd) is var closing and >= 0) segmentEnd = closing;
            else if (i + 1 < found.Count && ComparisonAsideEnd(text, span.End, found[i + 1].Q, found[i + 1].Span, i + 2 < found.Count ? found[i + 2].Q.Span.Start : end) >= 0)
                segmentEnd = i + 2 < found.Count ? found[i + 2].Q.Span.Start : end;
            var anchor = anchored ? Nearest(found, i) : null;
            var previous = result.Count > 0 ? result[^1] : null;
            var kind = KindOf(text, sentenceCues, start, end, segmentStart, segmentEnd, q, span, anchor?.Span, previous, parts.Contains(q));
            // "Zelensky said as many as 4,000 had been killed or wounded. The spy agency put the figure at 3,000": a counter-estimate
            // of the casualty count before counts casualties too (RestatedEstimates).
            if (kind != TroopKind.Casualties && previous is null && RestatesCasualties(text, start, segmentEnd, q, span, sentenceCues, kindBefore))
                kind = TroopKind.Casualties;
            // "Of the wounded, about 2,000 were repatriated": the casualty word is the whole's; with no casualty verb of its own
            // after it ("Of the wounded, 300 have died" is a toll), the figure is a part of the casualties.
            if (kind == TroopKind.Casualties && casualtyParts is not null && casualtyParts.Contains(q)
                && !sentenceCues.Any(c => c.Label == Casualty && c.Span.Start >= span.End && c.Span.End <= segmentEnd)) kind = TroopKind.Subset;
            if (sharedSubjects is not null && sharedSubjects.Contains(q) && previous is not null) kind = previous.Kind;
            if (kind == TroopKind.ArmySize && (ForeignInArmy(sentenceCues, countries, segmentStart, segmentEnd, q, span) || ChangeAmount(text, start, q))) kind = TroopKind.Deployment;
            // "six of the 20 Thais killed were soldiers": the soldiers among the dead are casualties, not a part of a force.
            if (predicateParts is not null && predicateParts.Contains(q) && casualtyWords.Any(text, q.Span.End, span.End)) kind = TroopKind.Casualties;
            if (kind != TroopKind.Casualties && span == q.Span && CasualtyRow(text, start, end, q)) kind = TroopKind.Casualties;
            // "Wagner recruited some 50,000 prisoners": "prisoners" is the casualty cue nearest the figure, but recruited they are
            // the force, unless a casualty word follows in their own clause ("1,500 former prisoners recruited were killed").
            if (kind == TroopKind.Casualties && recruitedCaptives is not null && recruitedCaptives.Contains(q)
                && !sentenceCues.Any(c => c.Label == Casualty && c.Span.Start >= span.End && c.Span.End <= segmentEnd)) kind = TroopKind.Deployment;
            // "the 10,000 strong force", "a 3,000-man brigade": a strength names the force's size, whatever befell others in the sentence.
            if (kind == TroopKind.Casualties && StrengthAfter(text, q.Span.End, end) > 0) kind = TroopKind.Deployment;
            var status = StatusOf(text, sentence, sentenceCues, start, segmentStart, segmentEnd, q, span, previous, kind);
            // "Britain will send 13,000 troops, France 7,000": the verb left out of a gapped clause is the one before it.
            if (previous is not null && gapped is not null && gapped.Contains(q)) status = GappedStatus(result);
            // "had kept hundreds and at times more than 1,000 soldiers on the island": a second figure joined to the first by
            // words of time, doubt or a hedge shares its verb, and so its time.
            if (i > 0 && previous is not null && ReferenceEquals(previous.Quantity, found[i - 1].Q) && status == EstimateStatus.Current
                && previous.Status != EstimateStatus.Current && found[i - 1].Span.End == span.End && nounAfter.JoinsFigure(text, found[i - 1].Q.Span.End, end))
                status = previous.Status;
            if (tableRows is not null && tableRows.Contains(q) && pledgeTableCues.Any(text, start, end)) status = EstimateStatus.Planned;
            // "would grow to about 10,000 soldiers: some 4,000 of them working with the border guard": a part of a planned
            // force is planned too, unless a verb of its own follows ("2,000 of them have arrived").
            // Nor one a word of the present follows past an apposition ("1,000 of them, pioneer troops, have already arrived").
            if (kind == TroopKind.Subset && status == EstimateStatus.Current && previous?.Status == EstimateStatus.Planned && !AuxiliaryAfter(text, span.End, segmentEnd)
                && !currentCues.Any(text, span.End, segmentEnd))
                status = EstimateStatus.Planned;
            var hedge = q.Hedge;
            if ((q.Possible || IsPossible(text, sentenceCues, Math.Max(segmentStart, q.Span.Start - 60), q.Span.Start)) && hedge is Hedge.Exact or Hedge.Approximate)
            {
                // "troops 'could reach 100,000'": a possibility reached by a verb of reaching is its ceiling, as "up to" is.
                if (hedge == Hedge.Exact && q.Value is { } ceiling && ceilingVerbs.StartOfPhraseBefore(text, start, q.Span.Start) >= 0)
                    (q, hedge) = (q with { High = ceiling, Hedge = Hedge.AtMost }, Hedge.AtMost);
                else
                    hedge = Hedge.Possible;
            }
            // "the death toll rose to 32, including 19 civilians and 13 soldiers", "13 dead, eight of them civilians": a casualty
            // count with no troop noun of its own, in a sentence that names civilians, is a toll of people, not of soldiers.
            if (kind == TroopKind.Casualties && TollOfPeople(text, start, end, q, countries)) continue;
            var subject = OwnSubject(text, start, end, q.Span, span, countries, out var mixed);
            // "Britain 8,930", "Cuba 25 killed, 59 wounded": a row of a table is its country's, and so is every number of its cell.
            if (subject is null && !mixed && (tableRowCount ??= CountryTableRows(text, start, end, quantities, countries)) > 0
                && TableCellCountry(text, start, end, q, quantities, countries) is { } row) subject = row.Country.Name;
            if (mixed) (mixedOwners ??= []).Add(result.Count);
            result.Add(new FigureCandidate(sentence, q, span, kind, status, hedge, subject));
        }
        PlannedInTimeClause(text, start, result);
        if (PointsBackToTroops()) PastPartsPointingBack(text, end, result, parts);
        ShareVerbAfterLast(text, result);
        if (frontedWholes is not null) FrontedWholesAsForce(frontedWholes, result);
        PartKilledOfWhole(text, sentenceCues, end, result);
        PartsOfTolls(text, end, result);
        CutTo(text, result);
        LaterRevised(text, result);
        FirstThenEstimates(text, result);
        LaterReported(text, result);
        PastThenNowLevels(text, start, result);
        PastDatedLevels(document, result);
        PastParticipants(document, result);
        PartOfEarlierWhole(text, result);
        PartBeforeWhole(text, sentenceCues, end, result);
        CarrySubjects(text, start, end, found, result, countries, masked, previousSubject, sources, mixedOwners, countBeforeIsTroops);
        WholeOfCountryRows(result, countries);
        return result;
    }

    // Where the comma closes a comparison or a part's aside that holds the figure at q (mention span) right after an earlier figure's
    // mention ending at previousEnd: ", up from 14,647 last year,", ", including two from the UN force," (comparison_aside_leads or
    // part_aside_leads right before the number, only a comma between
    // the earlier mention and the lead, and a comma within 50 characters after the mention, before any other mark); else -1.
    private int ComparisonAsideEnd(string text, int previousEnd, Quantity q, TextSpan span, int limit)
    {
        var lead = asideLeads.StartOfPhraseBefore(text, previousEnd, q.Span.Start);
        if (lead < 0 || text.AsSpan(previousEnd, lead - previousEnd).Trim() is not ",") return -1;
        var k = NextComma(text, span.End, Math.Min(limit, span.End + 50), dashes: true);
        return k >= 0 && k < limit - 1 && !char.IsDigit(text[k + 1]) ? k : -1;
    }

    // A demonym between a number and its noun: "four Cuban prisoners", "thousands of Ethiopian army prisoners".
    private static bool DemonymWithin(IReadOnlyList<CountryMention> countries, int from, int to)
    {
        foreach (var c in countries)
            if (c.IsAdjective && c.Span.Start >= from && c.Span.End <= to) return true;
        return false;
    }
}
