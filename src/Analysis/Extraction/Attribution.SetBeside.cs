namespace Analysis.Extraction;

using Analysis.Corpus;

// A figure set beside the statement that its sentence goes on with.
internal sealed partial class Attribution
{
    // "…, the institute said. Some of these fighters took part alongside tens of thousands of regular troops", "… estimated 800 to
    // 2,000. This estimate does not include 500 further trainers": a sentence that cites no one and goes on with the statement
    // before it (a part link, a statement noun) takes that statement's voice for the figures it goes on with, not for a force
    // it counts right after a word that sets it beside them (beside_figure_links): that force is the writer's, and keeps no
    // voice of the sentence before.
    private bool SetBeside(Sentence sentence, TextSpan figure) =>
        figure.Start > sentence.Start && closing.BesideFigureLinks.StartOfPhraseBefore(document.Text, sentence.Start, figure.Start) >= 0;
}
