namespace Analysis.Extraction;

using System.Text.RegularExpressions;
using Analysis.Corpus;

// An owned document speaks for its owner (DevSet header: "Japan's Defense White Paper says" is the ministry's; a memo signed by X
// is X's). Reporting names the document once with its owner ("The defence secretary signed a memo on Sunday", "the president's
// decree", "a directive issued by the ministry") and then lets it speak by its noun alone ("The memo says 300 …", "According to
// the decree, …", "“…,” the memorandum signed by X reads."). The kit read no voice there: the noun alone names no one, and
// "reads" or "stipulates" are no verbs of a person's speech. A sentence that cites no one else and names such a document as its
// voice speaks with the document's owner: the one named in its own phrase ("signed by X", "from X"), else the one the text
// introduced it with in the nearest sentence before that names a document with an owner. A document is never told anything,
// and a figure it only mentions in a sentence whose speaker is someone else stays that speaker's (the sentence is skipped).
internal sealed partial class Attribution
{
    // How far back the introduction of a document named again is looked for, in sentences.
    private const int DocumentIntroductionReach = 10;
    // How far an owner may stand from its document noun, in characters: after it, an owner link and a name ("signed by
    // Defense Secretary X"); before it, a name and its possessive, modifier or signing verb ("X on Monday issued a new decree").
    private const int OwnerAfterNounReach = 40, OwnerBeforeNounReach = 60;

    // Finds each sentence that cites no one and has a document named again as its voice, and makes the document's owner its
    // speaker: the reference in the phrase's owner link gets the speaker's role, or a reference to the owner found before is
    // set at the document's noun (as a pronoun's is, so that the owner's name is listed once).
    private void DocumentOwners()
    {
        var text = document.Text;
        foreach (var sentence in document.Sentences)
        {
            var list = refs[sentence.Index];
            // "X signed a memo authorizing up to 400 …, according to an official document": a document cited by what it is, no
            // owner of its own, is the one the text introduced with its owner, before it in the sentence or in one before.
            for (var i = 0; i < list.Count; i++)
                if (UnownedDocument(list[i]) is { } unowned && DocumentOwner(sentence, list[i].Span.Start, DocumentFamily(unowned)) is { } holder)
                    list[i] = new SourceRef(list[i].Span, holder.Name, holder.Kind, holder.Country, list[i].Role, holder.RoleNoun, holder.IsGroup, holder.IsPerson, IsPronoun: true);
            if (list.Exists(r => r.Role is CitationRole.Speaker or CitationRole.Informant && !r.IsCredit)) continue;
            if (text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOfAny(closing.DocumentVoiceNouns) < 0) continue;
            var m = closing.DocumentVoice.Match(text, sentence.Start, sentence.End - sentence.Start);
            if (!m.Success) continue;
            var noun = m.Groups["noun"];
            var tail = m.Groups["tail"];
            if (tail.Success && list.FindIndex(r => !r.IsPronoun && r.Span.Start >= tail.Index && r.Span.End <= tail.Index + tail.Length && !IsMedia(r)) is >= 0 and var own)
            {
                list[own] = list[own] with { Role = CitationRole.Speaker };
                continue;
            }
            if (DocumentOwner(sentence, noun.Index, DocumentFamily(noun.Value)) is not { } owner) continue;
            var at = new TextSpan(noun.Index, noun.Index + noun.Length);
            var voice = new SourceRef(at, owner.Name, owner.Kind, owner.Country, CitationRole.Speaker, owner.RoleNoun, owner.IsGroup, owner.IsPerson, IsPronoun: true);
            var before = list.FindIndex(r => r.Span.Start > at.Start);
            list.Insert(before < 0 ? list.Count : before, voice);
        }
    }

    // The document noun of a voice that is a document named only by what it is ("an official document", "the leaked memo"): a
    // speaker whose words are lower case, the last an owned document's noun; else null.
    private string? UnownedDocument(SourceRef r)
    {
        if (r.Role != CitationRole.Speaker || r.IsPronoun || r.IsPerson || r.Kind != SourceKind.Other) return null;
        var words = Words(document.Quote(r.Span));
        if (words.Count == 0 || !words.TrueForAll(w => char.IsLower(w[0]))) return null;
        var last = words[^1];
        // The whole word, not a noun inside it.
        return closing.OwnedDocumentNoun.Match(last).Length == last.Length ? last : null;
    }

    // The owner of the document named again at `nounAt`: in the nearest sentence before (the sentence itself first, before the
    // noun) that names a document of the same kind with its owner, that owner ("the memo" is the memorandum signed before, not an
    // earlier decree); a noun that names any document ("the document", "the order") is any document named before. Else null.
    private SourceRef? DocumentOwner(Sentence sentence, int nounAt, string family)
    {
        var text = document.Text;
        var any = closing.GenericDocumentNouns.Contains(family);
        for (var k = sentence.Index; k >= 0 && k >= sentence.Index - DocumentIntroductionReach; k--)
        {
            var s = document.Sentences[k];
            var end = k == sentence.Index ? nounAt : s.End;
            SourceRef? found = null;
            foreach (Match d in closing.OwnedDocumentNoun.Matches(text[s.Start..end]))
                if ((any || DocumentFamily(d.Value) == family) && OwnerOf(k, s.Start + d.Index, s.Start + d.Index + d.Length) is { } owner) found = owner;
            if (found is not null) return found;
        }
        return null;
    }

    // The kind of document a noun names: its first listed spelling in document_noun_families ("memorandum" is a "memo"), else the
    // noun itself, in lower case.
    private string DocumentFamily(string noun)
    {
        var lower = noun.ToLowerInvariant();
        return closing.DocumentFamilies.TryGetValue(lower, out var family) ? family : lower;
    }

    // The owner of the document noun at `from`..`to` in sentence `k`: a reference right after an owner link ("signed by X", "from
    // the Pentagon"), one that owns it by its possessive or stands before it as its modifier ("X's new decree", "a Pentagon memo"),
    // or one that signed or issued it ("X signed a memo", "X on Monday issued a new decree"). Of several, the nearest to the noun
    // ("Y said X signed a decree": X). Outlets own no document here (one that obtained or saw it relays it).
    private SourceRef? OwnerOf(int k, int from, int to)
    {
        var text = document.Text;
        SourceRef? owner = null;
        var distance = int.MaxValue;
        foreach (var r in refs[k])
        {
            if (IsMedia(r) || r.IsCredit) continue;
            if (r.Span.Start >= to && r.Span.Start - to < OwnerAfterNounReach && r.Span.Start - to < distance && closing.DocumentOwnerLink.IsMatch(text[to..r.Span.Start]))
                (owner, distance) = (r, r.Span.Start - to);
            else if (r.Span.End <= from && from - r.Span.End < OwnerBeforeNounReach && from - r.Span.End < distance
                && (closing.DocumentPossessed.IsMatch(text[r.Span.End..from]) || closing.DocumentSigned.IsMatch(text[r.Span.End..from])))
                (owner, distance) = (r, from - r.Span.End);
        }
        return owner;
    }
}
