namespace Analysis.Extraction;

using Analysis.Corpus;

// Clauses of a citing sentence that are the writer's background, not its voice's words: after a semicolon, or a
// participle clause after the speech verb.
internal sealed partial class Attribution
{
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
        // now in Kursk", "including 1,000 killed", "citing 8,000" go on with what was said. Or a clause that dates the statement
        // by another event ("…, Wasik told PAP on Wednesday, a month after several hundred mercenaries began moving").
        var dated = DatesBy(comma + 1, figure.Start);
        if (!dated && (!closing.BackgroundParticiples.Contains(text.AsSpan(i, j - i)) || text.AsSpan(j, figure.Start - j).Count(' ') > 3)) return false;
        // The voice closes the clause before the comma ("…, U.S. Northern Command said, joining …"); a participle inside what
        // it reports ("NATO said that the first 200 … had arrived, joining 400 … already there") is its words.
        SourceRef? last = null;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End) continue;
            if (r.Span.End > comma) return false;
            // "…, Wasik told the state news agency PAP on Wednesday, a month after …": the outlet told is no voice that closes.
            if (dated && r.Role == CitationRole.Audience) continue;
            if (last is null || r.Span.End > last.Span.End) last = r;
        }
        if (last is null || !SaidToTheEnd(text.AsSpan(last.Span.End, comma - last.Span.End))) return false;
        // The voice closes a clause whose figures stand before it ("…, Wasik told PAP, a month after …"), not "said 1,000 … would
        // deploy, two days before …" nor "Bahrain TV said a second wave had arrived, after an advance unit of about 1,000 …".
        if (dated && (text.AsSpan(last.Span.End, comma - last.Span.End).IndexOfAnyInRange('0', '9') >= 0
            || !CommaBefore(text.AsSpan(sentence.Start, last.Span.Start - sentence.Start)))) return false;
        var open = false;
        for (var k = sentence.Start; k < comma; k++) open = SourceText.QuoteState(text[k], open);
        if (open || closing.Continuations.Any(text, comma + 1, sentence.End)) return false;
        foreach (var hit in closing.BackReferences.Find(text, comma + 1, sentence.End))
            if (hit.Label == FigureReferences) return false;
        // Another event's figure is no part of the one the voice gave.
        if (dated) return true;
        double? value = null;
        foreach (var q in closing.Quantities.Find(text, comma + 1, sentence.End))
            if (q.Core.Start >= figure.Start && q.Core.Start < figure.End) { value = q.Value; break; }
        return value is { } v && !LargerBefore(sentence.Start, comma, v);
    }

    // Whether text[from..figure) opens on a link of time (trailing_time_links: "after", "before"), after one to four words of
    // the time between (elapsed_time_words: "a month", "two days", "just weeks"), with no mark up to the figure; a bare "after"
    // may be a preposition of what was said ("…, after an advance unit of about 1,000 …").
    private bool DatesBy(int from, int figure)
    {
        var text = document.Text;
        if (text.AsSpan(from, figure - from).IndexOfAny(",;:\"“”()") >= 0) return false;
        var i = from;
        for (var words = 0; words <= ElapsedWords; words++)
        {
            while (i < figure && text[i] == ' ') i++;
            var j = i;
            while (j < figure && char.IsLetter(text[j])) j++;
            if (j == i || j == figure) return false;
            var word = text.AsSpan(i, j - i);
            // "…, Claes said on Thursday, as the country mourned 10 soldiers": a clause of what happened meanwhile, right after
            // the comma; not "as cited by", "as many as" (trailing_clause_links, trailing_clause_breaks).
            if (words == 0 && closing.TrailingClauseLinks.Contains(word))
            {
                var k = j;
                while (k < figure && text[k] == ' ') k++;
                var m = k;
                while (m < figure && char.IsLetter(text[m])) m++;
                return !(m > k && closing.TrailingClauseBreaks.Contains(text.AsSpan(k, m - k)));
            }
            if (closing.TrailingTimeLinks.Contains(word)) return words > 0;
            if (!closing.ElapsedTimeWords.Contains(word)) return false;
            i = j;
        }
        return false;
    }

    // The longest description of a speaker in apposition before its relative clause ("a senior South Korean lawmaker who").
    private const int AppositionWords = 6;

    // "just over two weeks after": the words of a time between a comma and its link.
    private const int ElapsedWords = 4;

    // The relative clause set off by commas between the sentence's first words and their speech verb that holds the figure
    // ("ATMIS, which has about 22,000 soldiers, said it was assessing the situation"), as the span between its commas, and
    // whether the clause speaks itself ("The ministry, which said 2,000 had arrived, added …"); null when there is none, or
    // the words before it hold a mark or a figure of their own.
    private (TextSpan Aside, bool Speaks)? SpeakerAside(Sentence sentence, TextSpan figure)
    {
        var text = document.Text;
        if (figure.Start <= sentence.Start) return null;
        var open = text.LastIndexOf(',', figure.Start - 1, figure.Start - sentence.Start);
        if (open <= sentence.Start) return null;
        var head = text.AsSpan(sentence.Start, open - sentence.Start);
        if (head.IndexOfAny(",;:()\"“”") >= 0 || head.IndexOfAnyInRange('0', '9') >= 0 || head.Count(' ') > 6) return null;
        var aside = Words(text[(open + 1)..figure.Start]);
        // "Yu Yong-weon, a South Korean lawmaker who visited the two men in February, said": the clause may follow a description of
        // the speaker in apposition, opened by its article.
        var opener = aside.Count > 0 && aside[0] is "a" or "an" or "the" ? aside.FindIndex(w => closing.SpeakerAsideOpeners.Contains(w)) : 0;
        if (aside.Count == 0 || opener is < 0 or > AppositionWords || !closing.SpeakerAsideOpeners.Contains(aside[opener])) return null;
        var close = ClauseMarkAfter(figure.End, sentence.End, ",");
        if (close < 0 || text.AsSpan(open + 1, close - open - 1).IndexOfAny(";:()\"“”") >= 0) return null;
        var after = Words(text[(close + 1)..sentence.End]);
        if (after.Count > 0 && closing.Auxiliaries.Contains(after[0])) after.RemoveAt(0);
        if (after.Count == 0 || !closing.Verbs.Contains(after[0])) return null;
        return (new TextSpan(open, close), Words(text[(open + 1)..close]).Exists(closing.Verbs.Contains));
    }

    // The chain of a figure in a relative clause on the speaker (SpeakerAside), or null where the figure stands in none: the
    // voices inside the clause ("Eritrea, whose armed forces Janes estimates at about 200,000, rejected …": Janes); the
    // speaker's, when the clause speaks for it ("which said 2,000 had arrived"); else none, the figure describing the speaker
    // being the writer's background, not the speaker's nor that of a voice around it.
    private List<SourceRef>? AsideChain(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        if (SpeakerAside(sentence, figure) is not var (aside, speaks)) return null;
        var inside = chain.FindAll(r => r.Span.Start > aside.Start && r.Span.End < aside.End);
        return inside.Count > 0 ? inside : speaks ? null : [];
    }

    // Whether the figure's only voice is an outlet right before it that shows it ("In December state television showed about 100
    // soldiers marching"): at most four words between them, the first a depiction verb, no mark and no "that".
    private bool OnlyShows(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        if (chain is not [{ Role: CitationRole.Speaker } shower] || !IsMedia(shower)
            || shower.Span.Start < sentence.Start || shower.Span.End > figure.Start) return false;
        var between = document.Text[shower.Span.End..figure.Start];
        var words = Words(between);
        return between.IndexOfAny([',', ';', ':', '"', '“', '”']) < 0 && words.Count is > 0 and <= 4
            && closing.DepictionVerbs.Contains(words[0]) && !words.Contains("that");
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
        for (var i = sentence.Start; i < semicolon; i++) open = SourceText.QuoteState(text[i], open);
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
}
