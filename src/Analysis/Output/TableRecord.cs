using System.Security.Cryptography;

namespace Analysis.Output;

/// <summary>One table of a run as <c>run.json</c> records it: its file, how many rows, and the SHA-256 of its bytes.</summary>
public sealed record TableRecord(string Name, string File, long Rows, string Sha256)
{
    /// <summary>The record of a table file as it is on disk now.</summary>
    public static TableRecord Of(string name, string path, long rows) => new(name, Path.GetFileName(path), rows, Sha256Of(path));

    /// <summary>The SHA-256 of a file, in lower-case hex as <c>sha256sum</c> prints it.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
