namespace Analysis.Extraction;

using Analysis.Corpus;

// An office or a description of one person cited without its holder, whom the next sentence names: "Ukraine's military
// intelligence chief said … . Lt Gen Kyrylo Budanov told …", "…, a Ukrainian lawmaker said. Maryan Zablotskyy, who chairs …,
// said". The office is that person. The holder opens the next sentence (after a military rank at most), is cited there,
// is named there for the first time, and no other office is his ("President X said", "X, the defence minister, said"):
// else the office stays the body it heads.
internal sealed partial class Attribution
{
    private void NamedHolders()
    {
        var sentences = document.Sentences;
        for (var k = 0; k + 1 < sentences.Count; k++)
        {
            if (sentences[k + 1].Paragraph > sentences[k].Paragraph + 1) continue;
            for (var i = 0; i < refs[k].Count; i++)
            {
                var office = refs[k][i];
                if (office is not { IsPerson: false, IsPronoun: false, IsCited: true } || HolderNoun(office) is not { } noun) continue;
                if (OpeningHolder(k + 1, noun) is not { } holder) continue;
                // A body always cited ("Ukraine's military intelligence" in "… chief says") speaks through its holder.
                var role = office.Role == CitationRole.Mentioned ? CitationRole.Speaker : office.Role;
                refs[k][i] = holder with { Span = office.Span, Role = role, Fallback = null };
            }
            // "The commander of U.S. Forces Korea said Tuesday that … . Gen. Xavier Brunson, speaking at …, said …": an office the
            // sentence opens with as its speaker, which no list names, is the holder the next sentence introduces.
            // The body the office is of ("U.S. Forces Korea", read as the verb's subject) gives way to the holder.
            if (OpeningOffice(sentences[k]) is { } opening
                && !refs[k].Exists(r => r.Role is CitationRole.Speaker or CitationRole.Informant && (r.IsPerson || r.Span.Start >= opening.Span.End))
                && OpeningHolder(k + 1, opening.Noun) is { } named)
            {
                refs[k].RemoveAll(r => r.Span.Start >= opening.Span.Start && r.Span.End <= opening.Span.End);
                refs[k].Add(named with { Span = opening.Span, Role = CitationRole.Speaker, Fallback = null });
                refs[k].Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            }
        }
    }

