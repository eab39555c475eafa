namespace Analysis.Claims;

/// <summary>
/// A list that grows by fixed chunks: no doubling copy of one large array, which for a corpus of a
/// million reports would hold the old and the new array at once.
/// </summary>
internal sealed class Chunks<T> where T : struct
{
    private const int Shift = 14, Size = 1 << Shift, Mask = Size - 1;
    private readonly List<T[]> chunks = [];

    public int Count { get; private set; }

    public ref T this[int i] => ref chunks[i >> Shift][i & Mask];

    public void Add(T item)
    {
        if ((Count & Mask) == 0 && Count >> Shift == chunks.Count) chunks.Add(new T[Size]);
        chunks[Count >> Shift][Count & Mask] = item;
        Count++;
    }
}
