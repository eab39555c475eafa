using System.Text;

namespace Analysis.Import;

/// <summary>
/// Writes a file whole or not at all: to a hidden temporary file beside it, then moved over it, so a
/// run that stops half-way (Ctrl-C, a full disk) never leaves a half-written article or manifest that
/// the loader would read. The temporary name is hidden and not an article, so a loader running at the
/// same time passes over it.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
