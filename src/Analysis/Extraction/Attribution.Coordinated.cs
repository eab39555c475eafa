namespace Analysis.Extraction;

using Analysis.Corpus;

// Whether a coordinated clause is the writer's, though a voice speaks in the clause it is joined to.
internal sealed partial class Attribution
{
    // "The Pentagon has put the force at about 10,000, and the institute's reading of the reports allows for as many as 12,000",
    // "An investigation by Important Stories identified more than 1,500 foreign fighters …, and Pyongyang has sent about 12,000
    // troops": a clause joined by ", and", ", while" or ", but" (coordinated_clause_openers), with a subject and a finite verb of its
    // own and no voice, after a voice that only put a figure as a thing (object_statement_verbs, "according to"), is the writer's. A
    // voice that says a clause ("said", "told", "warned") may go on through the coordinated one ("Officials said 3,000 had arrived,
    // and 2,000 more are coming"): it keeps it, as do clauses that break the figure before them down or refer back to it.
    private bool CoordinatedClauseBackground(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        var text = document.Text;
        var (join, joinEnd) = (-1, -1);
        foreach (var opener in closing.CoordinatedOpeners)
        {
            if (figure.Start - sentence.Start < opener.Length) continue;
            var at = text.LastIndexOf(opener, figure.Start - 1, figure.Start - sentence.Start, StringComparison.Ordinal);
            if (at > join && at + opener.Length < figure.Start && char.IsWhiteSpace(text[at + opener.Length])) (join, joinEnd) = (at, at + opener.Length);
        }
        if (join < 0) return false;
        var first = -1;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End) continue;
            if (r.Span.End > join) return false;
            if (first < 0 || r.Span.Start < first) first = r.Span.Start;
        }
        if (first < 0 || FrontedVoice(sentence, chain)) return false;
        var open = false;
        for (var i = sentence.Start; i < join; i++) open = SourceText.QuoteState(text[i], open);
        if (open) return false;
        foreach (var word in Words(text[first..join]))
            if (closing.Verbs.Contains(word) && !closing.ObjectStatementVerbs.Contains(word)) return false;
        if (!OwnSubjectAndVerb(joinEnd, sentence.End) || closing.Continuations.Any(text, joinEnd, sentence.End)) return false;
        foreach (var hit in closing.BackReferences.Find(text, joinEnd, sentence.End))
            if (hit.Label == FigureReferences) return false;
        return !BreaksDown(joinEnd, sentence.End, sentence.Start, join);
    }

    // "By the estimates of Ukrainian intelligence, the North has made up for its losses, and its troops number about 11,000",
    // "According to officials, …": a voice in the sentence's opening phrase, before its first comma, speaks for all its clauses,
    // as it does when what it gives out follows its name ("According to Pentagon data, …", "According to Kyiv's own figures, …").
    private bool FrontedVoice(Sentence sentence, List<SourceRef> chain)
    {
        var text = document.Text;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End || text.AsSpan(sentence.Start, r.Span.Start - sentence.Start).Contains(',')) continue;
            var i = r.Span.End;
            if (i + 1 < sentence.End && text[i] is '\'' or '’' && text[i + 1] == 's') i += 2;
            for (var tails = 0; ; tails++)
            {
                while (i < sentence.End && text[i] == ' ') i++;
                var end = i;
                while (end < sentence.End && (char.IsAsciiLetterLower(text[end]) || text[end] == '-')) end++;
                if (tails == 3 || end == i || !closing.FrontedVoiceTails.Contains(text[i..end])) break;
                i = end;
            }
            if (i < sentence.End && text[i] == ',') return true;
        }
        return false;
    }

    // text[from..end) opens on a subject of its own (a name, a number, or coordinated_subject_openers: not "and told MPs") and
    // holds a finite verb (coordinated_finite_verbs; after a name, any word in -ed: "Lithuania … reinforced its own forces").
    private bool OwnSubjectAndVerb(int from, int end)
    {
        var text = document.Text;
        var i = from;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i == end) return false;
        var named = char.IsUpper(text[i]);
        var words = Words(text[i..end]);
        if (!named && !char.IsAsciiDigit(text[i]) && (words.Count == 0 || !closing.CoordinatedSubjects.Contains(words[0]))) return false;
        return words.Exists(w => closing.CoordinatedVerbs.Contains(w)) || named && words.Skip(1).Any(w => w.Length >= 5 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal));
    }
}
