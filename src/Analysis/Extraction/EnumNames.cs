using System.Text;

namespace Analysis.Extraction;

/// <summary>
/// Enum values as the tables and data files spell them: snake_case, lower ("at_least", "army_size",
/// "state_media"). One spelling everywhere, so CSV, JSON, the gazetteer and the dev set agree.
/// </summary>
internal static class EnumNames
{
    public static string ToSnake<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return Enum.TryParse(text.Replace("_", "").Replace("-", "").Replace(" ", ""), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    public static T Parse<T>(string? text) where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(v => ToSnake(v)))}.");
}
