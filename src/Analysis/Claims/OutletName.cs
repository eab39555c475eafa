namespace Analysis.Claims;

/// <summary>
/// Whether two names of whoever passes a claim on name one voice: "The East Africa Monitor" in an article's text and
/// "East Africa Monitor" (or "east africa monitor") in the manifest are one outlet, written with and without its leading
/// "The" or in another case. Names compare by their text otherwise: "Monitor" and "East Africa Monitor" are two.
/// </summary>
internal sealed class OutletName : IEqualityComparer<string>
{
    public static OutletName Comparer { get; } = new();

    public static bool Same(string? a, string? b) =>
        ReferenceEquals(a, b) || a is not null && b is not null && Key(a).Equals(Key(b), StringComparison.OrdinalIgnoreCase);

    bool IEqualityComparer<string>.Equals(string? x, string? y) => Same(x, y);

    public int GetHashCode(string name) => string.GetHashCode(Key(name), StringComparison.OrdinalIgnoreCase);

    // The name without a leading "The " (in any case), when a name is left after it.
    private static ReadOnlySpan<char> Key(string name) =>
        name.Length > 4 && name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name.AsSpan(4).TrimStart() : name;
}
