namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A force an approval names with its strength as a compound adjective, past a determiner (sending_noun_determiners): "agreed on a 3,300-strong force",
/// "agreed to an over 3000-troop invasion", "approved a 5,000-strong force". The force is still to come (planned), as
/// "approves 5,550-strong force" with no article already is (ApprovedSending). The number's hyphen ("3,300-strong",
/// "3000-troop") makes the figure the force's size, so "approved a 10,000 budget" or "agreed on a 2,000 ceiling" are not read.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private bool ApprovedForceOfStrength(string text, int segmentStart, Quantity q) =>
        q.Span.End < text.Length && text[q.Span.End] == '-'
        && sendingNounDeterminers.StartOfPhraseBefore(text, segmentStart, q.Span.Start) is var article and >= 0
        && approvalWords.StartOfPhraseBefore(text, segmentStart, article) >= 0;
}
