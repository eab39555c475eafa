namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

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

    /// <summary>The words attribution reads, from a lexicon: the verbs that close a sentence after its figure
    /// ("…, lawmaker Park said."; <c>closing_verbs</c>), the words that may come before them (<c>closing_auxiliaries</c>:
    /// "has", "also"), where a sentence turns to another clause (<c>clause_breaks</c>: ", while", ";"), how a sentence
    /// refers back to the figure before it (<c>back_reference_openers</c> at its start: "That is according to …";
    /// <c>figure_references</c> anywhere: "… said the figure"), and the words that say which kind of body a description
    /// stands for (<c>description_intelligence_modifiers</c>: "the spy agency"; <c>description_outlet_modifiers</c>: "the
    /// news agency"), the writer's own hedges that cite no one (<c>impersonal_hedges</c>: "is believed to"), and the links
    /// that make a name the place of the speaker before it (<c>speaker_place_links</c>: "the UN mission in Mali said"), and what makes a
    /// sentence that cites no one go on with the statement before it (<c>statement_verbs</c>, <c>continuation_links</c>: "of them"), or
    /// the one before announce it (<c>release_verbs</c> and <c>statement_nouns</c>, <c>released_things</c>: "gave new figures"), and what
    /// a heading's words before its colon are (<c>office_words</c>: "Kremlin spokesman:"; <c>heading_labels</c>, no speaker: "Explainer:";
    /// <c>statement_titles</c>: "Statement by …:"; <c>place_prepositions</c>: "Kursk:" over "in the Kursk region"), and the words after a
    /// number with no noun of its own that break the figure before it down (<c>breakdown_verbs</c>: "Some 6,400 are to return home").</summary>
    public sealed record Cues(IReadOnlySet<string> Verbs, IReadOnlySet<string> Auxiliaries, PhraseMatcher ClauseBreaks, PhraseMatcher BackReferences,
        IReadOnlySet<string> IntelligenceModifiers, IReadOnlySet<string> OutletModifiers, Countries Countries, PhraseMatcher ImpersonalHedges,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLinks, PhraseMatcher Continuations, PhraseMatcher Announcements,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeWords, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadingLabels,
        IReadOnlyList<string> StatementTitles, IReadOnlyList<string> PlacePrepositions, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakdownVerbs,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentStateVerbs, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BackgroundParticiples,
        Quantities Quantities)
    {
        public static Cues Of(Lexicon lexicon) =>
            new(lexicon.Words("closing_verbs").ToHashSet(StringComparer.Ordinal), lexicon.Words("closing_auxiliaries").ToHashSet(StringComparer.Ordinal),
                PhraseMatcher.Of(lexicon, ["clause_breaks"]), PhraseMatcher.Of(lexicon, [BackOpeners, FigureReferences]),
                lexicon.Words("description_intelligence_modifiers").ToHashSet(StringComparer.OrdinalIgnoreCase),
                lexicon.Words("description_outlet_modifiers").ToHashSet(StringComparer.OrdinalIgnoreCase), Countries.For(lexicon),
                PhraseMatcher.Of(lexicon, ["impersonal_hedges"]), lexicon.Words("speaker_place_links").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                PhraseMatcher.Of(lexicon, ["statement_verbs", ContinuationLinks]), PhraseMatcher.Of(lexicon, [ReleaseVerbs, "statement_nouns", "released_things"]),
                lexicon.Words("office_words").ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
                lexicon.Words("heading_labels").ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
                lexicon.Words("statement_titles").ToArray(), lexicon.Words("place_prepositions").ToArray(),
                lexicon.Words("breakdown_verbs").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                lexicon.Words("present_state_verbs").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                lexicon.Words("background_participles").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                Quantities.For(lexicon));
    }

    private const string BackOpeners = "back_reference_openers", FigureReferences = "figure_references";

    public Attribution(Document document, IReadOnlyList<IReadOnlyList<SourceRef>> refsBySentence, Cues closing)
    {
        this.document = document;
        this.closing = closing;
        refs = refsBySentence.Select(r => r.ToList()).ToArray();
        OneSpelling();
        // Before any country is lent or taken: the place of a speaker ("the UN mission in Mali said") is no state voice.
        PlacesOfSpeakers();
        InheritCountries();
        UnnamedVoicesCountries();
        // Before pronouns are resolved: "the defence minister" below a heading's name is that name, not an earlier source.
        HeadingHolders();
        ResolvePronouns();
        chains = refs.Select((list, i) => Chain(list, document.Sentences[i])).ToArray();
        ExpandGroups();
        ExtendOrigins();
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
    /// own ("10,000 …, the White House said, while Zelenskyy warned that 12,000 …"), the speakers of the figure's clause.
    /// </summary>
    public (string? Origin, IReadOnlyList<string> Via) For(Sentence sentence, TextSpan? figure)
    {
        var chain = chains[sentence.Index];
        if (figure is { } at && chain.Count > 1 && ClauseChain(sentence, at, chain) is { } own) chain = own;
        // "Of the roughly 11,000 troops it sent, an estimated 4,000 had been killed, and British defence intelligence put the
        // total above 6,000": a voice that first speaks in a later clause, and does not close the sentence, speaks for its own
        // clause; the figure before it is the writer's, and takes no speaker from the sentences around it either.
        if (figure is { } figureAt && chain.Count > 0 && OnlyLaterClausesSpeak(sentence, figureAt, chain)) return (null, []);
        // "On Monday Trump had announced that … 25 000; at present some 34 500 are stationed.": a clause after a semicolon that
        // no voice of its own cites is the writer's background, unless it breaks the figure before it down or goes on with it.
        if (figure is { } semicolonAt && chain.Count > 0 && AfterSemicolonBackground(sentence, semicolonAt, chain)) return (null, []);
        // "About 700 Marines …, U.S. Northern Command said, joining the 2,000 … Trump federalized": a participle clause after the
        // speech verb, whose figure is no part of one before it, is the writer's background.
        if (figure is { } participleAt && chain.Count > 0 && TrailingParticipleBackground(sentence, participleAt, chain)) return (null, []);
        // "“There are already 11,000 of them in Kursk. We see more every week,” Zelensky said.": a figure inside a quotation
        // that closes in a later sentence is the words of the speaker named after it closes, not of the sentence before.
        if (chain.Count == 0 && sentence.Paragraph > 0 && QuotationSpeaker(sentence, figure?.Start ?? sentence.Start) is { } quoted) chain = quoted;
        // "14:05 GMT / Zelenskyy: Russia has massed 50,000 troops near Kursk": a heading's speaker before its colon, named in
        // full by the entry's text below it ("President Volodymyr Zelenskyy said …").
        if (chain.Count == 0 && HeadingSpeaker(sentence) is { } heading) chain = heading;
        // "About 4,000 troops remain near the border. That is according to …": the next sentence, which refers back to the
        // figure, gives it its speaker, before any earlier sentence does (and across a paragraph's end).
        if (chain.Count == 0 && sentence.Paragraph > 0 && ReferringBack(sentence.Index + 1) is { } next) chain = next;
        // "About 3,000 … may reach the front. They will reinforce assault units. This was stated by …": an item's closing
        // sentence refers back past one that cites no one, in the same paragraph.
        if (chain.Count == 0 && sentence.Paragraph > 0 && sentence.Index + 2 < document.Sentences.Count
            && document.Sentences[sentence.Index + 1].Paragraph == sentence.Paragraph && chains[sentence.Index + 1].Count == 0
            && document.Sentences[sentence.Index + 2].Paragraph == sentence.Paragraph && ReferringBack(sentence.Index + 2) is { } later) chain = later;
        // A sentence that cites no one is the writer's ("… , the coalition said. Almost 200 foreign soldiers have been killed this
        // year."), unless it goes on with the statement before it in its paragraph: a speaker the kit cannot name ("…, the source
        // added", "it said"), the figure before it ("About 800 of them are in Goma"), a quotation ("“We lost 12 soldiers.”"), or
        // a statement that the sentence before announced ("X gave new figures on Wednesday.").
        // "North Korea is believed to have sent 11,000 troops": the writer's own hedge never goes on with one.
        // "…, Esper said. Some 6,400 are to return home and about 5,600 will shift …": a sentence that breaks the figure just
        // cited down goes on with it, in a lead paragraph too.
        if (chain.Count == 0 && !closing.ImpersonalHedges.Any(document.Text, sentence.Start, sentence.End))
            for (var k = sentence.Index - 1; k >= 0 && document.Sentences[k].Paragraph == sentence.Paragraph; k--)
                if (chains[k].Count > 0)
                {
                    var before = document.Sentences[k];
                    if (sentence.Paragraph > 0 && (GoesOn(sentence) || Announces(before))
                        || k == sentence.Index - 1 && BreaksDown(sentence.Start, sentence.End, before.Start, before.End)) chain = chains[k];
                    break;
                }
        // "Statement by Pentagon Press Secretary X:" above the text: its sentences that cite no one are X's words.
        if (chain.Count == 0 && statementSpeaker is { } stated && sentence.Index > statementHeading) chain = [stated];
        if (chain.Count == 0) return (null, []);
        // Speakers named together with the origin ("according to U.S. and South Korean officials", "Seoul, Washington and
        // Kyiv all say") say it with it: they are no link of its chain, which runs through those it was passed to. A news
        // agency, state-run too, is such a link ("RIA quoted Ambassador Bikantov as saying").
        var together = 1;
        while (together < chain.Count && chain[together].Role == CitationRole.Speaker && !IsMedia(chain[together])
            && chain[together - 1].Role == CitationRole.Speaker
            && Coordinated(chain[together - 1], chain[together])) together++;
        var names = chain.Select(r => r.Name).Distinct().ToList();
        var via = chain.Skip(together).Select(r => r.Name).Where(n => n != names[0]).Distinct().ToArray();
        return (names[0], via);
    }

    // Whether the sentence goes on with a statement before it: it opens a quotation, names a statement's verb, or links its
    // first clause back (continuation_links: "About 800 of them are in Goma"; not "…, most of them in the northeast", which
    // counts its own figure).
    private bool GoesOn(Sentence sentence)
    {
        var text = document.Text;
        for (var i = sentence.Start; i < sentence.End && !char.IsLetterOrDigit(text[i]); i++)
            if (QuoteState(text[i], false)) return true;
        foreach (var hit in closing.Continuations.Find(text, sentence.Start, sentence.End))
            if (hit.Label != ContinuationLinks || text.AsSpan(sentence.Start, hit.Span.Start - sentence.Start).IndexOfAny(",;—–") < 0) return true;
        return false;
    }

    private const string ContinuationLinks = "continuation_links";

    // Whether the text from `from` to `end` opens (within its first three words) on a number that has no noun of its own (a
    // breakdown verb follows it: "Some 6,400 are to return home") and is smaller than a number between `wholeStart` and
    // `wholeEnd`, the figure it is a part of ("at present some 34 500 are stationed" after "reduced to 25 000" is none; a year,
    // "said in 2024 that", is no figure). The numbers are the kit's quantities, scales read ("1.2 million", "300.000").
    private bool BreaksDown(int from, int end, int wholeStart, int wholeEnd)
    {
        var text = document.Text;
        var i = from;
        for (var words = 0; i < end; words++)
        {
            while (i < end && !char.IsLetterOrDigit(text[i])) i++;
            if (i == end || words == 3) return false;
            if (char.IsAsciiDigit(text[i])) break;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’')) i++;
        }
        if (i == end || QuantityAt(i, end) is not { Value: { } part } quantity) return false;
        var j = quantity.Core.End;
        while (j < end && text[j] == ' ') j++;
        var k = j;
        while (k < end && char.IsLetter(text[k])) k++;
        if (k == j || !closing.BreakdownVerbs.Contains(text.AsSpan(j, k - j))) return false;
        return LargerBefore(wholeStart, wholeEnd, part);
    }

    // The quantity whose number starts at `at`, read in text[at..end).
    private Quantity? QuantityAt(int at, int end)
    {
        foreach (var q in closing.Quantities.Find(document.Text, at, end))
            if (q.Core.Start == at) return q;
        return null;
    }

    // Whether text[start..end) writes a number larger than `value`, years aside ("said in 2024 that").
    private bool LargerBefore(int start, int end, double value)
    {
        foreach (var q in closing.Quantities.Find(document.Text, start, end))
            if (q.Value is { } n && n > value && q is not { Value: >= 1900 and <= 2100, HasScaleOrSeparator: false }) return true;
        return false;
    }

    // Whether the figure stands, within its first words, in a clause that a participle opens right after the speech verb
    // that closes the clause before it ("…, U.S. Northern Command said, joining the 2,000 …"), outside a quotation, without
    // a link back, and is no part of a figure before the comma ("…, Gov. Abbott announced, beginning with about 300 right
    // away" after "1,000" is one).
    private bool TrailingParticipleBackground(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        if (figure.Start <= sentence.Start) return false;
        var comma = text.LastIndexOf(',', figure.Start - 1, figure.Start - sentence.Start);
        if (comma < 0 || comma + 2 >= figure.Start || text[comma + 1] != ' ') return false;
        // The participle right after the comma, at most three words before the number.
        var i = comma + 2;
        var j = i;
        while (j < figure.Start && char.IsLower(text[j])) j++;
        // Only one that adds the figure to a force already there (background_participles: "joining"); "estimating 12,000 are
        // now in Kursk", "including 1,000 killed", "citing 8,000" go on with what was said.
        if (!closing.BackgroundParticiples.Contains(text.AsSpan(i, j - i)) || text.AsSpan(j, figure.Start - j).Count(' ') > 3) return false;
        // The voice closes the clause before the comma ("…, U.S. Northern Command said, joining …"); a participle inside what
        // it reports ("NATO said that the first 200 … had arrived, joining 400 … already there") is its words.
        SourceRef? last = null;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End) continue;
            if (r.Span.End > comma) return false;
            if (last is null || r.Span.End > last.Span.End) last = r;
        }
        if (last is null || !SaidToTheEnd(text.AsSpan(last.Span.End, comma - last.Span.End))) return false;
        var open = false;
        for (var k = sentence.Start; k < comma; k++) open = QuoteState(text[k], open);
        if (open || closing.Continuations.Any(text, comma + 1, sentence.End)) return false;
        foreach (var hit in closing.BackReferences.Find(text, comma + 1, sentence.End))
            if (hit.Label == FigureReferences) return false;
        double? value = null;
        foreach (var q in closing.Quantities.Find(text, comma + 1, sentence.End))
            if (q.Core.Start >= figure.Start && q.Core.Start < figure.End) { value = q.Value; break; }
        return value is { } v && !LargerBefore(sentence.Start, comma, v);
    }

    // Whether the figure stands in a clause after a semicolon that every voice of its sentence precedes, outside a
    // quotation, without a link back (to the statement or to its figure) or a breakdown of the figure before it.
    private bool AfterSemicolonBackground(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        if (figure.Start <= sentence.Start) return false;
        var semicolon = text.LastIndexOf(';', figure.Start - 1, figure.Start - sentence.Start);
        if (semicolon < 0) return false;
        var any = false;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End) continue;
            if (r.Span.End > semicolon) return false;
            any = true;
        }
        if (!any) return false;
        var open = false;
        for (var i = sentence.Start; i < semicolon; i++) open = QuoteState(text[i], open);
        if (open) return false;
        if (closing.Continuations.Any(text, semicolon + 1, sentence.End)) return false;
        // "…, a U.S. official said; by the end of the month the number had risen to 10,000": the clause goes on with the figure.
        foreach (var hit in closing.BackReferences.Find(text, semicolon + 1, sentence.End))
            if (hit.Label == FigureReferences) return false;
        return NotInThePast(semicolon + 1, sentence.End) && !BreaksDown(semicolon + 1, sentence.End, sentence.Start, semicolon);
    }

    // Whether the first verb of text[from..end) among present_state_verbs and breakdown_verbs is in the present ("the
    // Pentagon's aim is", "some 34 500 are stationed"), not the past or a modal ("40 more were wounded", "would follow"); a
    // clause with neither ("about 2,000 Polish soldiers guard the border") stays the writer's.
    private bool NotInThePast(int from, int end)
    {
        var text = document.Text;
        for (var i = from; i < end; i++)
        {
            if (!char.IsLetter(text[i]) || i > from && char.IsLetterOrDigit(text[i - 1])) continue;
            var j = i;
            while (j < end && char.IsLetter(text[j])) j++;
            var word = text.AsSpan(i, j - i);
            if (closing.PresentStateVerbs.Contains(word)) return true;
            if (closing.BreakdownVerbs.Contains(word)) return false;
            i = j;
        }
        return true;
    }

    // "Ukrainian officials gave new figures on Wednesday. Around 1,000 …": a sentence that gives out a statement (a release
    // verb, then what it released: "gave new figures", "released an update") announces the figures of the sentences after it.
    // What it released is its object, a few words after the verb: "gave new figures", "published its annual assessment"; not a
    // word of a later clause ("has released 2,000 of the … soldiers …, chief Pentagon spokesman Sean Parnell said").
    private bool Announces(Sentence sentence)
    {
        var released = -1;
        foreach (var hit in closing.Announcements.Find(document.Text, sentence.Start, sentence.End))
            if (hit.Label == ReleaseVerbs) released = hit.Span.End;
            else if (released >= 0 && Object(document.Text.AsSpan(released, Math.Max(0, hit.Span.Start - released)))) return true;
        return false;

        static bool Object(ReadOnlySpan<char> between)
        {
            if (between.ContainsAny(",;:")) return false;
            var words = 0;
            foreach (var range in between.Split(' '))
                if (between[range].Length > 0 && ++words > ObjectWords) return false;
            return true;
        }
    }

    // "published its latest annual assessment": the words between a release verb and what it released.
    private const int ObjectWords = 3;

    private const string ReleaseVerbs = "release_verbs";

    // The chain of the speaker named right after the mark ("…,” the official said on condition of anonymity.") that closes
    // the quotation open at `figure` and at the end of `sentence`, at most a few sentences later in the paragraph; else
    // null. A figure before the quotation opens ("… 1,800 soldiers arrived in what he called a “new phase. …”") is not
    // its words. Only sentences with a figure and no voice of their own get here: the paragraph is read once, by character.
    private List<SourceRef>? QuotationSpeaker(Sentence sentence, int figure)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var first = sentence.Index;
        while (first > 0 && sentences[first - 1].Paragraph == sentence.Paragraph) first--;
        var open = false;
        for (var i = sentences[first].Start; i < sentence.End; i++)
        {
            if (i == figure && !open) return null;
            open = QuoteState(text[i], open);
        }
        if (!open) return null;
        var at = sentence.End;
        for (var k = sentence.Index + 1; k < sentences.Count && k <= sentence.Index + QuotationSentences && sentences[k].Paragraph == sentence.Paragraph; k++)
            for (; at < sentences[k].End; at++)
            {
                if (QuoteState(text[at], open)) continue;
                // Its speaker stands right after the mark ("…,” said Colonel Nowak", "…,” he said, but the ministry said …"):
                // that speaker's clause gives the chain, not a voice of a later clause.
                foreach (var r in chains[k])
                    if (r.Role == CitationRole.Speaker && r.Span.Start > at && r.Span.Start < sentences[k].End && RightAfter(text.AsSpan(at + 1, r.Span.Start - at - 1)))
                        return ClauseChain(sentences[k], r.Span, chains[k]) ?? chains[k];
                return null;
            }
        return null;
    }

    // The speaker of a heading ("Zelenskyy: …", after a time stamp or none) that a source of the paragraph below it names:
    // its name ends in the heading's name (a cited one there, or the one the heading names itself); else null. A heading is
    // a paragraph of one short sentence without a final full stop ("Kursk: …" names a place, no voice of the text below).
    private List<SourceRef>? HeadingSpeaker(Sentence sentence)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var k = sentence.Index;
        if (!IsHeading(k) || HeadingColon(sentence) is not (> 0 and var colon)) return null;
        if (HeadingName(text, sentence.Start, colon) is not (>= 0 and var nameStart)) return null;
        foreach (var r in refs[k])
            if (r.Span.Start == nameStart && r.Span.End == colon) return [r with { Role = CitationRole.Speaker }];
        // The last word names the speaker below: "White House:" is the "White House" there, "Zelenskyy:" "Volodymyr Zelenskyy".
        var name = text.AsSpan(nameStart, colon - nameStart);
        name = name[(name.LastIndexOf(' ') + 1)..];
        for (var i = k + 1; i < sentences.Count && sentences[i].Paragraph == sentence.Paragraph + 1; i++)
            foreach (var r in refs[i])
                if (r.IsCited && (EndsWithWord(text.AsSpan(r.Span.Start, r.Span.Length), name) || EndsWithWord(r.Name, name))) return [r];
        // "Lewentz: Spangdahlem hit hard as US pulls 12,000 troops" over "… interior minister Roger Lewentz called the decision
        // wrong": a surname that the paragraph below writes out after a first name is that person, whatever verb follows.
        return WrittenOutBelow(k, name, new TextSpan(nameStart, colon)) is { } person ? [person] : null;
    }

    // The person a heading's surname stands for where the paragraph below, which cites no one, writes it after a capitalised
    // first name and before a lower-case word ("Roger Lewentz called …"); not a place ("at Spangdahlem", "In Kursk": a
    // preposition or article before it), not a country, not a name beside another voice ("The Pentagon said … near the unit
    // of General Ivan Petrenko.").
    private SourceRef? WrittenOutBelow(int k, ReadOnlySpan<char> surname, TextSpan heading)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        if (surname.Length < 3 || closing.Countries.Find(text, heading.Start, heading.End).Count > 0 || IsPlaceBelow(k, surname)) return null;
        for (var i = k + 1; i < sentences.Count && sentences[i].Paragraph == sentences[k].Paragraph + 1; i++)
            foreach (var r in refs[i])
                if (r.IsCited) return null;
        for (var i = k + 1; i < sentences.Count && sentences[i].Paragraph == sentences[k].Paragraph + 1; i++)
        {
            var (start, end) = (sentences[i].Start, sentences[i].End);
            for (var at = start; text.AsSpan(at, end - at).IndexOf(surname, StringComparison.Ordinal) is >= 0 and var found; )
            {
                at += found;
                var after = at + surname.Length;
                var before = at - 1;
                at = after;
                if (after + 2 >= end || text[after] != ' ' || !char.IsLower(text[after + 1]) || before <= start || text[before] != ' ') continue;
                var first = before;
                while (first > start && char.IsLetter(text[first - 1])) first--;
                if (before - first < 2 || !char.IsUpper(text[first]) || !char.IsLower(text[first + 1])) continue;
                // The first name is a name, not the sentence's first word or a capitalised preposition ("In Kursk").
                if (first == start || closing.PlacePrepositions.Contains(text[first..before].ToLowerInvariant())) continue;
                return new SourceRef(heading, text[first..after], SourceKind.Official, null, CitationRole.Speaker, null, IsPerson: true);
            }
        }
        return null;
    }

    // Real headings of live entries run to about 100 characters; a sentence of the body runs longer.
    private const int HeadingLength = 160;

    // Where the name before a heading's colon starts: one to four capitalised words, after nothing but a time stamp
    // ("14:05 GMT", "09.15", "2:31 pm"); else -1.
    private static int HeadingName(string text, int start, int colon)
    {
        var i = colon;
        for (var words = 0; words < 4; words++)
        {
            var end = i;
            while (i > start && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’' or '.')) i--;
            if (i == end || !char.IsUpper(text[i])) return -1;
            var j = i;
            while (j > start && text[j - 1] is ' ') j--;
            if (j == start || text[j - 1] is '\n' or '\r' || j < i && OnlyTimeStamp(text.AsSpan(start, j - start))) return OnlyTimeStamp(text.AsSpan(start, j - start)) ? i : -1;
            if (j == i || !char.IsLetter(text[j - 1])) return -1;
            i = j;
        }
        return -1;
    }

    // Digits with ":" or ".", time zones in capitals ("GMT", "CET"), "am" and "pm", and white space only.
    private static bool OnlyTimeStamp(ReadOnlySpan<char> s)
    {
        foreach (var range in s.SplitAny(" \t\r\n"))
        {
            var token = s[range];
            if (token.IsEmpty || token is "am" or "pm" or "a.m." or "p.m.") continue;
            var digits = true;
            var capitals = token.Length is >= 2 and <= 4;
            foreach (var c in token)
            {
                digits &= char.IsAsciiDigit(c) || c is ':' or '.';
                capitals &= char.IsAsciiLetterUpper(c);
            }
            if (!digits && !capitals) return false;
        }
        return true;
    }

    // "Volodymyr Zelenskyy" ends with the word "Zelenskyy".
    private static bool EndsWithWord(ReadOnlySpan<char> s, ReadOnlySpan<char> word, StringComparison comparison = StringComparison.Ordinal) =>
        s.EndsWith(word, comparison) && (s.Length == word.Length || s[s.Length - word.Length - 1] == ' ');

    // Between a closing mark and its speaker: an optional comma and at most three words ("said", "Defence Minister").
    private static bool RightAfter(ReadOnlySpan<char> between)
    {
        between = between.TrimStart();
        if (between.StartsWith(",")) between = between[1..];
        var words = 0;
        foreach (var range in between.SplitAny(" \n\t"))
            if (between[range].Length > 0 && (++words > 3 || between[range].ContainsAny(",;:()"))) return false;
        return true;
    }

    // How far a quotation is followed to its speaker: the figure's sentence and three more (real quotations of figures run
    // two to four sentences).
    private const int QuotationSentences = 3;

    // Whether a quotation is open after `c`: “ and « open, ” and » close, a straight double quote turns it.
    private static bool QuoteState(char c, bool open) => c switch
    {
        '“' or '«' => true,
        '”' or '»' => false,
        '"' => !open,
        _ => open,
    };

    // The chain of sentence `index` when it names a source and refers back to the sentence before it: it opens with "That
    // is", "This was" …, or names "the figure", "the toll", "those numbers" …; else null.
    private List<SourceRef>? ReferringBack(int index)
    {
        if (index >= document.Sentences.Count || chains[index] is not { Count: > 0 } chain) return null;
        var next = document.Sentences[index];
        if (next.Paragraph == 0) return null;
        foreach (var hit in closing.BackReferences.Find(document.Text, next.Start, next.End))
            if (hit.Label == FigureReferences || hit.Span.Start == FirstTokenStart(next)) return chain;
        return null;
    }

    private int FirstTokenStart(Sentence sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End && !char.IsLetterOrDigit(document.Text[i])) i++;
        return i;
    }

    // The chain without the speakers of the sentence's other clauses, or null when the figure's clause has no speaker
    // of its own or no other clause has one. References from elsewhere in the document (a group's named members, an
    // informant named earlier) are kept.
    private List<SourceRef>? ClauseChain(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var breaks = closing.ClauseBreaks.Find(document.Text, sentence.Start, sentence.End);
        if (breaks.Count == 0) return null;
        var (from, to) = (sentence.Start, sentence.End);
        foreach (var b in breaks)
        {
            if (b.Span.Start <= figure.Start) from = Math.Max(from, b.Span.End);
            else to = Math.Min(to, b.Span.Start);
        }
        // A news agency, state-run or not, relays what the sentence says: its own words are no clause's ("…, Shoigu said after
        // talks in Pyongyang, according to TASS").
        bool Speaks(SourceRef r) => r.Role == CitationRole.Speaker && !IsMedia(r);
        bool InSentence(SourceRef r) => r.Span.Start >= sentence.Start && r.Span.End <= sentence.End;
        bool InClause(SourceRef r) => r.Span.Start >= from && (r.Span.End <= to || Closes(r));
        // A clause that a bare word opens ("… after Putin announced a mobilisation") ends at its comma: a speaker who then
        // closes the sentence ("…, lawmaker Lee told reporters.") speaks for all of it.
        bool Closes(SourceRef r)
        {
            foreach (var b in breaks)
                if (b.Span.Start >= to && b.Span.Start < r.Span.Start && !char.IsLetter(document.Text[b.Span.Start])) return false;
            return document.Text.AsSpan(to, r.Span.Start - to).Contains(", ", StringComparison.Ordinal)
                && CommaBefore(document.Text.AsSpan(sentence.Start, r.Span.Start - sentence.Start))
                && SaidToTheEnd(document.Text.AsSpan(r.Span.End, sentence.End - r.Span.End));
        }
        // Another clause's own voice: a speaker, or an outlet its speaker told ("told AFP"), found or not.
        bool Elsewhere(SourceRef r) => InSentence(r) && !InClause(r) && (Speaks(r) || IsMedia(r) && r.Role == CitationRole.Audience);
        // "Duda said …, and Polish media reported that up to 2,000 …": an outlet that opens a clause, right after its break,
        // is that clause's voice, not a relay of the sentence; the figure's clause takes it only before the figure.
        bool Opens(SourceRef r)
        {
            if (!IsMedia(r) || r.Role != CitationRole.Speaker || !InSentence(r)) return false;
            foreach (var b in breaks)
                if (b.Span.End <= r.Span.Start && OnlyArticle(document.Text.AsSpan(b.Span.End, r.Span.Start - b.Span.End))) return true;
            return false;
        }
        bool OpensOther(SourceRef r) => Opens(r) && (!InClause(r) || r.Span.End > figure.Start);
        if (!chain.Exists(r => (Speaks(r) || Opens(r) && !OpensOther(r)) && InSentence(r) && InClause(r))
            || !chain.Exists(r => Elsewhere(r) || OpensOther(r))) return null;
        // An outlet that relays the whole sentence ("…, Yonhap reported") stays; one that another clause's speaker told ("…, while
        // a rebel spokesman told AFP that 17 …"), or that opens another clause, carries only that clause.
        return chain.FindAll(r => !InSentence(r) || InClause(r) && !OpensOther(r) || IsMedia(r) && r.Role != CitationRole.Audience && !OpensOther(r));
    }

    // Nothing but spaces and an article: "…, and the state news agency reported".
    private static bool OnlyArticle(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        return between.IsEmpty || between is "the" or "The";
    }

    // Whether every voice of the sentence in `chain` stands after a clause break that follows the figure, in clauses that
    // count a figure of their own, none of them closing the sentence ("…, and 2,000 more are coming, the Pentagon said"
    // closes it: it speaks for all of it).
    private bool OnlyLaterClausesSpeak(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        // Most figures have a voice before them, or no figure after their voice: the breaks are not looked for.
        var first = sentence.End;
        foreach (var r in chain)
            if (r.Span.Start >= sentence.Start && r.Span.End <= sentence.End && r.Span.Start < first) first = r.Span.Start;
        if (first < figure.End || first == sentence.End || document.Text.AsSpan(figure.End, sentence.End - figure.End).IndexOfAnyInRange('0', '9') < 0) return false;
        var to = sentence.End;
        foreach (var b in closing.ClauseBreaks.Find(document.Text, sentence.Start, sentence.End))
            if (b.Span.Start > figure.Start && b.Span.Start < to) to = b.Span.Start;
        var text = document.Text;
        // The later clauses hold a figure of their own, which their voice gives: "… put the total above 6,000".
        if (to == sentence.End || text.AsSpan(to, sentence.End - to).IndexOfAnyInRange('0', '9') < 0) return false;
        var any = false;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End) continue;
            if (r.Span.Start < to) return false;
            if (r.Role == CitationRole.Speaker && CommaBefore(text.AsSpan(sentence.Start, r.Span.Start - sentence.Start))
                && SaidToTheEnd(text.AsSpan(r.Span.End, sentence.End - r.Span.End))) return false;
            any = true;
        }
        return any;
    }

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

    private void InheritCountries()
    {
        // The country of the first group of each role ("South Korean lawmakers"), and below the first
        // country of each named person: one pass each (what FirstOrDefault and GroupBy/First gave).
        var groupCountries = new Dictionary<string, string?>();
        foreach (var list in refs)
            foreach (var r in list)
                if (r is { IsGroup: true, Country: not null, RoleNoun: { } role }) groupCountries.TryAdd(role, r.Country);
        foreach (var list in refs)
            for (var i = 0; i < list.Count; i++)
                if (list[i] is { IsPerson: true, Country: null, RoleNoun: { } noun } && groupCountries.TryGetValue(noun, out var groupCountry))
                    list[i] = list[i] with { Country = groupCountry };
        // The same named person keeps one country everywhere.
        var known = new Dictionary<string, string?>();
        foreach (var list in refs)
            foreach (var r in list)
                if (r.IsPerson && r.Country is not null) known.TryAdd(r.Name, r.Country);
        foreach (var list in refs)
            for (var i = 0; i < list.Count; i++)
                if (list[i] is { IsPerson: true, Country: null } p && known.TryGetValue(p.Name, out var country))
                    list[i] = p with { Country = country };
    }

    // "South Korea's spy agency briefed lawmakers. … , defense officials said": unnamed officials, a military source, with
    // no country of their own are the country's whose state voice (a government, its forces, intelligence or officials)
    // the document cited last before them, as a pronoun is the person's named last. Outlets, think tanks, experts and
    // analysts neither lend a country nor take one. Not to a voice whose sentence names that country's troops or people by
    // its adjective ("North Korea denies it. A government source said 10,000 North Korean troops …"): the subject of a
    // claim is seldom its unnamed speaker.
    private void UnnamedVoicesCountries()
    {
        string? last = null;
        for (var s = 0; s < refs.Length; s++)
            for (var i = 0; i < refs[s].Count; i++)
            {
                var list = refs[s];
                var r = list[i];
                if (r is { IsGroup: true, IsPronoun: false, Country: null } && r.IsCited && IsStateVoice(r.Kind) && r.Kind != SourceKind.Official)
                {
                    if (last is not null && closing.Countries.Adjective(last) is var adjective
                        && !document.Sentences[s].Text.Contains(adjective + " ", StringComparison.Ordinal))
                        list[i] = r with { Name = $"{adjective} {r.Name}", Country = last };
                }
                else if (r is { IsCited: true, IsPronoun: false, Country: { } country } && IsStateVoice(r.Kind)) last = country;
            }
    }

    private static bool IsStateVoice(SourceKind kind) => kind is SourceKind.Government or SourceKind.Military or SourceKind.Intelligence or SourceKind.Official;

    private void ResolvePronouns()
    {
        var history = new List<List<SourceRef>>();
        string? stateCountry = null;
        foreach (var list in refs)
        {
            SourceRef? told = null;
            for (var i = 0; i < list.Count; i++)
            {
                var r = list[i];
                if (!r.IsPronoun)
                {
                    if (r is { IsCited: true, Country: { } country } && IsStateVoice(r.Kind)) stateCountry = country;
                    continue;
                }
                // What it may stand for: the matching sources before it in its sentence, else in the
                // nearest earlier sentence that has any (loops, not queries: no copy of the history per pronoun).
                // "the agency" stands for an intelligence agency named before it, else for a news agency.
                var resolved = Matching(r, list, i, loose: false);
                List<SourceRef>? earlier = null;
                for (var h = history.Count - 1; resolved is null && h >= 0; h--)
                    if ((resolved = Matching(r, history[h], history[h].Count, loose: false)) is not null) earlier = history[h];
                if (resolved is null && IsAgency(r))
                {
                    resolved = Matching(r, list, i, loose: true);
                    for (var h = history.Count - 1; resolved is null && h >= 0; h--)
                        if ((resolved = Matching(r, history[h], history[h].Count, loose: true)) is not null) earlier = history[h];
                }
                list.RemoveAt(i);
                if (resolved is null)
                {
                    // "the interior ministry" with no ministry before it: the one its sentence's country gives, if any;
                    // "an official" with no officials before it: an official of the country whose state voice was cited last.
                    if (r.Fallback is { } fallback) list.Insert(i, fallback);
                    else if (r.RoleNoun == "official" && stateCountry is not null)
                        list.Insert(i, new SourceRef(r.Span, $"{closing.Countries.Adjective(stateCountry)} officials", SourceKind.Government, stateCountry, r.Role, "official", IsGroup: true));
                    else i--;
                    continue;
                }
                // "the lawmakers" stands for all of them; "he" for the last one named.
                var plural = r.Name is "they" || r.Name.EndsWith('s');
                var targets = plural ? resolved : [resolved[^1]];
                list.InsertRange(i, targets.Select(t => t with { Span = r.Span, Role = r.Role, IsPronoun = true }));
                i += targets.Count - 1;
                // "three French officials told AFP. … instead of 350, the officials said.": a voice taken up again by a
                // description or pronoun still speaks to the outlet it told, when its sentence names no outlet of its own.
                if (earlier is not null && r.Role == CitationRole.Speaker && TheOutletTold(earlier, resolved[^1]) is { } outlet) told ??= outlet;
            }
            if (told is not null && !list.Exists(IsMedia)) list.Add(told with { IsPronoun = true });
            history.Add(list);
        }
    }

    // The outlet that `voice` told in its sentence ("three French officials told AFP"), right after its speech verb; else null.
    private SourceRef? TheOutletTold(List<SourceRef> sentence, SourceRef voice)
    {
        foreach (var r in sentence)
        {
            if (r is not { Role: CitationRole.Audience, Kind: SourceKind.Outlet } || r.Span.Start <= voice.Span.End) continue;
            var between = document.Text.AsSpan(voice.Span.End, r.Span.Start - voice.Span.End).Trim();
            if (between.EndsWith(" the", StringComparison.Ordinal)) between = between[..^4];
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
            if (!refs[k].IsPronoun && Matches(pronoun, refs[k], loose)) (found ??= []).Add(refs[k]);
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

    private static bool IsAgency(SourceRef pronoun) => pronoun.RoleNoun is "agency" or "service";

    // Whether `candidate` is what the description stands for. An agency or a service is a body of the kind its modifier
    // says ("the spy agency", "the news agency"); with none, an intelligence body, or (`loose`) an outlet. A force, a
    // unit, an army or the military is a military body cited as a voice, never the troops a figure counts ("40 Malian
    // soldiers died, the army said": the Malian Army, which its sentence's country gives).
    private bool Matches(SourceRef pronoun, SourceRef candidate, bool loose) => pronoun.RoleNoun switch
    {
        "person" => candidate.IsPerson || candidate is { IsGroup: true, IsCited: true } && NamedInTheSingular(candidate),
        "they" => candidate.IsGroup && candidate.IsCited,
        "it" => candidate is { IsPerson: false, IsGroup: false, IsCited: true },
        "agency" or "service" => Modifier(pronoun.Name) switch
        {
            var m when closing.OutletModifiers.Contains(m) => candidate.Kind is SourceKind.Outlet or SourceKind.StateMedia,
            var m when closing.IntelligenceModifiers.Contains(m) => candidate.Kind == SourceKind.Intelligence,
            _ => candidate.Kind == SourceKind.Intelligence || loose && candidate.Kind is SourceKind.Outlet or SourceKind.StateMedia,
        },
        "force" or "unit" => candidate is { Kind: SourceKind.Military, IsPerson: false, IsCited: true },
        "outlet" or "newspaper" or "paper" => candidate.Kind == SourceKind.Outlet,
        "broadcaster" => candidate.Kind is SourceKind.Outlet or SourceKind.StateMedia,
        "ministry" => candidate.RoleNoun == "ministry",
        "military" => candidate is { Kind: SourceKind.Military, IsCited: true },
        // "Indian Army says" in the headline, "the Army said" below: a body named by that noun is it, whatever kind it was given
        // (a headline's "Indian Army" may come as a titled person).
        "army" or "navy" => candidate is { Kind: SourceKind.Military, IsPerson: false, IsCited: true }
            || candidate is { IsGroup: false, IsCited: true } && EndsWithWord(candidate.Name, pronoun.RoleNoun, StringComparison.OrdinalIgnoreCase),
        // "NATO: …" over "…, the alliance said": a military body of no one country.
        "alliance" => candidate is { Kind: SourceKind.Military, IsPerson: false, IsGroup: false, IsCited: true, Country: null },
        "minister" => candidate.RoleNoun?.EndsWith("minister", StringComparison.Ordinal) == true,
        "institute" or "think tank" => candidate.Kind == SourceKind.Other && !candidate.IsPerson,
        { } noun => candidate.RoleNoun == noun,
        null => false,
    };

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

    // Informants, speakers (innermost first, coordinated ones together), audiences, then outlets.
    // "…, spokesperson Sabrina Singh said." closes the sentence: the outermost speaker, after the inner ones.
    private List<SourceRef> Chain(List<SourceRef> list, Sentence sentence)
    {
        // A dateline's outlet credits the story, not its figures.
        if (list.Exists(r => r.IsCredit)) list = list.FindAll(r => !r.IsCredit);
        // Most sentences cite no one: their chain is only the always-cited sources they name, first of
        // each name (what the general case below gives them, without its lists and queries).
        if (list.TrueForAll(r => r.Role == CitationRole.Mentioned))
        {
            var named = new List<SourceRef>();
            foreach (var r in list)
                if (r.AlwaysCited && !HasName(named, r.Name)) named.Add(r);
            return named;
        }
        var text = document.Text;
        bool Trailing(SourceRef r) =>
            CommaBefore(text.AsSpan(sentence.Start, r.Span.Start - sentence.Start)) && SaidToTheEnd(text.AsSpan(r.Span.End, sentence.End - r.Span.End));
        // One pass sorts the references by part (each list keeps reading order).
        var (informants, all, audiences, outlets) = (new List<SourceRef>(), new List<SourceRef>(), new List<SourceRef>(), new List<SourceRef>());
        foreach (var r in list)
        {
            if (r.Role == CitationRole.Informant) informants.Add(r);
            else if (r.Role is CitationRole.Speaker or CitationRole.Audience && r.Kind == SourceKind.Outlet) outlets.Add(r);
            else if (r.Role == CitationRole.Speaker) all.Add(r);
            else if (r.Role == CitationRole.Audience && r.Name is not "they") audiences.Add(r);
        }
        // Loops, not queries (they ran for every citing sentence), giving the same lists in the same order.
        var trailing = all.FindAll(Trailing);
        // What all.Except(trailing) gives: each distinct reference once, unless it trails.
        var speakers = new List<SourceRef>();
        foreach (var s in all)
            if (!trailing.Contains(s) && !speakers.Contains(s)) speakers.Add(s);

        var clusters = new List<List<SourceRef>>();
        foreach (var s in speakers)
        {
            if (clusters.Count > 0 && Coordinated(clusters[^1][^1], s)) clusters[^1].Add(s);
            else clusters.Add([s]);
        }
        clusters.Reverse();
        // A news agency that speaks beside other speakers relays them, wherever it stands ("…, spokesman Daniel Hagari said,
        // reported Sputnik", "TASS quoted the ministry as saying"): its cluster goes after theirs, as an outlet's does.
        if (clusters.Count > 1)
        {
            var relays = clusters.FindAll(c => c.TrueForAll(IsMedia));
            if (relays.Count > 0 && relays.Count < clusters.Count)
            {
                clusters.RemoveAll(c => c.TrueForAll(IsMedia));
                clusters.AddRange(relays);
            }
        }
        var chain = new List<SourceRef>(informants);
        foreach (var cluster in clusters) chain.AddRange(cluster);
        chain.AddRange(trailing);
        chain.AddRange(audiences);
        chain.AddRange(outlets);
        // Only outlets and audiences ("Ukrainian intelligence shared with the Financial Times shows …"): a service named
        // beside them gave it.
        if (chain.Count > 0 && informants.Count == 0 && speakers.Count == 0 && trailing.Count == 0)
        {
            // "a U.S. Northern Command spokesperson told The Associated Press": the body whose spokesperson told the outlet.
            if (Teller(list, outlets) is { } teller) chain.Insert(0, teller with { Role = CitationRole.Speaker });
            else chain.InsertRange(0, list.FindAll(r => r is { Role: CitationRole.Mentioned, AlwaysCited: true } && r.Kind != SourceKind.Outlet));
        }
        if (chain.Count > 0)
        {
            // "During an interception of Russian communications, Ukrainian officials revealed": the intercept is the origin.
            chain.InsertRange(0, list.FindAll(r => r is { Role: CitationRole.Mentioned, Kind: SourceKind.Intercept }));
        }
        else
        {
            // No one speaks, but a service or outlet is named beside the figure: it is the likeliest source.
            chain.AddRange(list.FindAll(r => r is { Role: CitationRole.Mentioned, AlwaysCited: true }));
        }
        // The first of each name (what DistinctBy(r => r.Name) gives).
        var distinct = new List<SourceRef>(chain.Count);
        foreach (var r in chain)
            if (!HasName(distinct, r.Name)) distinct.Add(r);
        return distinct;
    }

    // A body named right before "spokesperson told", "official told" and an outlet it told; else null.
    private SourceRef? Teller(List<SourceRef> list, List<SourceRef> outlets)
    {
        var text = document.Text;
        foreach (var outlet in outlets)
            foreach (var r in list)
            {
                if (r is not { Role: CitationRole.Mentioned, IsPronoun: false, IsGroup: false } || IsMedia(r) || r.Span.End > outlet.Span.Start) continue;
                var between = text.AsSpan(r.Span.End, outlet.Span.Start - r.Span.End).Trim();
                if (between.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) between = between[..^4];
                var space = between.IndexOf(' ');
                // One lower-case noun, then the verb: "spokesperson told", "official told".
                if (space > 0 && between.LastIndexOf(' ') == space && char.IsLower(between[0])
                    && closing.Verbs.Contains(between[(space + 1)..].ToString())) return r;
            }
        return null;
    }

    // "the UN mission in Mali said", "the U.S. embassy at Kyiv said": a name right after a place link ("in", "at"), behind a
    // speaker named before it in its sentence, is where that speaker is, neither a voice of its own nor a cited source.
    private void PlacesOfSpeakers()
    {
        foreach (var sentence in document.Sentences)
        {
            var list = refs[sentence.Index];
            for (var i = list.Count - 1; i > 0; i--)
                if (list[i].Role == CitationRole.Speaker && list[i - 1].Role == CitationRole.Speaker && list[i - 1].Span.End <= list[i].Span.Start
                    && PlaceOfSpeaker(document.Text, sentence.Start, list[i]))
                    list.RemoveAt(i);
        }
    }

    private bool PlaceOfSpeaker(string text, int sentenceStart, SourceRef r)
    {
        var i = r.Span.Start;
        while (i > sentenceStart && char.IsWhiteSpace(text[i - 1])) i--;
        // "in the Central African Republic": the article between the link and the name.
        if (i - 4 >= sentenceStart && text.AsSpan(i - 3, 3) is "the" or "The" && char.IsWhiteSpace(text[i - 4]))
            for (i -= 3; i > sentenceStart && char.IsWhiteSpace(text[i - 1]); i--) { }
        var end = i;
        while (i > sentenceStart && char.IsLetter(text[i - 1])) i--;
        return end > i && i > sentenceStart && char.IsWhiteSpace(text[i - 1])
            && closing.PlaceLinks.Contains(text.AsSpan(i, end - i));
    }

    // The text before a name ends in a comma or a closing quote and at most five words: "…, lawmaker Park".
    private static bool CommaBefore(ReadOnlySpan<char> before)
    {
        var i = before.Length;
        for (var words = 0; ; words++)
        {
            var j = i;
            while (j > 0 && char.IsWhiteSpace(before[j - 1])) j--;
            if (j > 0 && before[j - 1] is ',' or '”' or '"') return true;
            // One more word, which must be followed by white space.
            if (words == 5 || j == i) return false;
            var k = j;
            while (k > 0 && (char.IsLetterOrDigit(before[k - 1]) || before[k - 1] is '_' or '.' or '\'' or '’' or '-')) k--;
            if (k == j) return false;
            i = k;
        }
    }

    // After a name, a closing verb and the rest of the sentence without a comma, semicolon or colon (at most 60
    // characters: "said on Friday."), or only the full stop.
    private bool SaidToTheEnd(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        if (rest.Length == 0 || (rest.Length >= 1 && rest[0] is '.' or '!' or '?' && rest[1..].IsWhiteSpace())) return true;
        var word = Word(rest);
        if (closing.Auxiliaries.Contains(word.ToString()) && rest[word.Length..] is var tail && tail.Length > 0 && char.IsWhiteSpace(tail[0]) && Word(tail.TrimStart()) is var verb && closing.Verbs.Contains(verb.ToString()))
            return Closes(tail.TrimStart()[verb.Length..]);
        return closing.Verbs.Contains(word.ToString()) && Closes(rest[word.Length..]);

        static ReadOnlySpan<char> Word(ReadOnlySpan<char> s)
        {
            var n = 0;
            while (n < s.Length && (char.IsLetterOrDigit(s[n]) || s[n] == '_')) n++;
            return s[..n];
        }

        static bool Closes(ReadOnlySpan<char> s) => s.Length <= 60 && s.IndexOfAny(",;:") < 0;
    }

    private static bool IsMedia(SourceRef r) => r.Kind is SourceKind.Outlet or SourceKind.StateMedia;

    private static bool HasName(List<SourceRef> refs, string name)
    {
        foreach (var r in refs)
            if (r.Name == name) return true;
        return false;
    }

    private bool Coordinated(SourceRef a, SourceRef b)
    {
        if (b.Span.Start < a.Span.End) return true;
        var between = document.Text[a.Span.End..b.Span.Start].Trim();
        return between is "," or "and" or ", and" or "&" or "and the" or ", and the" or ", the";
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
                chain.InsertRange(i, named.Where(n => chain.All(c => c.Name != n.Name)));
            }
    }

    private void ExtendOrigins()
    {
        var informantsOf = new Dictionary<string, List<SourceRef>>();
        foreach (var chain in chains)
        {
            var informants = chain.TakeWhile(r => r.Role == CitationRole.Informant).ToList();
            if (informants.Count == 0) continue;
            foreach (var r in chain.Skip(informants.Count))
                informantsOf.TryAdd(r.Name, informants);
        }
        foreach (var chain in chains)
        {
            if (chain.Count == 0 || chain[0].Role == CitationRole.Informant) continue;
            if (informantsOf.TryGetValue(chain[0].Name, out var informants))
                chain.InsertRange(0, informants.Where(x => chain.All(c => c.Name != x.Name)));
        }
    }
}
