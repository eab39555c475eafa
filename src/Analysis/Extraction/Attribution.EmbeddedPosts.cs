namespace Analysis.Extraction;

using Analysis.Corpus;

// A social-media post that a web page embeds: its text, then the platform's sign-off line, a dash, the poster's display name,
// the handle in brackets and the date ("… pic.twitter.com/… — Jane Doe (@janedoe) May 2, 2025"). The post is the poster's words,
// as a quotation is its speaker's: its figures that no voice of their own cites are the poster's.
internal sealed partial class Attribution
{
    // The poster of each sentence of an embedded post's text, by sentence.
    private readonly Dictionary<int, SourceRef> posters = [];

    // The longest post text read back from its sign-off, in sentences.
    private const int PostSentences = 8;

    // Finds each sign-off, makes its poster a speaker of the sign-off sentence (a name the sources did not read as a voice, a
    // person's name of two to four capitalised words, is added as one), and lends the poster to the sentences of the post's text:
    // the sign-off sentence's paragraph up to it, or, where the sign-off opens a paragraph of its own, the paragraph before.
    private void EmbeddedPostSigners()
    {
        var (text, sentences) = (document.Text, document.Sentences);
        foreach (var s in sentences)
        {
            // The sign-off as the sources read it (PostSignatures, post_signature): a dash, the display name (a second spelling
            // after a slash, as bilingual accounts write it, is dropped), the handle in brackets and the post's date ("May 2, 2025"),
            // which a writer's own credit line with a handle ("— Jane Doe (@janedoe)" closing an article) does not print.
            if (closing.PostSignatures.Find(text, s.Start, s.End - s.Start) is not { } signed) continue;
            var (dash, span) = signed;
            var list = refs[s.Index];
            var at = list.FindIndex(r => !r.IsPronoun && r.Span.Start >= span.Start && r.Span.End <= span.End);
            SourceRef poster;
            if (at >= 0) list[at] = poster = list[at] with { Role = CitationRole.Speaker };
            else if (PersonName(text[span.Start..span.End]))
            {
                poster = new SourceRef(span, text[span.Start..span.End], SourceKind.Official, null, CitationRole.Speaker, null, IsPerson: true);
                var before = list.FindIndex(r => r.Span.Start > span.Start);
                list.Insert(before < 0 ? list.Count : before, poster);
            }
            else continue;
            var opensParagraph = s.Index == FirstOfParagraph(s) && text.AsSpan(s.Start, dash - s.Start).IsWhiteSpace();
            var paragraph = opensParagraph ? s.Paragraph - 1 : s.Paragraph;
            for (var k = opensParagraph ? s.Index - 1 : s.Index; k >= 0 && k > s.Index - PostSentences && sentences[k].Paragraph == paragraph; k--)
                posters.TryAdd(k, poster);
        }
    }

    // The poster of an embedded post's sentence, for a figure there that no voice of its own cites; else null.
    private List<SourceRef>? PostChain(Sentence sentence) => posters.TryGetValue(sentence.Index, out var poster) ? [poster] : null;
}
