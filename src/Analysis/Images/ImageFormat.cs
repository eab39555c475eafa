namespace Analysis.Images;

/// <summary>Image formats a chart can be exported to.</summary>
public enum ImageFormat { Png, Svg }
