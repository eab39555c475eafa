namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Who a document's figures come from. Each sentence's citations form a chain from the origin to
/// the outlet that published it: informants ("briefed by X", "citing X"), then speakers (the
/// innermost first: in "A said B estimated", B), then whoever the speakers told, then the outlets.
/// Across the document: pronouns and descriptions ("he", "the agency", "the lawmakers") resolve to the
/// last matching source; a group ("South Korean lawmakers") resolves to the named people of the same
/// role ("Lawmakers Lee Seongkweun and Park Sunwon"), who lend it their country; and a speaker's
/// informant named elsewhere ("after being briefed by the NIS") becomes the origin of what the
/// speaker says. A figure without a citation in its sentence takes the nearest one of its paragraph,
/// earlier sentences first.
/// </summary>
internal sealed partial class Attribution
{
    private readonly Document document;
    private readonly Cues closing;
    private readonly List<SourceRef>[] refs;
    private readonly List<SourceRef>[] chains;

    public Attribution(Document document, IReadOnlyList<IReadOnlyList<SourceRef>> refsBySentence, Cues closing)
    {
        this.document = document;
        this.closing = closing;
        refs = refsBySentence.Select(r => r.ToList()).ToArray();
        OneSpelling();
        // Before any country is lent or taken: the place of a speaker ("the UN mission in Mali said") is no state voice.
        PlacesOfSpeakers();
        ObjectsOfSpeakers();
        InheritCountries();
        UnnamedVoicesCountries();
        // Before pronouns are resolved: "the defence minister" below a heading's name is that name, not an earlier source.
        HeadingHolders();
        // Before pronouns are resolved: "he" after "the intelligence chief said … . Lt Gen X told …" is X.
        NamedHolders();
        // "NATO Secretary-General X … . The NATO chief said": an international body's office whose holder was named before.
        HoldersBefore();
        ApposedSpokespeople();
        ApposedOutlets();
        // Before pronouns are resolved: "More from Lee: …", "Shoigu on Rossiya 24: …": a live entry's label names its voice.
        EntryLabels();
        ResolvePronouns();
        QuietAudiences();
        SerialListSpeakers();
        EmbeddedPostSigners();
        // "X signed a memo … . The memo says 300 …": an owned document named again speaks for its owner (Attribution.DocumentOwners).
        DocumentOwners();
        chains = refs.Select((list, i) => Chain(list, document.Sentences[i])).ToArray();
        ExpandGroups();
        ExtendOrigins();
        KeepOutletsTold();
        FirstOfPairs();
    }

    /// <summary>The references of a sentence after resolution (pronouns replaced by what they stand for).</summary>
    public IReadOnlyList<SourceRef> RefsOf(int sentence) => refs[sentence];

    /// <summary>The cited-source mentions of the document, in reading order.</summary>
    public IEnumerable<SourceMention> Mentions()
    {
        // A source cited only through a description or a pronoun ("Defence Minister X toured the base. …, the minister
        // said") is cited there, once: its name was only mentioned.
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
            foreach (var r in refs[sentence.Index])
                if (r is { IsCited: true, IsPronoun: false }) named.Add(r.Name);
        foreach (var sentence in document.Sentences)
            foreach (var r in refs[sentence.Index])
                if (r.IsCited && (!r.IsPronoun || named.Add(r.Name)))
                    yield return new SourceMention(document.Quote(r.Span), r.Name, r.Kind, r.Country, Provenance.Of(document, sentence, r.Span));
    }

    /// <summary>Origin and chain for a figure of this sentence: its own citation, else its paragraph's nearest.</summary>
    public (string? Origin, IReadOnlyList<string> Via) For(Sentence sentence) => For(sentence, null);

    /// <summary>
    /// Origin and chain for the figure at <paramref name="figure"/>: where the sentence's clauses have speakers of their
    /// own ("10,000 …, the White House said, while Zelenskyy warned that 12,000 …"), the speakers of the figure's clause;
    /// a relaying person's own quoted words are his (OwnQuotedWords).
    /// </summary>
    public (string? Origin, IReadOnlyList<string> Via) For(Sentence sentence, TextSpan? figure) =>
        OwnQuotedWords(sentence, figure, ForClause(sentence, figure));

