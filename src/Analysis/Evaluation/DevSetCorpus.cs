using System.Text;

namespace Analysis.Evaluation;

using Analysis.Corpus;

/// <summary>
/// A dev set written out as a corpus folder: one <c>ID.txt</c> per passage, with the text that
/// <see cref="DevSetItem.ToDocument"/> parses, and a <c>manifest.json</c> giving each dated passage its
/// published date. <c>analysis extract</c> on the folder yields the facts <c>analysis evaluate</c> scores,
/// as tables that two builds of the kit can be compared on (scripts/compare-tables.sh).
/// </summary>
public static class DevSetCorpus
{
    /// <summary>Writes the passages into <paramref name="folder"/> (created if needed); returns how many.</summary>
    public static int Write(DevSet set, string folder)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in set.Items)
        {
            if (item.Id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || item.Id.StartsWith('.'))
                throw new FormatException($"item '{item.Id}': the id cannot be a file name.");
            if (!seen.Add(item.Id)) throw new FormatException($"item '{item.Id}' appears more than once.");
            File.WriteAllText(Path.Combine(folder, item.Id + ".txt"), item.DocumentText, utf8);
        }
        var dated = set.Items.Where(i => i.Published is not null)
            .Select(i => (i.Id, new DocumentMetadata(Published: i.Published))).ToArray();
        if (dated.Length > 0)
            File.WriteAllText(Path.Combine(folder, Manifest.FileName), ManifestWriter.Merge(null, dated, out _)!, utf8);
        return set.Items.Count;
    }
}
