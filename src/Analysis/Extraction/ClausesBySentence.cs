using System.Collections;

namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// The clauses of each sentence of a document (<see cref="Layers.Clauses"/>), each sentence split when it is first read:
/// the dates read the clauses only of the sentences that hold a date rule's cue, and most sentences hold none.
/// </summary>
internal sealed class ClausesBySentence(IReadOnlyList<Sentence> sentences, Clauses clauses) : IReadOnlyList<IReadOnlyList<Clause>>
{
    private readonly IReadOnlyList<Clause>?[] read = new IReadOnlyList<Clause>?[sentences.Count];

    public IReadOnlyList<Clause> this[int index] => read[index] ??= clauses.Of(sentences[index]);

    public int Count => read.Length;

    public IEnumerator<IReadOnlyList<Clause>> GetEnumerator()
    {
        for (var i = 0; i < read.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