    // The figure's clause's chain, or the one it takes from the sentences around it (Carrying, Quotations).
    // The index of the first sentence of the sentence's paragraph.
    private int FirstOfParagraph(Sentence sentence)
    {
        var first = sentence.Index;
        while (first > 0 && document.Sentences[first - 1].Paragraph == sentence.Paragraph) first--;
        return first;
    }

    private (string? Origin, IReadOnlyList<string> Via) ForClause(Sentence sentence, TextSpan? figure)
    {
        var chain = chains[sentence.Index];
        // "state television showed about 100 soldiers marching": a picture, no count of the broadcaster's.
        if (figure is { } shownAt && OnlyShows(sentence, shownAt, chain)) return (null, []);
        // "ATMIS, which has about 22,000 soldiers, said …": a figure describing the speaker is no one's count, unless a voice
        // of the clause gives it.
        if (figure is { } asideAt && AsideChain(sentence, asideAt, chain) is { } aside)
        {
            if (aside.Count == 0) return (null, []);
            chain = aside;
        }
        // "…, far above Pyongyang's own estimate of 350 casualties": a count a voice's possessive owns is that voice's; the voice
        // speaks for no other figure of the sentence (Attribution.PossessedEstimates).
        if (figure is { } possessedAt && PossessedOwner(sentence, possessedAt) is { } owner) return (owner.Name, []);
        if (figure is { } otherAt && chain.Count > 0 && WithoutOwnersOfOtherCounts(sentence, otherAt, chain) is { } others)
        {
            if (others.Count == 0) return (null, []);
            chain = others;
        }
        // "… as many as 120,000 troops, which the president dismissed as fake news": a voice that refuses the claim in a relative
        // clause after the figure is no voice of it.
        if (figure is { } refusedAt && chain.Count > 0 && RefusingRelative(sentence, refusedAt, chain) is { } refusing) chain = refusing;
        // "Whereas Kyiv says about 7,500 soldiers have been killed, NATO estimates the toll at 4,000": a voice of a contrast clause that
        // opens the sentence gives that clause's figure, not the main clause's voice (Attribution.ContrastOpenings).
        if (figure is { } openingAt && chain.Count > 0 && OpeningClauseChain(sentence, openingAt) is { Count: > 0 } opening) chain = opening;
        else if (figure is { } at && chain.Count > 1 && ClauseChain(sentence, at, chain) is { } own) chain = own;
        // "…, lawmakers said Monday, as Kyiv revealed more details about …": a voice in a trailing clause after the figure and its
        // own voice is no voice of the figure (Attribution.TrailingVoices).
        if (figure is { } trailAt && chain.Count > 1 && WithoutTrailingClauseVoices(sentence, trailAt, chain) is { } untrailed) chain = untrailed;
        // "…, where they may total 9,000, according to Polish estimates": estimates that close the figure's clause are its
        // voice, not the sentence's speaker (Attribution.ClosingEstimates).
        if (figure is { } estimatedAt && chain.Count > 1 && ClosingEstimates(sentence, estimatedAt, chain) is { } estimated) chain = estimated;
        // "the plan to withdraw about 4,500 soldiers that The Wall Street Journal reported last week", "Of the 11,900 personnel Esper
        // listed": a voice in a relative clause on the figure's own noun phrase gives that figure; one in a relative clause after
        // it that puts a figure of its own ("more than 4,000 sailors to a buildup that officials put at about 12,000") does not.
        if (figure is { } relativeAt && chain.Count > 0 && RelativeVoices(sentence, relativeAt, chain) is { } relative)
        {
            if (relative.Count == 0) return (null, []);
            chain = relative;
        }
        // "… told lawmakers that about 3,000 … had been sent, up from the 1,500 the agency reported last week, according to
        // lawmakers": a voice in a relative clause on a later figure's noun phrase gives that figure only, not one before it.
        else if (figure is { } earlierAt && chain.Count > 0 && WithoutVoicesOfLaterFigures(sentence, earlierAt, chain) is { } rest)
        {
            // So too where that voice is the sentence's only one ("The force is now about 3,000, well above the 1,200 the ministry
            // said were there"): the earlier figure has no voice, and a voice carried from elsewhere would not have it either.
            if (rest.Count == 0) return (null, []);
            chain = rest;
        }
        // "The Soviet government said that 13,310 … . The figures were given … by Gen. X": the person the next sentence names as
        // the figure's giver is its origin (Attribution.FigureGivers).
        if (figure is not null && FigureGiverNext(sentence, chain) is { } giver) chain = giver;
        // "France had about 1,500 troops in the country when President Macron announced their withdrawal": a voice that speaks only
        // in a clause of time, the figure outside it, is no voice of the figure; the figure is the writer's.
        if (figure is { } timeAt && chain.Count > 0 && SpeaksInTimeClauseOnly(sentence, timeAt, chain)) return (null, []);
        // "Although Freedonia had pledged 120 soldiers, Prime Minister X said that …": the conceded clause before the voice is the
        // writer's (Attribution.ConcessiveClauses).
        if (figure is { } concededAt && chain.Count > 0 && InConcessiveOpening(sentence, concededAt, chain)) return (null, []);
        // "Of the roughly 11,000 troops it sent, an estimated 4,000 had been killed, and British defence intelligence put the
        // total above 6,000": a voice that first speaks in a later clause, and does not close the sentence, speaks for its own
        // clause; the figure before it is the writer's, and takes no speaker from the sentences around it either.
        if (figure is { } figureAt && chain.Count > 0 && OnlyLaterClausesSpeak(sentence, figureAt, chain)) return (null, []);
        // "On Monday Trump had announced that … 25 000; at present some 34 500 are stationed.": a clause after a semicolon that
        // no voice of its own cites is the writer's background, unless it breaks the figure before it down or goes on with it.
        if (figure is { } semicolonAt && chain.Count > 0 && AfterSemicolonBackground(sentence, semicolonAt, chain)) return (null, []);
        // "The Pentagon has put the force at about 10,000, and the institute's reading allows for as many as 12,000": a coordinated
        // clause with its own subject and verb, after a voice that only put a figure, is the writer's (Attribution.Coordinated).
        if (figure is { } joinedAt && chain.Count > 0 && CoordinatedClauseBackground(sentence, joinedAt, chain)) return (null, []);
        // "About 700 Marines …, U.S. Northern Command said, joining the 2,000 … Trump federalized": a participle clause after the
        // speech verb, whose figure is no part of one before it, is the writer's background.
        if (figure is { } participleAt && chain.Count > 0 && TrailingParticipleBackground(sentence, participleAt, chain)) return (null, []);
        // "Mejia pledged at the weekend to keep his country's 302 troops in Iraq": the maker of a promise of its own troops
        // (Attribution.Promises).
        if (chain.Count == 0 && figure is { } promisedAt && PromiseMaker(sentence, promisedAt) is { } maker) chain = [maker];
        // "… 400 members … pic.twitter.com/… — Jane Doe (@janedoe) May 2, 2025": an embedded post's figures are its poster's (Attribution.EmbeddedPosts).
        if (chain.Count == 0 && PostChain(sentence) is { } posted) chain = posted;
        // "“There are already 11,000 of them in Kursk. We see more every week,” Zelensky said.": a figure inside a quotation
        // that closes in a later sentence is the words of the speaker named after it closes, not of the sentence before.
        if (chain.Count == 0 && sentence.Paragraph > 0 && QuotationSpeaker(sentence, figure?.Start ?? sentence.Start) is { } quoted) chain = quoted;
        // "… hundreds of soldiers were killed. … we have 60 thousand troops there - Zelensky said.": translated copy's quotation
        // with no marks, closed by a dash and its speaker at the paragraph's end (Attribution.DashQuotations).
        else if (chain.Count == 0 && sentence.Paragraph > 0 && DashQuotationSpeaker(sentence) is { } dashed) chain = dashed;
        // "“In April the agency judged that at least 600 had been killed. It now puts the number at around 2,000,” Lee said.": a
        // voice that the speaker's quotation names, in a sentence before the one that closes it, speaks through that speaker.
        else if (chain.Count > 0 && sentence.Paragraph > 0 && QuotationSpeaker(sentence, figure?.Start ?? sentence.Start) is { Count: > 0 } quoting
            && !chain.Exists(r => r.IsPerson && !r.IsPronoun) && quoting.FindAll(q => !HasName(chain, q.Name)) is { Count: > 0 } relays) chain = [.. chain, .. relays];
        // "14:05 GMT / Zelenskyy: Russia has massed 50,000 troops near Kursk": a heading's speaker before its colon, named in
        // full by the entry's text below it ("President Volodymyr Zelenskyy said …").
        if (chain.Count == 0 && HeadingSpeaker(sentence) is { } heading) chain = heading;
        // "… . The statement further claimed that at least three …": a release named again speaks with its earlier sentence's voice.
        if (chain.Count == 0 && ReleaseAgain(sentence) is { } release) chain = release;
        // "MAJOR GENERAL HANK TAYLOR: Good afternoon, everybody. First, the footprint in Kabul is approximately 5,800 troops.": a
        // transcript's speaker label speaks for what follows it up to the next label, as a release's heading does (DevSet header).
        if (chain.Count == 0 && TranscriptSpeaker(sentence) is { } transcript) chain = transcript;
        // "About 4,000 troops remain near the border. That is according to …": the next sentence, which refers back to the
        // figure, gives it its speaker, before any earlier sentence does (and across a paragraph's end).
        // Not where the sentence's own speaker is a voice the kit cannot name ("…, officials said. According to CNN, the total …").
        var ownVoice = unknownSpeakers.Contains(sentence.Index);
        // "About 1,200 soldiers are estimated to remain. That is according to …": unnamed estimates give way to the next sentence
        // that names whose they are.
        if (chain is [{ Name: DocumentFinder.UnnamedEstimates }] && sentence.Paragraph > 0 && ReferringBack(sentence.Index + 1, sentence) is { } whose) chain = whose;
        if (chain.Count == 0 && !ownVoice && sentence.Paragraph > 0 && ReferringBack(sentence.Index + 1, sentence) is { } next) chain = next;
        // "About 1,200 … were killed, officials said. The figure was released by the Joint Chiefs of Staff": a voice the kit cannot
        // name gives way to the next sentence only where that sentence opens on the figure ("The figure was released by", "That is
        // according to") or names the act that gave it out ("X disclosed the figure", "X said so"); a figure noun further in
        // ("According to CNN, the total …") is as often a count of the new speaker's own.
        else if (chain.Count == 0 && ownVoice && sentence.Paragraph > 0 && ReferringBack(sentence.Index + 1, sentence, opensOnFigure: true) is { } named) chain = named;
        // "About 3,000 … may reach the front. They will reinforce assault units. This was stated by …": an item's closing
        // sentence refers back past one that cites no one, in the same paragraph. Opening the next paragraph, only a sentence
        // that names the news with the act that gave it out ("… approved the deployment of about 100 soldiers. The move comes
        // amid … ¶ Defence Secretary X confirmed the deployment, …"); a figure noun there ("according to the figures of …")
        // is as often a count of the new paragraph's own.
        if (chain.Count == 0 && !ownVoice && sentence.Paragraph > 0 && sentence.Index + 2 < document.Sentences.Count
            && document.Sentences[sentence.Index + 1].Paragraph == sentence.Paragraph && chains[sentence.Index + 1].Count == 0
            && document.Sentences[sentence.Index + 2].Paragraph - sentence.Paragraph is var paragraphs and (0 or 1)
            && ReferringBack(sentence.Index + 2, sentence, actsOnly: paragraphs == 1) is { } later) chain = later;
        // A sentence that cites no one is the writer's ("… , the coalition said. Almost 200 foreign soldiers have been killed this
        // year."), unless it goes on with the statement before it in its paragraph: a speaker the kit cannot name ("…, the source
        // added", "it said"), the figure before it ("About 800 of them are in Goma"), a quotation ("“We lost 12 soldiers.”"), or
        // a statement that the sentence before announced ("X gave new figures on Wednesday.").
        // "North Korea is believed to have sent 11,000 troops": the writer's own hedge never goes on with one.
        // "…, Esper said. Some 6,400 are to return home and about 5,600 will shift …": a sentence that breaks the figure just
        // cited down goes on with it, in a lead paragraph too.
        // "Around 1,000 of them are believed to have been killed", "According to him, nine of the dead …": a sentence that links
        // back to the statement before goes on with it, hedged too, and also where wire copy starts a new paragraph with it after
        // the speaker's sentence; a part ("of them") only of the figure of the sentence right before it.
        // So does one that breaks down the figure that closed the paragraph before ("…, Esper said. / Some 6,400 are to return home …").
        // Not for a force it sets beside the statement's figure ("Some of these fighters took part alongside …"; SetBeside).
        var link = sentence.Paragraph > 0 ? LinksBack(sentence) : Link.None;
        var acrossParagraph = link != Link.None || sentence.Index > 0 && document.Sentences[sentence.Index - 1] is var last
            && last.Paragraph > 0 && last.Paragraph < sentence.Paragraph && BreaksDown(sentence.Start, sentence.End, last.Start, last.End);
        // "“We have 500 there.¶“Another 300 are on their way. …”": a quotation that runs on from the paragraph before is still
        // the words of the speaker there, in any sentence of it.
        var quoteFrom = chain.Count == 0 && sentence.Paragraph > 0 ? QuotationOpenedIn(sentence) : sentence.Paragraph;
        if (chain.Count == 0 && (link != Link.None || !closing.ImpersonalHedges.Any(document.Text, sentence.Start, sentence.End)))
            // quoteFrom is the sentence's own paragraph or one before it, so ">= quoteFrom" takes in the sentence's paragraph too.
            for (var k = sentence.Index - 1; k >= 0 && (document.Sentences[k].Paragraph >= quoteFrom
                || acrossParagraph && k == sentence.Index - 1 && document.Sentences[k].Paragraph == sentence.Paragraph - 1 && document.Sentences[k].Paragraph > 0); k--)
            {
                if (link == Link.Part && k < sentence.Index - 1) break;
                if (chains[k].Count > 0)
                {
                    var before = document.Sentences[k];
                    if ((sentence.Paragraph > 0 && (GoesOn(sentence) || Announces(before))
                        || k == sentence.Index - 1 && BreaksDown(sentence.Start, sentence.End, before.Start, before.End))
                        && !(figure is { } counted && SetBeside(sentence, counted))) chain = chains[k];
                    break;
                }
            }
        // "Statement by Pentagon Press Secretary X:" above the text: its sentences that cite no one are X's words.
        if (chain.Count == 0 && statementSpeaker is { } stated && sentence.Index > statementHeading) chain = [stated];
        // "Source: Yonhap, citing MP Yu Yong-won" under a piece's lead: its statements came through that line's outlets.
        if (ThroughSourceLine(sentence, chain) is { } through) chain = through;
        if (chain.Count == 0) return (null, []);
        // "The Saudi-led coalition said in a statement carried by the Saudi Press Agency that …": an outlet that only carried
        // (carrier_cues) the statement of a speaker the kit does not know passes it on; it is no origin.
        // "…, the source told Xinhua", "the command of the United States army informed AFP", "…, has indicated to Le Monde a source
        // close to the Elysée": an outlet told by a voice the kit does not know is its via, no origin (DevSet header, Audience); one
        // whose verb stands right after the comma and that closes the sentence, with no voice before or after it, is an inverted
        // speaker of translated copy ("…, informed the economic daily Globes.") and speaks.
        // "…, a military source said. …, the source told Xinhua": a voice named again by its noun is the one named before (Anaphors).
        if (chain.All(r => r.Role == CitationRole.Audience) && (Carried(sentence, chain[0].Span) || chain.TrueForAll(IsMedia) && ToldByUnknown(sentence, chain[0].Span)))
            return (NamedAgain(sentence, chain[0].Span)?.Name, chain.Select(r => r.Name).Distinct().ToArray());
        // Speakers named together with the origin ("according to U.S. and South Korean officials", "Seoul, Washington and
        // Kyiv all say") say it with it: they are no link of its chain, which runs through those it was passed to. A news
        // agency, state-run too, is such a link ("RIA quoted Ambassador Bikantov as saying").
        // "A senior U.S. defense official said … that Washington had counted several hundred casualties": a state that the speaker
        // before it reports for its own country speaks through that speaker, who is the origin, as "Ukraine said" by a Ukrainian
        // official is; another body it reports ("Ghai said the Pakistani Army had acknowledged") stays the origin.
        if (OwnStateReported(sentence, chain)) chain = chain[1..];
        // "…, Shoigu said, according to Censor.NET, citing Interfax": an outlet that an outlet cites only passed on what a voice of
        // the sentence said: that voice is the origin, the cited outlet its first link.
        if (chain is [{ Role: CitationRole.Informant } cited, ..] && IsMedia(cited)
            && chain.FindIndex(1, r => r.Role == CitationRole.Speaker && !IsMedia(r) && !r.IsPronoun) is > 0 and var voice)
            chain = [chain[voice], cited, .. chain.Where((r, k) => k != 0 && k != voice)];
        // "As Interfax-Ukraine reported earlier, the UK Ministry of Defence said …" on Interfax-Ukraine's page: its own earlier report
        // is no relay (Attribution.OwnOutlet).
        if (WithoutOwnOutlet(sentence, chain) is { } unrelayed) chain = unrelayed;
        var together = 1;
        while (together < chain.Count && chain[together].Role == CitationRole.Speaker && !IsMedia(chain[together])
            && chain[together - 1].Role == CitationRole.Speaker && !Relays(sentence, figure, chain[together], chain[together - 1])
            && (Coordinated(chain[together - 1], chain[together]) || SerialListed(chain[together - 1], chain[together], refs[sentence.Index]))) together++;
        var names = chain.Select(r => r.Name).Distinct().ToList();
        var via = chain.Skip(together).Select(r => r.Name).Where(n => n != names[0]).Distinct().ToArray();
        return (names[0], via);
    }

