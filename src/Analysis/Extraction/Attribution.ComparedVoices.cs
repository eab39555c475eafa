namespace Analysis.Extraction;

// "…probably involved more than 40,000 troops, far more than Moscow acknowledged, the commander said": a voice after "than" says
// what the figure is compared with, not the figure; it is no link of the sentence's chain.
internal sealed partial class Attribution
{
    // Whether "than" (then "what" or "the" at most) stands right before the speaker.
    private bool ComparedVoice(SourceRef r)
    {
        var text = document.Text;
        var i = r.Span.Start;
        for (var words = 0; words < 2; words++)
        {
            while (i > 0 && text[i - 1] == ' ') i--;
            var end = i;
            while (i > 0 && char.IsLetter(text[i - 1])) i--;
            if (i == end) return false;
            var word = text.AsSpan(i, end - i);
            if (word is "than") return true;
            if (word is not ("what" or "the")) return false;
        }
        return false;
    }
}
