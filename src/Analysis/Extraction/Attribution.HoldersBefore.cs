namespace Analysis.Extraction;

using Analysis.Corpus;

// An international body's office cited without its holder, whose holder the story named before with that office: "NATO
// Secretary-General Mark Rutte met … . The NATO chief said …", "Mark Rutte, NATO's secretary-general, … . NATO's
// secretary-general said …". Wire copy names the holder once and then the office (the DevSet header: a description whose
// holder the passage names is that person). The office is read as the body itself (OrganisationVoices); the holder is a
// person cited or named in an earlier sentence with the body's name and the same office next to his name ("chief" and
// "head" stand for any top office). With two such people, or none, the office stays the body.
internal sealed partial class Attribution
{
    private void HoldersBefore()
    {
        var text = document.Text;
        for (var k = 1; k < refs.Length; k++)
            for (var i = 0; i < refs[k].Count; i++)
            {
                var office = refs[k][i];
                if (office is not { IsPerson: false, IsPronoun: false, IsGroup: false, Country: null, IsCited: true }) continue;
                if (BodyOffice(text, office.Span) is not var (body, noun)) continue;
                SourceRef? holder = null;
                for (var h = k - 1; h >= 0; h--)
                    foreach (var p in refs[h])
                    {
                        if (p is not { IsPerson: true, IsGroup: false, IsPronoun: false } || !HoldsOffice(text, document.Sentences[h], p, body, noun)) continue;
                        if (holder is not null && holder.Name != p.Name) goto Next;
                        holder = p;
                    }
                if (holder is not null) refs[k][i] = holder with { Span = office.Span, Role = office.Role, Fallback = null };
                Next:;
            }
    }

    // "NATO's secretary-general", "NATO chief": the body's words and the office's last word (described_holders), when the
    // span is a capitalised name, an optional "'s" and lower-case office words; else null.
    private (string Body, string Noun)? BodyOffice(string text, TextSpan span)
    {
        var words = text.AsSpan(span.Start, span.End - span.Start);
        var last = words.LastIndexOf(' ');
        if (last < 0) return null;
        var noun = words[(last + 1)..];
        if (!closing.DescribedHolders.Contains(noun) || !char.IsLower(noun[0])) return null;
        // The body: the capitalised words the span opens with, up to a possessive "'s" or a lower-case word.
        var end = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty || !char.IsUpper(word[0])) break;
            if (word.EndsWith("'s") || word.EndsWith("’s"))
            {
                end = range.Start.Value + word.Length - 2;
                break;
            }
            end = range.Start.Value + word.Length;
        }
        if (end == 0) return null;
        return (words[..end].ToString(), noun.ToString().ToLowerInvariant());
    }

    // Whether person p's title or apposition in its sentence names the body and the office: "NATO Secretary-General Mark
    // Rutte", "Mark Rutte, NATO's secretary-general," (within 40 characters before the name, or up to the comma after it).
    private bool HoldsOffice(string text, Sentence sentence, SourceRef p, string body, string noun)
    {
        var from = Math.Max(sentence.Start, p.Span.Start - 40);
        var before = text.AsSpan(from, p.Span.End - from);
        var after = ReadOnlySpan<char>.Empty;
        if (p.Span.End + 1 < sentence.End && text[p.Span.End] == ',')
        {
            var close = text.IndexOf(',', p.Span.End + 1, sentence.End - p.Span.End - 1);
            after = text.AsSpan(p.Span.End + 1, (close < 0 ? sentence.End : close) - p.Span.End - 1);
        }
        return Names(before) || Names(after);

        bool Names(ReadOnlySpan<char> region)
        {
            var at = region.IndexOf(body, StringComparison.Ordinal);
            if (at < 0) return false;
            var rest = region[(at + body.Length)..];
            return noun is "chief" or "head" ? ContainsAnyOffice(rest) : rest.Contains(noun, StringComparison.OrdinalIgnoreCase);
        }
    }

    // Whether the words hold any office word of one holder (described_holders), written in any case.
    private bool ContainsAnyOffice(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range].Trim(".,;:'’s");
            if (!word.IsEmpty && closing.DescribedHolders.Contains(word)) return true;
        }
        return false;
    }
}