    // "Rep. Lee told reporters … that the NIS put the total at 15,000", "Ghai also said the Pakistani Army had acknowledged that
    // 35 to 40 …": a speaker before the origin, whose words hold it and the figure after it, relays it (the NIS via Lee), however
    // near the two stand. Not one that refuses or denies what the origin says ("China rejected as groundless Kyiv's claim that 155 …",
    // "X told CamboJA News the ministry had not verified Thai army reports that 18 …"), nor
    // one whose own clause holds the figure ("Ukraine has identified 39 …, a Ukrainian lawmaker said").
    private bool Relays(Sentence sentence, TextSpan? figure, SourceRef relay, SourceRef origin)
    {
        if (figure is not { } at || relay.Span.End > origin.Span.Start || relay.Span.Start < sentence.Start || origin.Span.End > at.Start) return false;
        var between = document.Text.AsSpan(relay.Span.End, origin.Span.Start - relay.Span.End);
        if (between.IndexOfAnyInRange('0', '9') >= 0) return false;
        var betweenWords = Words(between.ToString());
        foreach (var word in betweenWords)
            if (closing.Disavowals.Contains(word)) return false;
        // The relay speaks: a speech or citing verb between the two ("Haftar's army", "N. Korean troops: Seoul says", "Eritrea's
        // information minister, Yemane" hold none), and the origin's words run on through "that" ("told reporters … that the NIS",
        // "said the army had acknowledged that 35"). An origin that "put" the figure puts it "at" it ("put the number at 1,000";
        // "said that Australia had put 1,200 personnel on standby" is Australia's act, not its estimate).
        var speaks = false;
        foreach (var word in betweenWords)
            speaks |= closing.Verbs.Contains(word) || closing.CitingVerbs.Contains(word);
        if (!speaks) return false;
        var after = Words(document.Text[origin.Span.End..at.Start]);
        var put = after.FindIndex(closing.RelayEstimateVerbs.Contains);
        if (put >= 0) return after.Skip(put + 1).Any(closing.RelayEstimateLinks.Contains);
        return betweenWords.Concat(after).Any(closing.RelayLinks.Contains) || NestedSpeech(betweenWords, after);
    }

