using System.Text;

namespace Analysis.Import;

using Analysis.Output;

/// <summary>
/// Writes an imported article or the manifest whole or not at all, through the kit's <see cref="AtomicOutput"/>
/// (a temporary beside the file, renamed into place): a run that stops half-way never leaves a half-written file
/// that the loader would read.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text)
    {
        using var output = AtomicOutput.File(path);
        File.WriteAllText(output.Path, text, Utf8);
        output.Commit();
    }
}
