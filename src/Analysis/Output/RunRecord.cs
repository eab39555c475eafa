using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysis.Output;

/// <summary>
/// The record of a finished run, written as <c>run.json</c> beside its tables, last: the kit's
/// version, the corpus read, how many documents and input problems, each table with its row count
/// and SHA-256, and when the run started and ended. A folder whose run.json is there and matches
/// its tables holds the whole output of one run (Spark's <c>_SUCCESS</c>, with checksums);
/// <see cref="Verify"/> checks that before anything reads the tables.
/// </summary>
public sealed record RunRecord(
    string KitVersion,
    string? Corpus,
    int Documents,
    int Problems,
    IReadOnlyList<TableRecord> Tables,
    DateTimeOffset Started,
    DateTimeOffset Finished)
{
    public const string FileName = "run.json";

    // Paths and versions as written ("1.0.0+abc", not "1.0.0\u002Babc"): the file is read by people too.
    private static readonly System.Text.Encodings.Web.JavaScriptEncoder Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Read by generated code (RunRecordJson), not by reflection, whose set-up a short run pays in full
    // for this one small file.
    private static readonly RunRecordJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = Encoder,
    });

    /// <summary>The kit's version as built, e.g. "1.0.0+57cb006…" (the commit it was built from).</summary>
    public static string CurrentKitVersion { get; } =
        typeof(RunRecord).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Writes run.json into <paramref name="folder"/>.</summary>
    // Written through Utf8JsonWriter, as the generated serializer writes it (RunRecordTests hold the two to the same
    // bytes): the serializer's metadata for the record's long and DateTimeOffset properties is compiled at run time
    // even in the ReadyToRun program, about 100 methods of a one-article extract's 1,200.
    public void Write(string folder)
    {
        using var file = File.Create(Path.Combine(folder, FileName));
        using (var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("kit_version", KitVersion);
            json.WriteString("corpus", Corpus);
            json.WriteNumber("documents", Documents);
            json.WriteNumber("problems", Problems);
            json.WriteStartArray("tables");
            foreach (var table in Tables)
            {
                json.WriteStartObject();
                json.WriteString("name", table.Name);
                json.WriteString("file", table.File);
                json.WriteNumber("rows", table.Rows);
                json.WriteString("sha256", table.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("started", Started);
            json.WriteString("finished", Finished);
            json.WriteEndObject();
        }
        file.WriteByte((byte)'\n');
    }

    /// <summary>The record as the generated serializer writes it: what <see cref="Write"/> writes, for tests.</summary>
    internal string Serialized() => JsonSerializer.Serialize(this, Json.RunRecord) + "\n";

    /// <summary>The run.json of <paramref name="folder"/>; a folder without one, or with one that cannot be read, is refused.</summary>
    public static RunRecord Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            throw new InvalidDataException($"{path} is missing: {folder} does not hold the finished output of `analysis extract` (an unfinished or older run, or not a tables folder).");
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), Json.RunRecord) is { Tables: not null } record
                ? record
                : throw new InvalidDataException($"{path} holds no record of a run.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Checks every table of the record against the file in <paramref name="folder"/>; the first
    /// that is missing or whose bytes differ (edited, cut, replaced) is refused by name.
    /// </summary>
    public void Verify(string folder)
    {
        foreach (var table in Tables)
        {
            var path = Path.Combine(folder, table.File);
            if (!File.Exists(path))
                throw new InvalidDataException($"{path} is missing, but {FileName} records it ({table.Rows} rows); the folder is not the output of one whole run.");
            if (TableRecord.Sha256Of(path) != table.Sha256)
                throw new InvalidDataException($"{path} does not match {FileName}: its SHA-256 differs from the one recorded when the run wrote it ({table.Rows} rows); the table was changed or cut after the run. Run `analysis extract` again.");
        }
    }

    /// <summary>Reads and verifies the record of <paramref name="folder"/>.</summary>
    public static RunRecord ReadVerified(string folder)
    {
        var record = Read(folder);
        record.Verify(folder);
        return record;
    }
}

/// <summary>The generated serializer of <see cref="RunRecord"/> (options given where it is made).</summary>
[JsonSerializable(typeof(RunRecord))]
internal sealed partial class RunRecordJson : JsonSerializerContext;