    // "Kim said the agency's officials said 900 …", "Kim, who sits on the committee, said the agency estimates 900 …": a
    // speaker whose verb the origin's name follows right away (an article between them at most), the origin's own verb of
    // speech right after that name, relays it as "said that" would; the reported clause needs no "that" to be his words.
    private bool NestedSpeech(List<string> between, List<string> after)
    {
        var last = between.Count - 1;
        if (last >= 0 && closing.AnaphoricArticles.Contains(between[last])) last--;
        if (last < 0 || !closing.Verbs.Contains(between[last])) return false;
        var v = 0;
        while (v < after.Count && closing.Auxiliaries.Contains(after[v])) v++;
        return v < after.Count && closing.Verbs.Contains(after[v]);
    }

    // The chain a figure takes from relative clauses of voices after it, or null when none applies: the voice right after the
    // figure's noun phrase (at most six words, no mark, no coordinating word between; "that" or "which" may open the clause)
    // followed by its verb (closing_verbs or relay_estimate_verbs, after at most three auxiliaries or time words, and not
    // before "that", which would make it a main clause) is the figure's only voice; voices that open a relative clause
    // ("that officials put", not "said that officials") with a figure of their own after them are dropped.
    private List<SourceRef>? RelativeVoices(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        List<SourceRef>? kept = null;
        foreach (var r in chain)
        {
            if (r.Span.Start < figure.End || r.Span.End > sentence.End || r.Role != CitationRole.Speaker) continue;
            var between = text.AsSpan(figure.End, r.Span.Start - figure.End);
            if (between.IndexOfAnyInRange('0', '9') >= 0 || between.IndexOfAny(",;:()\"“”.") >= 0) continue;
            var words = Words(between.ToString());
            if (words.Count > 6 || words.Exists(w => closing.TimeClauseOpeners.Contains(w) || w is "and" or "but" or "or" or "while" or "as" or "whereas")) continue;
            var after = Words(text[r.Span.End..sentence.End]);
            var v = 0;
            // An adverb in -ly before the verb ("that the spokesman publicly acknowledged") too.
            while (v < after.Count && v < 3 && (closing.Auxiliaries.Contains(after[v]) || after[v] is "last" or "earlier" or "this" or "week" or "month" or "year" or "on" or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
                || after[v].Length > 4 && after[v].EndsWith("ly", StringComparison.Ordinal) && char.IsLower(after[v][0]))) v++;
            if (v >= after.Count || !(closing.Verbs.Contains(after[v]) || closing.RelayEstimateVerbs.Contains(after[v]))) continue;
            if (v + 1 < after.Count && after[v + 1] == "that") continue;
            var relative = words.Count > 0 && words[^1] is "that" or "which";
            var figureAfter = text.AsSpan(r.Span.End, sentence.End - r.Span.End).IndexOfAnyInRange('0', '9') >= 0;
            // "a buildup that officials put at about 12,000": the figure after the voice is its own.
            if (relative && figureAfter && words.Count >= 2 && !closing.Verbs.Contains(words[^2])) { kept ??= [.. chain]; kept.Remove(r); continue; }
            if (!figureAfter || !closing.RelayEstimateVerbs.Contains(after[v])) return [r];
        }
        return kept;
    }

