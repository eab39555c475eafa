namespace Analysis.Extraction;

using Analysis.Corpus;

// A news piece laid out in labelled paragraphs ("Source: Yonhap, citing MP Yu Yong-won" / "Details: …" / "Background: …")
// says in its source line where its news comes from: the statements of its other paragraphs came through the outlets that
// line names, and a sentence that cites no one is the line's own chain (its informant through its outlet). Paragraphs under
// a background label ("Background:") are the writer's context, as they read. A source line that is the last paragraph
// credits the piece (as a credit line does: "SOURCE: AA"), it relays none of its figures.
internal sealed partial class Attribution
{
    private List<SourceRef>? sourceLine;
    private int sourceLineSentence = -1;

    // The chain of the document's source line, found once; null when it has none.
    private List<SourceRef>? SourceLine()
    {
        if (sourceLineSentence == -1)
        {
            sourceLineSentence = -2;
            var sentences = document.Sentences;
            var last = sentences.Count == 0 ? 0 : sentences[^1].Paragraph;
            for (var k = 0; k < sentences.Count; k++)
                if (sentences[k].Paragraph < last && (k == 0 || sentences[k - 1].Paragraph != sentences[k].Paragraph)
                    && Labelled(sentences[k], closing.SourceLineLabels) && chains[k].Count > 0 && !Publishes(k))
                {
                    // "Source: Yonhap, citing MP Yu": the outlet the line names is of its chain, wherever its role left it.
                    var line = new List<SourceRef>(chains[k]);
                    foreach (var r in refs[k])
                        if (IsMedia(r) && !r.IsPronoun && !HasName(line, r.Name)) line.Add(r);
                    // "Source: Russian state news agency TASS": a description right before a name is that name.
                    line.RemoveAll(r => line.Exists(n => n.Span.Start == r.Span.End + 1 && document.Text[r.Span.End] == ' '));
                    (sourceLineSentence, sourceLine) = (k, line);
                    break;
                }
        }
        return sourceLine;
    }

    // Whether the source line opening at sentence k is the page's publishing line (publishing_line: a date or clock time after its
    // names, another label of page metadata in its paragraph: "Source: Reuters - Thu, 17 Jan 2013 17:11 GMT" /
    // "Author: Reuters"), which credits the page as a dateline does and relays none of its figures.
    private bool Publishes(int k)
    {
        var sentences = document.Sentences;
        var end = k;
        while (end + 1 < sentences.Count && sentences[end + 1].Paragraph == sentences[k].Paragraph) end++;
        var text = document.Text;
        var from = text.IndexOf(':', sentences[k].Start, sentences[k].End - sentences[k].Start) + 1;
        var to = Math.Min(sentences[end].End, from + 300);
        return from > 0 && closing.PublishingLine.IsMatch(text.AsSpan(from, to - from));
    }

    // The chain a sentence takes from the document's source line: the line's chain where it cites no one, else its own with the
    // line's outlets after it; null where the line does not apply (no line, the line itself, a heading, a background paragraph).
    private List<SourceRef>? ThroughSourceLine(Sentence sentence, List<SourceRef> chain)
    {
        if (SourceLine() is not { } line || sentence.Index == sourceLineSentence || sentence.Paragraph == 0 || InBackground(sentence)) return null;
        if (chain.Count == 0) return line;
        var outlets = line.FindAll(r => IsMedia(r) && !HasName(chain, r.Name));
        return outlets.Count == 0 ? null : [.. chain, .. outlets];
    }

    // Whether the sentence's paragraph opens on a background label ("Background: On 14 October Putin said …"), or stands under
    // a background label that is a paragraph of its own: "Background:" over its points, one paragraph each, as such pieces list
    // them, up to the next labelled paragraph ("Details:", "Quote:").
    private bool InBackground(Sentence sentence)
    {
        var sentences = document.Sentences;
        var k = FirstOfParagraph(sentence);
        if (Labelled(sentences[k], closing.BackgroundLabels)) return true;
        for (var j = k - 1; j >= 0; j--)
        {
            if (j > 0 && sentences[j - 1].Paragraph == sentences[j].Paragraph) continue;
            if (Labelled(sentences[j], closing.BackgroundLabels)) return LabelAlone(sentences[j]);
            if (OpensOnLabel(sentences[j])) return false;
        }
        return false;
    }

    // Whether the sentence is a label and its colon alone, its paragraph's only sentence ("Background:").
    private bool LabelAlone(Sentence sentence)
    {
        var text = document.Text;
        var colon = text.IndexOf(':', sentence.Start, sentence.End - sentence.Start);
        return colon >= 0 && text.AsSpan(colon + 1, sentence.End - colon - 1).IsWhiteSpace()
            && (sentence.Index + 1 == document.Sentences.Count || document.Sentences[sentence.Index + 1].Paragraph != sentence.Paragraph);
    }

    // Whether the sentence opens on a label of one to three words and its colon ("Details:", "More details:", "Quote:").
    private bool OpensOnLabel(Sentence sentence)
    {
        var text = document.Text;
        var i = sentence.Start;
        while (i < sentence.End && HeadingMarks.Contains(text[i])) i++;
        if (i >= sentence.End || !char.IsUpper(text[i])) return false;
        var words = 1;
        for (var e = i; e < sentence.End && e - i < 30; e++)
        {
            if (text[e] == ':') return true;
            if (text[e] == ' ' && ++words > 3) return false;
            if (!char.IsLetter(text[e]) && text[e] != ' ') return false;
        }
        return false;
    }

    // Whether the sentence opens on one of `labels` and a colon ("Source: …"), after markup at most.
    private bool Labelled(Sentence sentence, IReadOnlySet<string> labels)
    {
        var text = document.Text;
        var i = sentence.Start;
        while (i < sentence.End && HeadingMarks.Contains(text[i])) i++;
        var end = i;
        while (end < sentence.End && char.IsLetter(text[end])) end++;
        return end > i && end < sentence.End && text[end] == ':' && labels.Contains(text[i..end]);
    }
}
