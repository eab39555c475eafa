namespace Analysis.Export;

/// <summary>One column of an exported table: its name and how to read it from a row.</summary>
internal sealed record Column<TRow>(string Name, Func<TRow, object?> Value);