    // Where a sentence's text starts after a dateline ("WASHINGTON - ", "KYIV (AP) — "): a dash within its first 40 characters
    // with no lower-case letter before it outside brackets; else the sentence's start.
    private static int AfterDateline(string text, Sentence sentence)
    {
        var limit = Math.Min(sentence.End, sentence.Start + 40);
        var depth = 0;
        for (var i = sentence.Start; i + 1 < limit; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && char.IsLower(c)) return sentence.Start;
            else if (c is '-' or '—' or '–' && text[i + 1] == ' ' && i > sentence.Start && text[i - 1] == ' ') return i + 2;
        }
        return sentence.Start;
    }

    // "The commander of U.S. Forces Korea said", "The army's chief of staff told": a sentence that opens with "The", an office
    // (described_holders) among at most eight words with no mark or figure, then a verb of speech; the office's noun and span.
    private (string Noun, TextSpan Span)? OpeningOffice(Sentence sentence)
    {
        var text = document.Text;
        var start = AfterDateline(text, sentence);
        if (string.CompareOrdinal(text, start, "The ", 0, 4) != 0) return null;
        string? noun = null;
        var (at, end) = (start + 4, start + 3);
        for (var words = 0; words < 9 && at < sentence.End; words++)
        {
            var e = at;
            while (e < sentence.End && text[e] is not (' ' or ',' or ';' or ':' or '"' or '“' or '(')) e++;
            var word = text.AsSpan(at, e - at);
            if (word.IsEmpty || e >= sentence.End || text[e] != ' ' || word.IndexOfAnyInRange('0', '9') >= 0) return null;
            if (closing.Verbs.Contains(word.ToString())) return noun is null || words < 2 ? null : (noun, new TextSpan(start, end));
            var bare = word.EndsWith("'s") || word.EndsWith("’s") ? word[..^2] : word;
            if (closing.DescribedHolders.Contains(bare) && char.IsLower(bare[0])) noun = bare.ToString();
            (end, at) = (e, e + 1);
        }
        return null;
    }

    // "Ukraine's military intelligence chief", "a Ukrainian lawmaker": the office's last word, or the word after the body it
    // names, when that word is one person's office.
    private string? HolderNoun(SourceRef r)
    {
        var text = document.Text;
        var words = text.AsSpan(r.Span.Start, r.Span.End - r.Span.Start);
        var last = words[(words.LastIndexOf(' ') + 1)..];
        if (closing.DescribedHolders.Contains(last)) return last.ToString().ToLowerInvariant();
        // The office before the body it heads: "the head of Ukraine's military intelligence said … . Kyrylo Budanov added".
        if (OfficeOfBody(text, r.Span.Start) is { } office) return office;
        // A body named inside the office: "Ukraine's military intelligence" in "Ukraine's military intelligence chief said".
        if (r.Span.End + 1 >= text.Length || text[r.Span.End] != ' ') return null;
        var end = r.Span.End + 1;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var next = text.AsSpan(r.Span.End + 1, end - r.Span.End - 1);
        return closing.DescribedHolders.Contains(next) ? next.ToString().ToLowerInvariant() : null;
    }

    // "the head of", "The chief of the": an office of one holder (described_holders, after "the") linked by "of" right before a
    // body at `at`; its noun, or null.
    private string? OfficeOfBody(string text, int at)
    {
        var e = SourceText.SkipWhiteSpaceBack(text, at);
        var word = WordBefore(text, ref e);
        if (word is "the" or "The")
        {
            e = SourceText.SkipWhiteSpaceBack(text, e);
            word = WordBefore(text, ref e);
        }
        if (word is not "of") return null;
        e = SourceText.SkipWhiteSpaceBack(text, e);
        var noun = WordBefore(text, ref e);
        e = SourceText.SkipWhiteSpaceBack(text, e);
        return noun is not null && closing.DescribedHolders.Contains(noun) && WordBefore(text, ref e) is "the" or "The" ? noun.ToLowerInvariant() : null;
    }

    // The letters (and hyphens) ending at `end`, moving `end` to where they start; null when none.
    private static string? WordBefore(string text, ref int end)
    {
        var b = end;
        while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] == '-')) b--;
        if (b == end) return null;
        var word = text[b..end];
        end = b;
        return word;
    }

    // The person cited first in sentence k who opens it and is named there for the first time, with no other office; else null.
    private SourceRef? OpeningHolder(int k, string noun)
    {
        var (text, sentence) = (document.Text, document.Sentences[k]);
        var holder = refs[k].Find(r => r is { IsPerson: true, IsGroup: false, IsPronoun: false, Role: CitationRole.Speaker });
        if (holder is null) return null;
        // Named before, cited or not ("Andrzej Duda visited the base."): someone already in the story, not the holder introduced.
        var surname = holder.Name[(holder.Name.LastIndexOf(' ') + 1)..];
        if (text.AsSpan(0, sentence.Start).Contains(surname, StringComparison.Ordinal)) return null;
        // Only ranks before the name: "Lt Gen Kyrylo Budanov told", not "President Volodymyr Zelensky said".
        var nameAt = text.IndexOf(holder.Name, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
        if (nameAt < 0) return null;
        // Or an opening phrase set off by a comma before the name: "Each of the four, Jens Stoltenberg told a news conference".
        var afterComma = nameAt - 2 > sentence.Start && text[nameAt - 1] == ' ' && text[nameAt - 2] == ',';
        if (!afterComma)
            foreach (var range in text.AsSpan(sentence.Start, nameAt - sentence.Start).Split(' '))
            {
                var word = text.AsSpan(sentence.Start, nameAt - sentence.Start)[range].Trim();
                if (!word.IsEmpty && !closing.MilitaryRanks.Contains(word)) return null;
            }
        // An apposition of another office: "Jan Nowak, the defence ministry's spokesman, said"; the same office may be said
        // again ("Budanov, the head of military intelligence,").
        var after = nameAt + holder.Name.Length;
        if (after < sentence.End && text[after] == ',')
        {
            var close = text.IndexOf(',', after + 1, sentence.End - after - 1);
            var apposition = text.AsSpan(after + 1, (close < 0 ? sentence.End : close) - after - 1);
            foreach (var range in apposition.Split(' '))
            {
                var word = apposition[range].Trim(".,;:");
                if (word.EndsWith("'s") || word.EndsWith("’s")) word = word[..^2];
                if (word.IsEmpty || !closing.Titles.Contains(word) && !closing.OfficeWords.Contains(word)) continue;
                var same = word.Equals(noun, StringComparison.OrdinalIgnoreCase)
                    || noun is "chief" or "head" && word is "chief" or "head";
                if (!same) return null;
            }
        }
        return holder;
    }
}
