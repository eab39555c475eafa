namespace Analysis.Extraction;

using Analysis.Corpus;

// "Lawmakers said about 2,000 had been killed, far above Pyongyang's own estimate of 350 casualties": a count that a voice's
// possessive owns ("Kyiv's estimate of 20,000", "the Pentagon's latest figure of 1,500") is that voice's, whoever else speaks in
// the sentence, and that voice speaks for no other figure of it (possessed_estimate_nouns).
internal sealed partial class Attribution
{
    // The voice of the sentence whose possessive owns the count at `figure`; else null.
    private SourceRef? PossessedOwner(Sentence sentence, TextSpan figure)
    {
        var text = document.Text;
        foreach (var r in refs[sentence.Index])
            if (OwnedCountAt(sentence, r) is >= 0 and var of && of <= figure.Start && figure.Start - of < 40
                && text.AsSpan(of, figure.Start - of).IndexOfAnyInRange('0', '9') < 0) return r;
        return null;
    }

    // The chain without the voices that own a count of their own later in the sentence (the figure is not theirs), or null when
    // none does; an empty list when they were its only voices.
    private List<SourceRef>? WithoutOwnersOfOtherCounts(Sentence sentence, TextSpan figure, List<SourceRef> chain)
    {
        List<SourceRef>? kept = null;
        foreach (var r in chain)
            if (r.Span.Start >= figure.End && r.Span.End <= sentence.End && OwnedCountAt(sentence, r) >= 0)
                (kept ??= [.. chain]).RemoveAll(k => k.Name == r.Name);
        return kept;
    }

    // Where the words after "of" start when the reference is followed by "'s", at most three lower-case words the last of which
    // (or one before it) is a possessed_estimate_nouns word, "of", and at most three lower-case words before a digit; else -1.
    private int OwnedCountAt(Sentence sentence, SourceRef r)
    {
        var text = document.Text;
        var at = r.Span.End;
        if (r.Span.Start < sentence.Start || at + 2 >= sentence.End || text[at] is not ('\'' or '’') || text[at + 1] != 's') return -1;
        at += 2;
        var (words, noun, of) = (0, false, -1);
        while (true)
        {
            var start = at;
            while (at < sentence.End && text[at] == ' ') at++;
            var end = at;
            while (end < sentence.End && char.IsLetter(text[end])) end++;
            if (end == at || at == start) break;
            var word = text.AsSpan(at, end - at);
            if (!char.IsLower(word[0]) || ++words > 3) return -1;
            if (of < 0 && noun && word is "of") (of, words) = (end, 0);
            else if (of < 0) noun = closing.PossessedEstimateNouns.Contains(word.ToString());
            at = end;
        }
        return of >= 0 && at < sentence.End && char.IsAsciiDigit(text[at]) ? of : -1;
    }
}