    // The chain without the voices that RelativeVoices gives to a figure standing between `figure` and them, or null when none.
    private List<SourceRef>? WithoutVoicesOfLaterFigures(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        List<SourceRef>? kept = null;
        foreach (var r in chain)
        {
            if (r.Span.Start <= figure.End || r.Span.End > sentence.End) continue;
            var digit = text.AsSpan(figure.End, r.Span.Start - figure.End).LastIndexOfAnyInRange('0', '9');
            if (digit < 0) continue;
            var later = new TextSpan(figure.End + digit + 1, figure.End + digit + 1);
            // The voice may stand first as the informant a briefing made of it (ExtendOrigins): it is read as the speaker it was.
            if (RelativeVoices(sentence, later, [r with { Role = CitationRole.Speaker }]) is [_]) (kept ??= [.. chain]).RemoveAll(k => k.Name == r.Name);
        }
        return kept;
    }

    // The chain without the voices that stand after the figure in a relative clause ("which", "a claim that") whose verb refuses
    // what the sentence says (refusal_verbs: "which the president dismissed", "which Moscow denied"); null when none does.
    private List<SourceRef>? RefusingRelative(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        List<SourceRef>? kept = null;
        foreach (var r in chain)
        {
            if (r.Span.Start < figure.End || r.Span.End > sentence.End) continue;
            var before = Words(text[figure.End..r.Span.Start]);
            var which = before.LastIndexOf("which");
            if (which < 0 || before.Count - which > 3) continue;
            var after = Words(text[r.Span.End..sentence.End]);
            var v = 0;
            while (v < after.Count && v < 2 && closing.Auxiliaries.Contains(after[v])) v++;
            if (v >= after.Count || !closing.Disavowals.Contains(after[v])) continue;
            kept ??= [.. chain];
            kept.Remove(r);
        }
        return kept;
    }

