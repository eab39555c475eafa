namespace Analysis.Extraction;

using Analysis.Corpus;

// A figure whose sentence cites no one takes the speaker of a sentence around it where the text carries the statement
// over: the next sentence refers back to the figure ("That is according to …"), the sentence goes on with the one before
// (a quotation, a continuation link, a breakdown of the figure just cited), or the one before announced it.
internal sealed partial class Attribution
{
    // Whether the sentence goes on with a statement before it: it opens a quotation, names a statement's verb, or links its
    // first clause back (figure_part_links: "About 800 of them are in Goma"; not "…, most of them in the northeast", which
    // counts its own figure), or names the voice before by a pronoun (pronoun_links: "…, according to him").
    private bool GoesOn(Sentence sentence)
    {
        var text = document.Text;
        if (OpensWithMark(sentence)) return true;
        // "He said: “We have sent 500. … By Friday 200 more will be there.”": a sentence inside the quotation goes on with it.
        if (InsideQuotation(sentence)) return true;
        if (ByPossessiveCount(text, sentence.Start, sentence.End)) return true;
        foreach (var hit in closing.Continuations.Find(text, sentence.Start, sentence.End))
        {
            // "That adds to 100,000 US troops already in Europe": a statement verb in another sense, no statement.
            if (hit.Label == NonStatementSenses) continue;
            // "its army then had an estimated 200,000 troops": the verb is the writer's adjective, no statement.
            if (hit.Label is not (ContinuationLinks or PartLinks or PronounLinks) && closing.ParticipleDeterminers.Contains(SourceText.WordBefore(text, hit.Span.Start, out _))) continue;
            if (hit.Label is not (ContinuationLinks or PartLinks) || !ClauseBreak(text, sentence.Start, hit.Span.Start)) return true;
        }
        return false;
    }

    // How the sentence links back to the statement before it: its first clause names a part of that statement's figure
    // (figure_part_links: "About 3,000 of them …") or the statement itself (continuation_links: "Accordingly, …", "According to the
    // report, …"), or a clause anywhere names its voice by a pronoun (pronoun_links: "According to him, …", "…, according to her.").
    private Link LinksBack(Sentence sentence)
    {
        var text = document.Text;
        var link = Link.None;
        foreach (var hit in closing.Continuations.Find(text, sentence.Start, sentence.End))
            if (hit.Label == PronounLinks) return Link.Statement;
            else if (hit.Label is ContinuationLinks or PartLinks && !ClauseBreak(text, sentence.Start, hit.Span.Start))
                link = hit.Label == PartLinks && link == Link.None ? Link.Part : Link.Statement;
        return link;
    }

    // Part: the sentence counts a part of the figure just cited, so it goes on with the sentence right before it only.
    private enum Link { None, Part, Statement }

    // Whether text[start..end) holds a clause's end (a comma, semicolon or dash); the comma of a number ("3,000") is none.
    private static bool ClauseBreak(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (text[i] is ';' or '—' or '–' || text[i] == ',' && !(i > start && char.IsAsciiDigit(text[i - 1]) && i + 1 < end && char.IsAsciiDigit(text[i + 1])))
                return true;
        return false;
    }

    // Whether the sentence opens on a count its voice owns by a possessive pronoun ("By his count, …", "By its own estimate, …",
    // "In their reckoning, …"; possessive_count_openers, possessive_determiners, an optional "own", possessive_count_nouns):
    // the pronoun is the voice of the sentence before. Quotation marks round the noun (translated copy's 'By his "count"') are
    // read through.
    private bool ByPossessiveCount(string text, int start, int end)
    {
        var at = start;
        string? Next()
        {
            while (at < end && (char.IsWhiteSpace(text[at]) || SourceText.QuoteState(text[at], false) || SourceText.QuoteState(text[at], true) is false)) at++;
            var from = at;
            while (at < end && (char.IsLetter(text[at]) || text[at] == '-')) at++;
            return at > from ? text[from..at] : null;
        }
        if (Next() is not { } opener || !closing.PossessiveCountOpeners.Contains(opener)) return false;
        if (Next() is not { } owner || !closing.PossessiveDeterminers.Contains(owner)) return false;
        var noun = Next();
        if (noun == "own") noun = Next();
        return noun is not null && closing.PossessiveCountNouns.Contains(noun);
    }

