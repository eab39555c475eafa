namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Names the text says did not speak, or only hearsay names: "China has not disclosed its casualties", "Beijing has
/// never confirmed", "Moscow declined to give a figure", "losses … have not been confirmed by Beijing", "The Chinese forces
/// said to have left", "Neither Moscow nor Pyongyang has confirmed". A name that a speech verb seems to cite is no voice there
/// (sources.json: negation_words, negated_auxiliaries, negated_contractions, refusal_leads, hearsay_verbs, hearsay_infinitives,
/// negation_pairs). Only the words right next to the name are read.
/// </summary>
internal sealed class NegatedVoices
{
    private readonly WordSet negations, auxiliaries, contractions, refusals, hearsay, infinitives, turns, speech, pairs;

    public NegatedVoices(Lexicon lexicon)
    {
        WordSet Set(string list) => lexicon.WordLookup(list, StringComparer.OrdinalIgnoreCase);
        negations = Set("negation_words");
        auxiliaries = Set("negated_auxiliaries");
        contractions = Set("negated_contractions");
        refusals = Set("refusal_leads");
        hearsay = Set("hearsay_verbs");
        infinitives = Set("hearsay_infinitives");
        turns = Set("negation_turns");
        speech = Set("reporting_verbs");
        pairs = Set("negation_pairs");
    }

    /// <summary>Whether the name at s[from..to) (sentence offsets) is denied speech or only reported on by the words around it.</summary>
    public bool Denied(string s, int from, int to) => (NegatedAfter(s, from, to) || Paired(s, from)) && !SpeaksLater(s, to);

    // "Neither Moscow nor Pyongyang has confirmed the deployment", "Neither NATO nor the United States have confirmed": each
    // name of the pair right after "neither" or "nor" (negation_pairs), an article between, is denied the verb they share.
    private bool Paired(string s, int from)
    {
        var b = from;
        for (var k = 0; k < 2; k++)
        {
            var e = b;
            while (e > 0 && s[e - 1] == ' ') e--;
            b = e;
            while (b > 0 && char.IsLetter(s[b - 1])) b--;
            if (b == e) return false;
            var w = s.AsSpan(b, e - b);
            if (pairs.Contains(w)) return true;
            if (w is not ("the" or "The")) return false;
        }
        return false;
    }

    // "… did not confirm the report but said 1,500 …": a turn word then a speech verb with no subject between, later in the
    // sentence: the negation covered only its own verb.
    private bool SpeaksLater(string s, int to)
    {
        for (var at = to; at < s.Length;)
        {
            var w = NextWord(s, at, out var e);
            if (w.IsEmpty) { at = Math.Max(at + 1, e); continue; }
            at = e;
            if (!turns.Contains(w)) continue;
            var verb = NextWord(s, e, out var ve);
            // "but has said", "but later said"
            if (auxiliaries.Contains(verb) || verb.EndsWith("ly")) verb = NextWord(s, ve, out _);
            if (speech.Contains(verb)) return true;
        }
        return false;
    }

    private bool NegatedAfter(string s, int from, int to)
    {
        // After it: "has not disclosed", "hasn't confirmed", "declined to", "said to have".
        var w1 = NextWord(s, to, out var e1);
        if (w1.IsEmpty) return ByNegatedVerb(s, from);
        if (contractions.Contains(w1) || negations.Contains(w1) || refusals.Contains(w1) && NextWord(s, e1, out _) is "to") return true;
        var w2 = NextWord(s, e1, out var e2);
        if (auxiliaries.Contains(w1) && (negations.Contains(w2) || refusals.Contains(w2) && NextWord(s, e2, out _) is "to")) return true;
        if (hearsay.Contains(w1) && w2 is "to" && infinitives.Contains(NextWord(s, e2, out _))) return true;
        return ByNegatedVerb(s, from);
    }

    // Before it: "have not been confirmed by", "not yet confirmed by": "by", a verb, and a negation among the three words before that.
    private bool ByNegatedVerb(string s, int from)
    {
        if (!TryWordBefore(s, from, 0, out var by, out var at) || by is not "by") return false;
        if (!TryWordBefore(s, at, 0, out _, out at)) return false;
        for (var k = 0; k < 3 && TryWordBefore(s, at, 0, out var w, out at); k++)
            if (negations.Contains(w)) return true;
        return false;
    }

    // The word (letters and apostrophes) after the white space at `at`, and where it ends; empty at a mark or the end.
    private static ReadOnlySpan<char> NextWord(string s, int at, out int end)
    {
        var b = at;
        while (b < s.Length && s[b] == ' ') b++;
        end = b;
        while (end < s.Length && (char.IsLetter(s[end]) || s[end] is '\'' or '’')) end++;
        return b == at && at > 0 ? [] : s.AsSpan(b, end - b);
    }
}
