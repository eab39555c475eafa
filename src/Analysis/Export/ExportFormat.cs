namespace Analysis.Export;

/// <summary>The file format of exported tables.</summary>
public enum ExportFormat { Csv, Json }
