namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

// Which clause of a sentence a voice speaks for, and whether it closes the sentence ("…, lawmaker Park said.").
internal sealed partial class Attribution
{
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
            // "South Korea, Japan, and Ukraine estimate that …": the ", and" of a serial list of voices opens no clause.
            if (InSerialList(b.Span) || InsideVoice(refs[sentence.Index], b.Span)) continue;
            if (b.Span.Start <= figure.Start && !Prepositional(b, figure) && !SecondObject(b)) from = Math.Max(from, b.Span.End);
            else if (b.Span.Start > figure.Start) to = Math.Min(to, b.Span.Start);
        }
        bool InSerialList(TextSpan at) => chain.Exists(a => a.Span.End <= at.Start && chain.Exists(c => at.End <= c.Span.Start
            && SerialListed(a, c, refs[sentence.Index])));
        // A news agency, state-run or not, relays what the sentence says: its own words are no clause's ("…, Shoigu said after
        // talks in Pyongyang, according to TASS").
        bool Speaks(SourceRef r) => r.Role == CitationRole.Speaker && !IsMedia(r);
        bool InSentence(SourceRef r) => r.Span.Start >= sentence.Start && r.Span.End <= sentence.End;
        bool InClause(SourceRef r) => r.Span.Start >= from && (r.Span.End <= to || Closes(r) || ToldByClosing(r));
        // "… after the withdrawal, U.S. officials told The Associated Press on Thursday.": whom a closing speaker told is of its clause.
        bool ToldByClosing(SourceRef r) => r.Role == CitationRole.Audience && chain.Exists(s => Speaks(s) && s.Span.Start >= to && s.Span.End <= r.Span.Start && Closes(s));
        // A clause that a bare word opens ("… after Putin announced a mobilisation") ends at its comma: a speaker who then
        // closes the sentence ("…, lawmaker Lee told reporters.") speaks for all of it.
        bool Closes(SourceRef r)
        {
            // A voice that begins before the clause's end is of the clause itself (or straddles its end): it closes nothing.
            if (r.Span.Start < to) return false;
            foreach (var b in breaks)
                if (b.Span.Start >= to && b.Span.Start < r.Span.Start && !char.IsLetter(document.Text[b.Span.Start])) return false;
            // "…, two days after Pyongyang confirmed the deployment.": a voice that a bare break word opens after its comma speaks in
            // that clause of time; it closes nothing.
            var comma = r.Span.Start > sentence.Start ? document.Text.LastIndexOf(',', r.Span.Start - 1, r.Span.Start - sentence.Start) : -1;
            if (comma >= to)
                foreach (var b in breaks)
                    if (b.Span.Start > comma && b.Span.Start < r.Span.Start && char.IsLetter(document.Text[b.Span.Start])) return false;
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
        // "The independent Financial Gazette later reported that Zimbabwe had lost 164 men; the defence minister, Moven Mahachi,
        // would not confirm the numbers": an outlet that speaks in the figure's own clause, before the figure, is that clause's
        // voice, and a speaker of another clause takes the figure from it no more than from a speaker.
        bool OwnOutlet(SourceRef r) => IsMedia(r) && r.Role == CitationRole.Speaker && r.Span.End <= figure.Start;
        if (!chain.Exists(r => (Speaks(r) || Opens(r) && !OpensOther(r) || OwnOutlet(r)) && InSentence(r) && InClause(r))
            || !chain.Exists(r => Elsewhere(r) || OpensOther(r))) return null;
        // An outlet that relays the whole sentence ("…, Yonhap reported") stays; one that another clause's speaker told ("…, while
        // a rebel spokesman told AFP that 17 …"), or that opens another clause, carries only that clause.
        // "…, a lawmaker said on Wednesday after a briefing by the spy agency, two days after Pyongyang confirmed the deployment": the
        // informant of the phrase that a bare break word opens right where the figure's clause ends, before any comma, informed
        // that clause's speaker; the later clause's voice does not take it away.
        bool BriefedClause(SourceRef r)
        {
            if (r.Role != CitationRole.Informant || !InSentence(r) || r.Span.Start < to) return false;
            var opened = false;
            foreach (var b in breaks)
                if (b.Span.Start == to && char.IsLetter(document.Text[b.Span.Start])) opened = true;
                else if (b.Span.Start > to && b.Span.Start < r.Span.Start) return false;
            return opened && document.Text.AsSpan(to, r.Span.Start - to).IndexOfAny(",;:") < 0;
        }
        return chain.FindAll(r => !InSentence(r) || InClause(r) && !OpensOther(r) || IsMedia(r) && r.Role != CitationRole.Audience && !OpensOther(r)
            || BriefedClause(r));
    }

    // "Ukrainian authorities told him the pair were the only prisoners, and that the North's casualties were around 4,000, Yu
    // said": ", and that" opens a second object of the same verb of speech, whose voice it keeps, no clause of its own.
    private bool SecondObject(PhraseMatch b)
    {
        var text = document.Text;
        if (text.AsSpan(b.Span.Start, b.Span.End - b.Span.Start).Trim(", ") is not "and") return false;
        var rest = text.AsSpan(b.Span.End).TrimStart();
        return rest.StartsWith("that ", StringComparison.Ordinal);
    }

    // "Lee told reporters after a closed-door session … that the NIS put the total at 15,000": a bare break word ("after") whose
    // phrase runs, without a comma, into the "that" of a speech before the figure opens no clause of its own.
    private bool Prepositional(PhraseMatch b, TextSpan figure)
    {
        var text = document.Text;
        // "…reported that Zimbabwe had lost 164 men, with 434 wounded;": ", with" that runs straight into the figure, a hedge at
        // most between, and ends a word or two after it adds a part of the clause before; it opens no absolute clause of its own
        // ("…, with spokesman X saying", "…, with about 3,000 more sent early this year, according to Kyiv").
        if (text[b.Span.Start] == ',' && b.Span.End < figure.Start && text.AsSpan(b.Span.Start + 1, b.Span.End - b.Span.Start - 1).Trim() is "with"
            && text.AsSpan(b.Span.End, figure.Start - b.Span.End) is var lead && lead.IndexOfAny(",;:") < 0 && !lead.ContainsAnyInRange('A', 'Z')
            && lead.Count(' ') <= 3 && text.AsSpan(figure.End, Math.Max(0, text.Length - figure.End)) is var tail
            && tail.IndexOfAny(",;.") is var mark and >= 0 && tail[..mark].Trim().Count(' ') <= 1) return true;
        if (!char.IsLetter(text[b.Span.Start]) || figure.Start <= b.Span.End) return false;
        var phrase = text.AsSpan(b.Span.End, figure.Start - b.Span.End);
        return phrase.IndexOfAny(",;:") < 0 && phrase.IndexOf(" that ", StringComparison.Ordinal) >= 0;
    }

    // What follows the first word (the voice's verb), from its next non-space character.
    private static ReadOnlySpan<char> AfterVerb(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        var n = 0;
        while (n < after.Length && char.IsLetter(after[n])) n++;
        return after[n..].TrimStart();
    }

    // Nothing but spaces and an article: "…, and the state news agency reported".
    private static bool OnlyArticle(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        return between.IsEmpty || between is "the" or "The";
    }

    // Whether every voice of the sentence in `chain` stands after a clause break that follows the figure, in clauses that
    // count a figure of their own or set something against it (", but", ", while": contrast_clause_breaks), none of them
    // closing the sentence ("…, and 2,000 more are coming, the Pentagon said" closes it: it speaks for all of it).
    private bool OnlyLaterClausesSpeak(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        // Most figures have a voice before them, or no figure after their voice: the breaks are not looked for.
        var first = sentence.End;
        foreach (var r in chain)
            if (r.Span.Start >= sentence.Start && r.Span.End <= sentence.End && r.Span.Start < first) first = r.Span.Start;
        if (first < figure.End || first == sentence.End) return false;
        var text = document.Text;
        var laterFigure = text.AsSpan(figure.End, sentence.End - figure.End).IndexOfAnyInRange('0', '9') >= 0;
        if (!laterFigure && !closing.ContrastBreaks.Any(b => text.IndexOf(b, figure.End, first - figure.End, StringComparison.Ordinal) >= 0)) return false;
        var to = sentence.End;
        foreach (var b in closing.ClauseBreaks.Find(text, sentence.Start, sentence.End))
            if (b.Span.Start > figure.Start && b.Span.Start < to && !InsideVoice(refs[sentence.Index], b.Span)) to = b.Span.Start;
        // The later clauses hold a figure of their own, which their voice gives: "… put the total above 6,000". Or they set
        // something else against the figure ("Freedonia had pledged 120 soldiers, but the prime minister said that it was not
        // possible to send them all at once"): the voice of the contrast says only its own clause.
        if (to == sentence.End) return false;
        var contrast = closing.ContrastBreaks.Any(b => text.AsSpan(to).StartsWith(b, StringComparison.Ordinal));
        if (!contrast && text.AsSpan(to, sentence.End - to).IndexOfAnyInRange('0', '9') < 0) return false;
        var any = false;
        foreach (var r in chain)
        {
            if (r.Span.Start < sentence.Start || r.Span.End > sentence.End) continue;
            if (r.Span.Start < to) return false;
            // The subject of the contrast ("…, but Prime Minister X said Tuesday that …") says its own clause, whatever follows its verb.
            if (contrast && text.AsSpan(to + 1, r.Span.Start - to - 1).IndexOfAny(",;:\"“”") < 0 && AfterVerb(text.AsSpan(r.Span.End, sentence.End - r.Span.End)) is [not ('.' or ',' or '!' or '?'), ..])
            {
                any = true;
                continue;
            }
            if (r.Role == CitationRole.Speaker && (CommaBefore(text.AsSpan(sentence.Start, r.Span.Start - sentence.Start))
                || ClosingAccordingTo(text.AsSpan(sentence.Start, r.Span.Start - sentence.Start)))
                && (SaidToTheEnd(text.AsSpan(r.Span.End, sentence.End - r.Span.End)) || RelayedToTheEnd(text.AsSpan(r.Span.End, sentence.End - r.Span.End)))) return false;
            any = true;
        }
        return any;
    }

    // "…, and 2,000 more are expected, Yonhap reported on Monday, citing the NIS.": after a name, a closing verb whose clause goes on
    // only to name its informant (a short tail without a mark, one comma, a citing verb, then no mark and no figure to the full
    // stop) closes the sentence as a bare "…, Yonhap reported." does, so the relay speaks for the clauses before it too.
    private bool RelayedToTheEnd(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        var n = 0;
        while (n < rest.Length && char.IsLetter(rest[n])) n++;
        if (n == 0 || !closing.Verbs.Contains(rest[..n].ToString())) return false;
        var comma = rest.IndexOf(',');
        if (comma < n || comma - n > ClosingTailLength || rest[n..comma].IndexOfAny(";:\"“”()") >= 0) return false;
        var cited = rest[(comma + 1)..].TrimStart();
        foreach (var cite in closing.CitingVerbs)
            if (cited.StartsWith(cite, StringComparison.Ordinal) && cited.Length > cite.Length && cited[cite.Length] == ' '
                && cited[cite.Length..].TrimEnd() is var named && named.Length is > 1 and <= PostmodifierLength && named[^1] is '.' or '!' or '?'
                && named[..^1].IndexOfAny(",;:\"“”()") < 0 && named.IndexOfAnyInRange('0', '9') < 0) return true;
        return false;
    }

    // "…, and more than 4,100 wounded, according to the latest update from the National Intelligence Service.": the text before a
    // voice ends in a comma, "according to" and the words of what it gave out (no figure, no other mark), however many there are.
    private static bool ClosingAccordingTo(ReadOnlySpan<char> before)
    {
        var comma = before.LastIndexOf(',');
        if (comma < 0) return false;
        var tail = before[(comma + 1)..].Trim();
        return tail.StartsWith("according to ", StringComparison.Ordinal) && tail.IndexOfAnyInRange('0', '9') < 0 && tail.IndexOfAny(";:()\"“”") < 0
            && tail.Count(' ') <= 10;
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

    // "…, according to Rep. Park Sun-won of the ruling Democratic Party.": what follows a person's affiliation ("of", "at" or
    // "from", then up to ten words with no figure, no mark and no clause's link), from the mark or the closing verb that ends
    // it; empty where there is no such affiliation. Korean and American copy names a briefed lawmaker so when he closes the sentence.
    // toAnd: the affiliation may end at an "and" instead, where a second voice follows ("Rep. Park of the ruling party and Rep.
    // Lee of the opposition"), and what follows is from that "and".
    private ReadOnlySpan<char> PastAffiliation(ReadOnlySpan<char> after, bool toAnd = false)
    {
        var rest = after.TrimStart(' ');
        var link = rest.IndexOf(' ');
        if (link <= 0 || rest[..link] is not ("of" or "at" or "from")) return [];
        var words = 0;
        for (var i = link + 1; i < rest.Length; i++)
        {
            if (rest[i] is ',' or '.' or ';' or '!' or '?') return words > 0 && !toAnd ? rest[i..] : [];
            if (char.IsAsciiDigit(rest[i]) || rest[i] is ':' or '"' or '“' or '”' or '(') return [];
            if (rest[i] != ' ') continue;
            var next = rest[(i + 1)..];
            var end = next.IndexOfAny(" ,.;");
            var word = (end < 0 ? next : next[..end]).ToString();
            if (toAnd && word == "and" && words > 0) return next;
            // "…, Rep. Park of the ruling party said.": the closing verb after the affiliation.
            if (!toAnd && words > 0 && (closing.Verbs.Contains(word) || closing.Auxiliaries.Contains(word))) return next;
            if (++words > 10 || closing.AffiliationBreaks.Contains(word) || closing.Verbs.Contains(word) || closing.Auxiliaries.Contains(word)) return [];
        }
        return [];
    }

    // How far a voice's postmodifier may run before its verb ("who spoke on condition of anonymity"), as speaker_after reads it.
    private const int PostmodifierLength = 80;

    // How long what follows a closing verb may run to the full stop with no mark, and still close the sentence ("said on
    // Tuesday at a news conference"); after a verb that names an audience (closing_audience_verbs: "told a closed-door session
    // of parliament's intelligence committee on Wednesday"), longer.
    private const int ClosingTailLength = 60, AudienceTailLength = 90;

    // After a name, a closing verb and the rest of the sentence without a comma, semicolon or colon (at most ClosingTailLength
    // characters: "said on Friday."), or only the full stop.
    private bool SaidToTheEnd(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        if (rest.Length == 0 || (rest.Length >= 1 && rest[0] is '.' or '!' or '?' && rest[1..].IsWhiteSpace())) return true;
        // "…, according to the estimates of South Korea's spy agency, which briefed parliament on Tuesday.": a relative clause that
        // only describes the voice, with no figure and no further break, closes the sentence as the full stop does.
        if (rest[0] == ',' && rest[1..].TrimStart() is var relative && (relative.StartsWith("which ", StringComparison.Ordinal) || relative.StartsWith("who ", StringComparison.Ordinal))
            && relative.Length <= 80 && relative.IndexOfAny(",;:") < 0 && relative.IndexOfAnyInRange('0', '9') < 0) return true;
        // "…, according to lawmakers who attended.", "…, according to lawmakers attending the closed session.": what says who the
        // voice is (closing_voice_postmodifiers), running to the full stop with no figure, no mark and no verb of speech, closes the
        // sentence as the full stop does: the voice is the outermost relay, not the origin.
        foreach (var modifier in closing.ClosingPostmodifiers)
            if (rest.StartsWith(modifier, StringComparison.Ordinal) && rest.Length > modifier.Length && rest[modifier.Length] is ' ' or '.'
                && ModifierToTheEnd(rest[modifier.Length..])) return true;
        // "…, according to Lee Seong-kweun, one of the lawmakers who attended the meeting.": a noun phrase in apposition that only
        // describes the voice, with no figure, no further break and no verb of speech, closes the sentence as the full stop does.
        if (rest[0] == ',' && rest[1..].TrimStart() is var aside && aside.Length <= 90 && ClosingAside(aside)) return true;
        // "…, the head of the Service, Oleh Ivashchenko, stated.", "…, Oleh Ivashchenko, the army's chief, said.": a name set off by
        // commas, or one an aside without a figure or another mark follows, closes the sentence with the verb after the comma.
        if (rest[0] == ',')
        {
            var apposed = rest[1..];
            if (OpensWithVerb(apposed)) return SaidToTheEnd(apposed);
            var comma = apposed.IndexOf(',');
            if (comma > 0 && comma <= 80 && apposed[..comma].IndexOfAny(";:\"“”()") < 0 && apposed[..comma].IndexOfAnyInRange('0', '9') < 0
                && OpensWithVerb(apposed[(comma + 1)..])) return SaidToTheEnd(apposed[(comma + 1)..]);
        }
        // "…, U.S. officials who spoke on condition of anonymity said.", "…, two officials familiar with the assessment said.": what
        // says who the voice is (voice_postmodifiers), up to its verb with no figure and no mark between, closes the sentence with it.
        foreach (var modifier in closing.VoicePostmodifiers)
            if (rest.StartsWith(modifier, StringComparison.Ordinal) && rest.Length > modifier.Length && rest[modifier.Length] == ' ')
            {
                var words = rest[modifier.Length..];
                for (var at = 0; at < words.Length && at <= PostmodifierLength; at++)
                {
                    if (words[at] is ',' or ';' or ':' or '"' or '“' or '”' or '(' || char.IsAsciiDigit(words[at])) return false;
                    if (words[at] == ' ' && Word(words[(at + 1)..]) is { Length: > 0 } next && (closing.Verbs.Contains(next.ToString()) || closing.Auxiliaries.Contains(next.ToString()))
                        && SaidToTheEnd(words[(at + 1)..])) return true;
                }
                return false;
            }
        var word = Word(rest);
        if (closing.Auxiliaries.Contains(word.ToString()) && rest[word.Length..] is var tail && tail.Length > 0 && char.IsWhiteSpace(tail[0]) && Word(tail.TrimStart()) is var verb && closing.Verbs.Contains(verb.ToString()))
            return Closes(tail.TrimStart()[verb.Length..], verb);
        return closing.Verbs.Contains(word.ToString()) && (Closes(rest[word.Length..], word) || Circumstance(rest[word.Length..]));

        static ReadOnlySpan<char> Word(ReadOnlySpan<char> s)
        {
            var n = 0;
            while (n < s.Length && (char.IsLetterOrDigit(s[n]) || s[n] == '_')) n++;
            return s[..n];
        }

        bool Closes(ReadOnlySpan<char> s, ReadOnlySpan<char> verb) =>
            s.Length <= (closing.AudienceVerbs.Contains(verb.ToString()) ? AudienceTailLength : ClosingTailLength) && s.IndexOfAny(",;:") < 0;

        bool ModifierToTheEnd(ReadOnlySpan<char> s)
        {
            var end = s.TrimEnd();
            if (end.Length == 0 || end.Length > PostmodifierLength || end[^1] is not ('.' or '!' or '?')) return false;
            if (end[..^1].IndexOfAny(",;:\"“”()") >= 0 || end.IndexOfAnyInRange('0', '9') >= 0) return false;
            foreach (var w in end[..^1].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (closing.Verbs.Contains(w) || closing.Auxiliaries.Contains(w)) return false;
            return true;
        }

        bool ClosingAside(ReadOnlySpan<char> s)
        {
            if (!(s.StartsWith("one of ", StringComparison.Ordinal) || s.StartsWith("a ", StringComparison.Ordinal) || s.StartsWith("an ", StringComparison.Ordinal)
                || s.StartsWith("the ", StringComparison.Ordinal))) return false;
            if (s.IndexOfAny(",;:\"“”()") >= 0 || s.IndexOfAnyInRange('0', '9') >= 0) return false;
            var end = s.TrimEnd();
            if (end.Length == 0 || end[^1] is not ('.' or '!' or '?')) return false;
            foreach (var w in s[..^1].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (closing.Verbs.Contains(w) || closing.Auxiliaries.Contains(w)) return false;
            return true;
        }

        bool OpensWithVerb(ReadOnlySpan<char> s)
        {
            var first = Word(s.TrimStart()).ToString();
            return first.Length > 0 && (closing.Verbs.Contains(first) || closing.Auxiliaries.Contains(first));
        }

        // "…, reports said, as Thai F-16 jets carried out air strikes.": a comma, then a closing_tails word opening a clause with
        // no figure, no further break and no quotation.
        bool Circumstance(ReadOnlySpan<char> s)
        {
            var comma = s.IndexOf(',');
            if (comma < 0 || comma > 60 || s[..comma].IndexOfAny(";:") >= 0) return false;
            var tail = s[(comma + 1)..].TrimStart();
            var first = Word(tail);
            return first.Length > 0 && closing.ClosingTails.Contains(first.ToString()) && tail.IndexOfAny(",;:\"“”") < 0 && !HasNumber(tail);
        }

        // A number of its own, not a model's ("F-16 jets", "Su-35s").
        static bool HasNumber(ReadOnlySpan<char> s)
        {
            for (var i = 0; i < s.Length; i++)
                if (char.IsAsciiDigit(s[i]) && (i == 0 || !(char.IsLetter(s[i - 1]) || s[i - 1] == '-' || char.IsAsciiDigit(s[i - 1])))) return true;
            return false;
        }
    }

    // "…, U.S., Ukrainian, and South Korean officials said": the serial comma of the adjectives listed before one voice noun lies
    // inside that voice's own words (the first listed voice spans the list), and opens no clause.
    private static bool InsideVoice(List<SourceRef> sentenceRefs, TextSpan at) =>
        sentenceRefs.Exists(r => r.Span.Start < at.Start && at.End <= r.Span.End);
}