    // Whether every voice of the chain that stands in the sentence is the subject of one clause of time (an opener of
    // time_clause_openers, at most four words before the voice, no mark between, the clause running to the next comma, semicolon
    // or colon), and the figure stands outside that clause.
    private bool SpeaksInTimeClauseOnly(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        (int Start, int End)? clause = null;
        var any = false;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End) continue;
            any = true;
            var opener = TimeOpenerBefore(sentence.Start, r.Span.Start);
            if (opener < 0) return false;
            var end = ClauseMarkAfter(r.Span.End, sentence.End);
            var span = (opener, end < 0 ? sentence.End : end);
            if (clause is { } c && c != span) return false;
            clause = span;
        }
        return any && clause is { } found && (figure.End <= found.Start || figure.Start >= found.End);
    }

    // Where a time_clause_openers word stands at most four words before `at` in its sentence, with no mark between; else -1.
    private int TimeOpenerBefore(int sentenceStart, int at)
    {
        var text = document.Text;
        var i = at;
        for (var words = 0; words < 5; words++)
        {
            while (i > sentenceStart && text[i - 1] == ' ') i--;
            var end = i;
            while (i > sentenceStart && char.IsLetter(text[i - 1])) i--;
            if (i == end) return -1;
            if (closing.TimeClauseOpeners.Contains(text[i..end])) return i;
        }
        return -1;
    }

    // Whether a voice that told the outlet stands in its clause: words that are no auxiliary or reporting verb open it (from the
    // last comma, or the sentence's start, before the outlet), or words follow the outlet (the inverted voice).
    private bool ToldByUnknown(Sentence sentence, TextSpan outlet)
    {
        var text = document.Text;
        // An outlet named in another sentence (an informant named elsewhere) stands in no clause of this one.
        if (outlet.Start < sentence.Start || outlet.End > sentence.End) return false;
        var comma = outlet.Start > sentence.Start ? text.LastIndexOf(',', outlet.Start - 1, outlet.Start - sentence.Start) : -1;
        var words = Words(text[(comma < 0 ? sentence.Start : comma + 1)..outlet.Start]);
        var first = words.FindIndex(w => !closing.Auxiliaries.Contains(w));
        return first >= 0 && !closing.Verbs.Contains(words[first]) || Words(text[outlet.End..sentence.End]).Count > 0;
    }

    private bool Carried(Sentence sentence, TextSpan outlet)
    {
        var at = outlet.Start;
        if (closing.CarrierArticles.StartOfPhraseBefore(document.Text, sentence.Start, at) is var article and >= 0) at = article;
        return at > sentence.Start && closing.CarrierCues.StartOfPhraseBefore(document.Text, sentence.Start, at) >= 0;
    }

    // Whether the chain's origin is a bare state (a country or its capital: its name is its country) that a speaker of the same
    // country, before it in the sentence and no outlet, reports.
    private bool OwnStateReported(Sentence sentence, List<SourceRef> chain) =>
        chain.Count > 1 && chain[0] is { Role: CitationRole.Speaker, IsPerson: false, Country: { } state } inner && inner.Name == state
        && chain[1] is { Role: CitationRole.Speaker, Country: { } outerCountry } outer && outerCountry == state && outer.Name != state && !IsMedia(outer)
        && outer.Span.Start >= sentence.Start && outer.Span.End <= inner.Span.Start && inner.Span.End <= sentence.End;

    // The words of a stretch of text (letters and apostrophes), in order.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’')) i++;
            if (i > start) words.Add(text[start..i]); else i++;
        }
        return words;
    }
}