    private const string ContinuationLinks = "continuation_links", PartLinks = "figure_part_links", PronounLinks = "pronoun_links", NonStatementSenses = "non_statement_senses";

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
        // "…, the first 700 American troops, the advance party of a 60,000-troop force. The 700 are part of …": a number the
        // sentence before already wrote is that figure named again, the writer going on about it, no part of it.
        return LargerBefore(wholeStart, wholeEnd, part) && !Writes(wholeStart, wholeEnd, part);
    }

    // The quantity whose number starts at `at`, read in text[at..end).
    private Quantity? QuantityAt(int at, int end)
    {
        foreach (var q in closing.Quantities.Find(document.Text, at, end))
            if (q.Core.Start == at) return q;
        return null;
    }

    // Whether text[start..end) writes the number `value` itself.
    private bool Writes(int start, int end, double value)
    {
        foreach (var q in closing.Quantities.Find(document.Text, start, end))
            if (q.Value == value) return true;
        return false;
    }

    // Whether text[start..end) writes a number larger than `value`, years aside ("said in 2024 that").
    private bool LargerBefore(int start, int end, double value)
    {
        foreach (var q in closing.Quantities.Find(document.Text, start, end))
            if (q.Value is { } n && n > value && q is not { Value: >= 1900 and <= 2100, HasScaleOrSeparator: false }) return true;
        return false;
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

    // The chain of sentence `index` when it names a source and refers back to the sentence before it: it opens with "That
    // is", "This was" …, or names "the figure", "the toll", "those numbers" …; else null. `figureSentence` is the sentence whose
    // figure would take that chain. `actsOnly`: only a sentence that names the news with the act that gave it out counts
    // (back_reference_acts). `opensOnFigure`: a figure noun counts only where it opens the sentence and leads straight to its giver
    // ("The figure was released by …": FigureGivenBy).
    private List<SourceRef>? ReferringBack(int index, Sentence figureSentence, bool actsOnly = false, bool opensOnFigure = false)
    {
        if (index >= document.Sentences.Count || chains[index] is not { Count: > 0 } chain) return null;
        var next = document.Sentences[index];
        if (next.Paragraph == 0) return null;
        foreach (var hit in actsOnly ? [] : closing.BackReferences.Find(document.Text, next.Start, next.End))
            // "Valdoria keeps 6,000 soldiers there. General X said the alliance would add 3,000, half of the total": a speaker who puts
            // a figure of his own before the figure noun speaks of that figure, not of the one before.
            if (hit.Label == FigureReferences ? (opensOnFigure ? hit.Span.Start == FirstTokenStart(next) && FigureGivenBy(next, hit.Span.End, chain) : !ComparedBeforeGiver(next, hit.Span.End, chain))
                    && !ChangedBefore(next, hit.Span.Start) && !NewFigureAfter(next, next.Start, figureSentence)
                : hit.Span.Start == FirstTokenStart(next)) return chain;
        if (!actsOnly && BareAttribution(next, chain)) return chain;
        foreach (var hit in closing.BackStatements.Find(document.Text, next.Start, next.End))
            if ((!actsOnly || hit.Label == BackActs) && !closing.BackStatementTimes.Contains(SourceText.WordAfter(document.Text, hit.Span.End).ToString())
                // "Minister X confirmed the deployment of 500 more": the act gives out a figure of its own, not the one before.
                && !(hit.Label == BackActs && NewFigureAfter(next, hit.Span.End, figureSentence))) return chain;
        return null;
    }

    // back_reference_acts: the news of the sentence before named again with the act that gave it out ("made the announcement").
    private const string BackActs = "back_reference_acts";

    // "Pyongyang has sent thousands of troops. Zelensky wrote that “the number of North Korean soldiers killed has already
    // exceeded 3,000”": a figure noun that goes on to a number of its own, one the sentence before does not write, names the
    // subject of the speaker's own new figure, not the figure before it referred back to (years aside: "the number rose in 2024").
    // So does one after it: "X said the alliance would add up to 3,000, about half of the total", "…, officials said, though they
    // would not disclose the numbers": the speaker's noun speaks of the speaker's own figure (from the sentence's start).
    private bool NewFigureAfter(Sentence next, int from, Sentence figureSentence)
    {
        foreach (var q in closing.Quantities.Find(document.Text, from, next.End))
            if (q.Value is { } n && q is not { Value: >= 1900 and <= 2100, HasScaleOrSeparator: false } && !Day(q) && !CountsSpeakers(next, q)
                && !Writes(figureSentence.Start, figureSentence.End, n)) return true;
        return false;
    }

    // "Two U.S. officials told Reuters the figure was accurate": a number that counts the sentence's own voice (a source of the
    // sentence starts at most two words after it, with no mark between) is no figure.
    private bool CountsSpeakers(Sentence next, Quantity q)
    {
        foreach (var r in refs[next.Index])
        {
            if (r.Span.Start < q.Core.End || r.Span.Start > next.End) continue;
            var between = document.Text.AsSpan(q.Core.End, r.Span.Start - q.Core.End);
            if (between.IndexOfAny(",;:()\"“”") < 0 && Words(between.ToString()).Count <= 2) return true;
        }
        return false;
    }

    // "On 12 May the ministry said the figure was accurate", "said on May 12": a number beside a month's name is a day, no figure.
    private bool Day(Quantity q) =>
        q is { HasScaleOrSeparator: false, Value: >= 1 and <= 31 }
        && (closing.CalendarNames.Contains(SourceText.WordBefore(document.Text, q.Core.Start, out _))
            || closing.CalendarNames.Contains(SourceText.WordAfter(document.Text, q.Core.End)));

    // "The dip comes after the administration announced in December it had raised the number": a figure noun that a verb in
    // the past perfect acts on ("had raised", "had cut") is a count of before the figure, not the figure referred back to.
    private bool ChangedBefore(Sentence next, int at)
    {
        var text = document.Text;
        SourceText.WordBefore(text, at, out var verbStart);
        if (verbStart <= next.Start) return false;
        var auxiliary = SourceText.WordBefore(text, verbStart, out var auxiliaryStart);
        return auxiliaryStart >= next.Start && auxiliary.Equals("had", StringComparison.OrdinalIgnoreCase);
    }

    private int FirstTokenStart(Sentence sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End && !char.IsLetterOrDigit(document.Text[i])) i++;
        return i;
    }
}
